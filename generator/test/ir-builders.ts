/** Hand-built IR for the diff's tests: every required field filled, each test overriding what it is about. */

import type { ApiIR, NamedSchemaIR, OperationIR, SchemaIR } from "../src/ir/types.js";

/** An API named `shop` with nothing in it. */
export function apiIR(fields: Partial<ApiIR> = {}): ApiIR {
  return {
    name: "shop",
    pascalName: "Shop",
    title: "Shop",
    version: "1",
    servers: [],
    securitySchemes: [],
    errors: { code: [], message: [], messages: [], requestId: [], requestIdHeaders: [] },
    schemas: [],
    operations: [],
    ...fields,
  };
}

/** `GET /customers/{id}` as `getCustomer`, with no parameters, responses or security. */
export function operationIR(fields: Partial<OperationIR> = {}): OperationIR {
  return {
    id: "getCustomer",
    identifier: "getCustomer",
    method: "GET",
    path: "/customers/{id}",
    deprecated: false,
    tags: [],
    parameters: [],
    responses: [],
    security: [],
    idempotent: true,
    ...fields,
  };
}

/** A component schema with the identifiers generation would give it. */
export const namedSchemaIR = (name: string, schema: SchemaIR): NamedSchemaIR => ({
  name,
  identifier: `${name}Schema`,
  inputIdentifier: `${name}InputSchema`,
  schema,
});
