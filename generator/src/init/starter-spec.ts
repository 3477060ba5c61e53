import { pascalCase } from "../ir/names.js";

/**
 * A starter spec that passes every lint rule in the strict profile: one operation with its
 * success and error responses, examples, a docs link, API-key auth and the error fields.
 * Every value to replace is marked TODO.
 */
export function starterSpec(provider: string): string {
  const name = pascalCase(provider);
  return `openapi: 3.1.0
info:
  title: ${name} API
  version: 0.1.0
  x-billforge-name: ${name}
  x-billforge-errors:
    code: [/code]
    message: [/message]
    requestId: [/requestId]
    requestIdHeaders: []
    messages: []
  description: |
    TODO: what this document covers of the ${name} API, its conventions, and where the
    docs were silent the assumptions made (also in specs/${provider}/README.md).
servers:
  - url: https://api.${provider}.example.com/v1
    description: TODO the provider's production host.
security:
  - ApiKeyAuth: []
paths:
  /customers/{customerId}:
    get:
      operationId: getCustomer
      summary: Get one customer
      description: TODO describe the operation as the provider documents it.
      tags: [Customers]
      externalDocs:
        url: https://docs.${provider}.example.com/customers/get
      parameters:
        - name: customerId
          in: path
          required: true
          description: The customer's id.
          schema:
            type: string
            minLength: 1
          example: cus_1001
      responses:
        '200':
          description: The customer.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Customer'
              example:
                id: cus_1001
                name: Acme AB
                email: billing@acme.example
        '404':
          description: No customer has this id.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Error'
              example:
                code: not_found
                message: Customer not found
                requestId: req_0001
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
      description: TODO where the key is created.
  schemas:
    Customer:
      type: object
      description: A customer of the account.
      required: [id, name]
      properties:
        id:
          type: string
          readOnly: true
        name:
          type: string
          maxLength: 100
        email:
          type: [string, 'null']
          format: email
    Error:
      type: object
      description: Every error body.
      required: [code, message]
      properties:
        code:
          type: string
        message:
          type: string
        requestId:
          type: string
`;
}

export function starterSpecReadme(provider: string): string {
  const name = pascalCase(provider);
  return `# ${name} spec

\`openapi.yaml\` describes the ${name} API. TODO: which API and version, base URL, how
authentication works.

Sources, in order of authority:

1. TODO the provider's API reference (URL).

## Where each part comes from

| operationId | method and path | source page |
|---|---|---|
| \`getCustomer\` | GET /customers/{customerId} | TODO |

## Assumptions

- TODO every place where the docs are silent or contradict themselves, and the reading chosen.
`;
}
