import { describe, expect, it } from "vitest";
import { dedent, positionOf } from "../../../test/support.js";
import type { OpenApiDocument } from "../openapi-document.js";
import { parseYamlWithPositions } from "../source-map.js";
import { lintSpec } from "./index.js";

/** A spec using every x-billforge-* extension correctly; each case rewrites one part of it. */
const VALID = dedent(`
  openapi: 3.1.0
  info:
    title: Extensions
    version: 1.0.0
    x-billforge-name: Acme
    x-billforge-errors:
      code: [/error/code]
      message: [/error/message, /message]
      messages: [/errors]
      requestId: [/requestId]
      requestIdHeaders: [x-request-id]
  servers:
    - url: https://api.example.com
      x-billforge-name: production
  components:
    schemas:
      Page:
        type: object
        properties:
          counters:
            $ref: '#/components/schemas/Counters'
            xml: { x-billforge-node-type: none, x-billforge-optional-wrapper: results }
      Counters:
        type: object
        properties:
          page: { type: integer }
    securitySchemes:
      key:
        type: apiKey
        in: header
        name: X-API-Key
        x-billforge-options: { value: apiKey }
      oauth:
        type: oauth2
        x-billforge-options: { clientId: clientId, clientSecret: clientSecret, extra: { redirect_uri: redirectUri } }
        flows:
          clientCredentials:
            tokenUrl: https://api.example.com/token
            scopes: {}
            x-billforge-token-request: { encoding: json, extraFields: [redirect_uri] }
  paths:
    /invoices:
      post:
        operationId: listInvoices
        externalDocs: { url: 'https://example.com/docs/invoices' }
        x-billforge-idempotent: true
        x-billforge-idempotency-key: Idempotency-Key
        x-billforge-pagination:
          style: page
          page: /query/page
          firstPage: 0
          pageSize: /query/per_page
          items: /data
          totalPages: /meta/pages
        parameters:
          - { name: Idempotency-Key, in: header, schema: { type: string } }
          - name: format
            in: query
            schema: { type: string, enum: [json, xml], default: json }
            x-billforge-client-option: { name: format, mediaTypes: { json: application/json, xml: application/xml } }
        responses:
          '204':
            description: ok
`);

function rewrite(from: string, to: string): string {
  if (!VALID.includes(from)) {
    throw new Error(`spec has no ${JSON.stringify(from)}`);
  }
  return VALID.replace(from, to);
}

function lint(text: string) {
  const source = parseYamlWithPositions("/spec/openapi.yaml", text);
  return lintSpec(source.document.toJS() as OpenApiDocument, source, "strict");
}

const OP = "/paths/~1invoices/post";
const PAGINATION = VALID.slice(VALID.indexOf("        style: page"), VALID.indexOf("      parameters:"));

/** A pagination block at the right indentation from `key: value` lines. */
const paginationBlock = (...lines: string[]) => lines.map((line) => `        ${line}\n`).join("");

describe("x-billforge-* extensions (BF240)", () => {
  it("accepts every extension used correctly", () => {
    expect(lint(VALID)).toEqual([]);
  });

  it.each([
    {
      name: "unknown extension on an operation",
      given: rewrite("x-billforge-idempotent: true\n", "x-billforge-idempotent: true\n      x-billforge-retries: 3\n"),
      at: "3\n",
      pointer: `${OP}/x-billforge-retries`,
      says: "unknown extension x-billforge-retries here",
    },
    {
      name: "operation extension placed on info",
      given: rewrite("  x-billforge-name: Acme\n", "  x-billforge-name: Acme\n  x-billforge-idempotent: true\n"),
      at: "true\n  x-billforge-errors",
      pointer: "/info/x-billforge-idempotent",
      says: "unknown extension x-billforge-idempotent here",
    },
    {
      name: "info name not PascalCase",
      given: rewrite("x-billforge-name: Acme", "x-billforge-name: acme"),
      at: "acme",
      pointer: "/info/x-billforge-name",
      says: "must be PascalCase",
    },
    {
      name: "error field that is not a pointer list",
      given: rewrite("code: [/error/code]", "code: [error.code]"),
      at: "[error.code]",
      pointer: "/info/x-billforge-errors/code",
      says: "code must list JSON pointers into the error body",
    },
    {
      name: "unknown error field",
      given: rewrite("requestId: [/requestId]", "traceId: [/traceId]"),
      at: "[/traceId]",
      pointer: "/info/x-billforge-errors/traceId",
      says: "unknown key traceId",
    },
    {
      name: "server name not a short lower-case word",
      given: rewrite("x-billforge-name: production", "x-billforge-name: Production"),
      at: "Production",
      pointer: "/servers/0/x-billforge-name",
      says: "server name must be a short lower-case word",
    },
    {
      name: "credential option that is not an identifier",
      given: rewrite("{ value: apiKey }", "{ value: api-key }"),
      at: "{ value: api-key }",
      pointer: "/components/securitySchemes/key/x-billforge-options",
      says: "x-billforge-options must map credential parts to option names",
    },
    {
      name: "token request with an unknown encoding",
      given: rewrite("{ encoding: json,", "{ encoding: xml,"),
      at: "{ encoding: xml",
      pointer: "/components/securitySchemes/oauth/flows/clientCredentials/x-billforge-token-request",
      says: "token request must be",
    },
    {
      name: "client option whose name is not an identifier",
      given: rewrite("x-billforge-client-option: { name: format,", "x-billforge-client-option: { name: body-format,"),
      at: "{ name: body-format",
      pointer: `${OP}/parameters/1/x-billforge-client-option`,
      says: "needs a `name` that is an identifier",
    },
    {
      name: "client option media types missing an enum value",
      given: rewrite(
        "mediaTypes: { json: application/json, xml: application/xml }",
        "mediaTypes: { json: application/json }",
      ),
      at: "{ name: format",
      pointer: `${OP}/parameters/1/x-billforge-client-option`,
      says: "every value has a media type",
    },
    {
      name: "client option picking media types without a default",
      given: rewrite("enum: [json, xml], default: json }", "enum: [json, xml] }"),
      at: "{ name: format",
      pointer: `${OP}/parameters/1/x-billforge-client-option`,
      says: "needs a default",
    },
    {
      name: "idempotency key naming an undeclared header",
      given: rewrite("x-billforge-idempotency-key: Idempotency-Key", "x-billforge-idempotency-key: Dedup-Id"),
      at: "Dedup-Id",
      pointer: `${OP}/x-billforge-idempotency-key`,
      says: "idempotency key must name a declared header parameter",
    },
    {
      name: "idempotent flag that is not a boolean",
      given: rewrite("x-billforge-idempotent: true", "x-billforge-idempotent: 'yes'"),
      at: "'yes'",
      pointer: `${OP}/x-billforge-idempotent`,
      says: "must be true or false",
    },
    {
      name: "xml node type other than none",
      given: rewrite(
        "{ x-billforge-node-type: none, x-billforge-optional-wrapper: results }",
        "{ x-billforge-node-type: text }",
      ),
      at: "text }",
      pointer: "/components/schemas/Page/properties/counters/xml/x-billforge-node-type",
      says: "can only be `none`",
    },
    {
      name: "xml node type none on a scalar",
      given: rewrite("$ref: '#/components/schemas/Counters'", "type: string"),
      at: "none, x-billforge-optional",
      pointer: "/components/schemas/Page/properties/counters/xml/x-billforge-node-type",
      says: "needs an object schema",
    },
    {
      name: "xml node type none with an element name",
      given: rewrite(
        "{ x-billforge-node-type: none, x-billforge-optional-wrapper: results }",
        "{ x-billforge-node-type: none, x-billforge-optional-wrapper: results, name: c }",
      ),
      at: "none, x-billforge-optional-wrapper: results, name",
      pointer: "/components/schemas/Page/properties/counters/xml/x-billforge-node-type",
      says: "has no name, attribute or wrapping",
    },
    {
      name: "optional wrapper that is not an element name",
      given: rewrite("x-billforge-optional-wrapper: results }", "x-billforge-optional-wrapper: '1 results' }"),
      at: "'1 results'",
      pointer: "/components/schemas/Page/properties/counters/xml/x-billforge-optional-wrapper",
      says: "must be an element name",
    },
    {
      name: "optional wrapper without node type none",
      given: rewrite(
        "{ x-billforge-node-type: none, x-billforge-optional-wrapper: results }",
        "{ x-billforge-optional-wrapper: results }",
      ),
      at: "results }",
      pointer: "/components/schemas/Page/properties/counters/xml/x-billforge-optional-wrapper",
      says: "needs x-billforge-node-type: none",
    },
    {
      name: "unknown extension in an xml object",
      given: rewrite(
        "{ x-billforge-node-type: none, x-billforge-optional-wrapper: results }",
        "{ x-billforge-node-type: none, x-billforge-optional-wrapper: results, x-billforge-flat: true }",
      ),
      at: "true }",
      pointer: "/components/schemas/Page/properties/counters/xml/x-billforge-flat",
      says: "unknown extension x-billforge-flat here",
    },
  ])("$name", ({ given, at, pointer, says }) => {
    const diagnostics = lint(given);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "BF240", severity: "error", pointer, ...positionOf(given, at) });
    expect(diagnostics[0]!.message).toContain(says);
    expect(diagnostics[0]!.fix).not.toBe("");
  });

  it.each([
    {
      given: paginationBlock("style: offset", "offset: /query/offset", "limit: /query/limit", "items: /a"),
      want: "(valid offset)",
    },
    {
      given: paginationBlock("style: cursor", "cursor: /query/c", "nextCursor: /next", "items: /data"),
      want: "(valid cursor)",
    },
    {
      given: paginationBlock("style: pages", "page: /query/page", "items: /data"),
      want: "style must be page, offset or cursor",
    },
    { given: paginationBlock("style: page", "items: /data"), want: "page is required" },
    {
      given: paginationBlock("style: page", "page: /page", "items: /data"),
      want: "page must point into the arguments",
    },
    {
      given: paginationBlock("style: page", "page: /query/page", "items: data"),
      want: "items must point into the response body",
    },
    {
      given: paginationBlock("style: page", "page: /query/p", "items: /d", "firstPage: 1.5"),
      want: "firstPage must be an integer",
    },
    {
      given: paginationBlock("style: page", "page: /query/p", "items: /d", "cursor: /query/c"),
      want: "unknown key cursor for style page",
    },
    { given: paginationBlock("style: offset", "offset: /query/offset", "items: /a"), want: "limit is required" },
    { given: paginationBlock("style: cursor", "cursor: /query/c", "items: /data"), want: "nextCursor is required" },
  ])("pagination: $want", ({ given, want }) => {
    const diagnostics = lint(VALID.replace(PAGINATION, given));
    if (want.startsWith("(valid")) {
      expect(diagnostics).toEqual([]);
    } else {
      expect(diagnostics).toMatchObject([{ code: "BF240", pointer: `${OP}/x-billforge-pagination` }]);
      expect(diagnostics[0]!.message).toContain(`x-billforge-pagination: ${want}`);
    }
  });
});
