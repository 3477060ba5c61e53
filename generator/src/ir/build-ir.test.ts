import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { dedent } from "../../test/support.js";
import type { OpenApiDocument } from "../load/openapi-document.js";
import { buildIR } from "./build-ir.js";
import type { OperationIR } from "./types.js";

const SPEC = dedent(`
  openapi: 3.1.0
  info:
    title: Acme Billing
    version: 2.3.4
    description: "  Invoices and customers.  "
    x-billforge-errors:
      code: [/error/code]
      message: [/error/message, /message]
      requestIdHeaders: [x-request-id]
  servers:
    - url: https://{account}.acme.example/{version}
      description: Production
      x-billforge-name: production
      variables:
        account:
          default: demo
          description: Your account name.
        version:
          default: v2
          enum: [v1, v2]
    - url: https://sandbox.acme.example
      x-billforge-name: sandbox
  security:
    - key: []
  paths:
    /invoices/{invoiceId}:
      parameters:
        - { name: invoiceId, in: path, schema: { type: integer } }
        - { name: expand, in: query, schema: { type: string }, description: shared }
      get:
        operationId: getInvoice
        summary: "  Get an invoice  "
        description: Returns one invoice.
        tags: [Invoices]
        deprecated: true
        externalDocs: { url: 'https://docs.acme.example/invoices/get' }
        parameters:
          - { name: expand, in: query, required: true, schema: { type: array, items: { type: string } }, style: form, explode: false, example: [lines] }
          - { name: X-Trace, in: header, schema: { type: string } }
          - $ref: '#/components/parameters/Locale'
        responses:
          '200':
            description: The invoice.
            headers:
              x-request-id: { schema: { type: string }, description: Request id. }
            content:
              application/json:
                schema: { $ref: '#/components/schemas/Invoice' }
                example: { id: 1 }
              application/pdf: { schema: { type: string, format: binary } }
          '404':
            $ref: '#/components/responses/NotFound'
      put:
        operationId: replaceInvoice
        security: []
        requestBody:
          required: true
          description: The new invoice.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Invoice' }
              examples:
                small: { value: { id: 1 } }
                big: { $ref: '#/components/examples/Big' }
                external: { externalValue: 'https://example.com/x.json' }
        responses:
          '204': { description: Replaced. }
      delete:
        operationId: deleteInvoice
        x-billforge-idempotent: false
        responses:
          '204': { description: Deleted. }
    /invoices:
      post:
        operationId: createInvoice
        x-billforge-idempotency-key: Idempotency-Key
        parameters:
          - { name: Idempotency-Key, in: header, schema: { type: string } }
        requestBody:
          $ref: '#/components/requestBodies/NewInvoice'
        responses:
          '201': { description: Created. }
      get:
        operationId: listInvoices
        security:
          - key: []
          - basic: []
            key: []
        x-billforge-pagination: { style: page, page: /query/page, items: /data, totalItems: /meta/total }
        parameters:
          - { name: page, in: query, schema: { type: integer } }
        responses:
          '200': { description: A page. }
    /invoices/search:
      post:
        operationId: searchInvoices
        x-billforge-idempotent: true
        x-billforge-pagination: { style: offset, offset: /body/offset, limit: /body/limit, items: /hits, hasMore: /more }
        responses:
          '200': { description: Hits. }
      patch:
        x-billforge-pagination: { style: cursor, cursor: /query/after, nextCursor: /next, items: /data }
        responses:
          '200': { description: Patched. }
      head:
        operationId: headInvoices
        x-billforge-pagination: { style: page, page: /query/p, firstPage: 0, pageSize: /query/size, items: /data, totalPages: /pages }
        responses:
          '200': { description: Head. }
      options:
        operationId: optionsInvoices
        responses:
          '200': { description: Options. }
  components:
    parameters:
      Locale: { name: locale, in: cookie, schema: { type: string } }
    responses:
      NotFound:
        description: Not found.
        content:
          application/json:
            schema: { type: object, properties: { message: { type: string } } }
    requestBodies:
      NewInvoice:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Invoice' }
            example: { id: 2 }
    examples:
      Big: { value: { id: 99 } }
    schemas:
      Invoice:
        type: object
        properties:
          id: { type: integer, readOnly: true }
      invoice: { type: string }
      Invoice Line: { type: string }
    securitySchemes:
      key: { type: apiKey, in: header, name: X-API-Key }
      basic: { type: http, scheme: basic }
`);

const doc = parse(SPEC) as OpenApiDocument;
const api = buildIR(doc, { name: "acme" });
const operation = (id: string): OperationIR => {
  const found = api.operations.find((o) => o.id === id);
  if (!found) {
    throw new Error(`no operation ${id}`);
  }
  return found;
};

describe("buildIR: the API", () => {
  it("takes title, version, description and names", () => {
    expect(api).toMatchObject({
      name: "acme",
      pascalName: "Acme",
      title: "Acme Billing",
      version: "2.3.4",
      description: "Invoices and customers.",
    });
  });

  it("uses x-billforge-name as the PascalCase name when given", () => {
    const named = buildIR({ ...doc, info: { ...doc.info, "x-billforge-name": "AcmeCorp" } }, { name: "acme" });
    expect(named.pascalName).toBe("AcmeCorp");
    expect(buildIR(doc, { name: "pet-store" }).pascalName).toBe("PetStore");
  });

  it("falls back when title and version are missing", () => {
    const bare = buildIR({ openapi: "3.1.0", info: {} }, { name: "bare" });
    expect(bare).toMatchObject({ title: "bare", version: "0.0.0", servers: [], securitySchemes: [], operations: [] });
    expect(bare).not.toHaveProperty("description");
  });

  it("lists servers with their names and variables", () => {
    expect(api.servers).toEqual([
      {
        url: "https://{account}.acme.example/{version}",
        description: "Production",
        name: "production",
        variables: [
          { name: "account", default: "demo", description: "Your account name." },
          { name: "version", default: "v2", enum: ["v1", "v2"] },
        ],
      },
      { url: "https://sandbox.acme.example", name: "sandbox", variables: [] },
    ]);
  });

  it("drops a default marked x-billforge-placeholder, so the variable is required", () => {
    const placeholder = buildIR(
      {
        openapi: "3.1.0",
        info: { title: "T", version: "1" },
        servers: [
          {
            url: "https://{account}.t.example",
            variables: { account: { default: "your-account", "x-billforge-placeholder": true } },
          },
        ],
      },
      { name: "t" },
    );
    expect(placeholder.servers[0]?.variables).toEqual([{ name: "account" }]);
  });

  it("reads the error fields, empty lists where not given", () => {
    expect(api.errors).toEqual({
      code: ["/error/code"],
      message: ["/error/message", "/message"],
      messages: [],
      requestId: [],
      requestIdHeaders: ["x-request-id"],
    });
    expect(buildIR({ openapi: "3.1.0", info: {} }, { name: "x" }).errors).toEqual({
      code: [],
      message: [],
      messages: [],
      requestId: [],
      requestIdHeaders: [],
    });
  });

  it("gives component schemas unique identifiers, input identifiers reserved too", () => {
    expect(api.schemas.map((s) => [s.name, s.identifier, s.inputIdentifier])).toEqual([
      ["Invoice", "InvoiceSchema", "InvoiceInputSchema"],
      ["invoice", "Invoice2Schema", "Invoice2InputSchema"],
      ["Invoice Line", "InvoiceLineSchema", "InvoiceLineInputSchema"],
    ]);
    expect(api.schemas[0]!.schema).toMatchObject({
      kind: "object",
      properties: [{ name: "id", schema: { readOnly: true } }],
    });
  });

  it("keeps paths in written order, methods in a fixed order (get, put, post, delete, options, head, patch)", () => {
    expect(api.operations.map((o) => `${o.method} ${o.path}`)).toEqual([
      "GET /invoices/{invoiceId}",
      "PUT /invoices/{invoiceId}",
      "DELETE /invoices/{invoiceId}",
      "GET /invoices",
      "POST /invoices",
      "POST /invoices/search",
      "OPTIONS /invoices/search",
      "HEAD /invoices/search",
      "PATCH /invoices/search",
    ]);
  });
});

describe("buildIR: operations", () => {
  it("copies the operation's documentation, trimmed", () => {
    expect(operation("getInvoice")).toMatchObject({
      id: "getInvoice",
      method: "GET",
      path: "/invoices/{invoiceId}",
      summary: "Get an invoice",
      description: "Returns one invoice.",
      deprecated: true,
      tags: ["Invoices"],
      docsUrl: "https://docs.acme.example/invoices/get",
    });
    const bare = operation("deleteInvoice");
    expect(bare).toMatchObject({ deprecated: false, tags: [] });
    for (const key of ["summary", "description", "docsUrl", "requestBody", "pagination", "idempotencyKeyHeader"]) {
      expect(bare).not.toHaveProperty(key);
    }
  });

  it("derives a camelCase id when operationId is missing", () => {
    expect(api.operations.map((o) => o.id)).toContain("patchInvoicesSearch");
  });

  it("gives every operation a unique identifier; the id stays as written", () => {
    expect(api.operations.map((o) => o.identifier)).toEqual(api.operations.map((o) => o.id));
    const odd = buildIR(
      parse(
        dedent(`
          openapi: 3.1.0
          info: { title: Odd, version: 1.0.0 }
          paths:
            /a: { get: { operationId: get-thing, responses: { '204': { description: ok } } } }
            /b: { get: { operationId: getThing, responses: { '204': { description: ok } } } }
            /c: { delete: { operationId: delete, responses: { '204': { description: ok } } } }
            /d: { get: { operationId: Things_List, responses: { '204': { description: ok } } } }
            /e: { get: { operationId: z, responses: { '204': { description: ok } } } }
        `),
      ) as OpenApiDocument,
      { name: "odd" },
    );
    expect(odd.operations.map((o) => [o.id, o.identifier])).toEqual([
      ["get-thing", "getThing"],
      ["getThing", "getThing2"],
      ["delete", "delete_"],
      ["Things_List", "thingsList"],
      ["z", "z2"],
    ]);
  });

  it("merges path-level and operation-level parameters; the operation's win", () => {
    const { parameters } = operation("getInvoice");
    expect(parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      "path:invoiceId",
      "query:expand",
      "header:X-Trace",
      "cookie:locale",
    ]);
    expect(parameters[0]).toEqual({
      name: "invoiceId",
      in: "path",
      required: true,
      schema: { kind: "integer" },
      deprecated: false,
      style: "simple",
      explode: false,
    });
    expect(parameters[1]).toEqual({
      name: "expand",
      in: "query",
      required: true,
      schema: { kind: "array", items: { kind: "string" } },
      deprecated: false,
      style: "form",
      explode: false,
      example: ["lines"],
    });
    expect(parameters[2]).toMatchObject({ in: "header", required: false, style: "simple", explode: false });
    expect(parameters[3]).toMatchObject({ in: "cookie", style: "form", explode: true });
  });

  it("path-level parameters apply to every operation of the path", () => {
    expect(operation("deleteInvoice").parameters.map((p) => p.name)).toEqual(["invoiceId", "expand"]);
    expect(operation("deleteInvoice").parameters[1]).toMatchObject({ description: "shared", explode: true });
  });

  it("lists responses with media, headers and resolved $refs; binary bodies have no schema", () => {
    expect(operation("getInvoice").responses).toEqual([
      {
        status: "200",
        description: "The invoice.",
        headers: [{ name: "x-request-id", schema: { kind: "string" }, description: "Request id." }],
        media: [
          {
            mediaType: "application/json",
            schema: { kind: "ref", name: "Invoice" },
            examples: [{ name: "default", value: { id: 1 } }],
          },
          { mediaType: "application/pdf", examples: [] },
        ],
      },
      {
        status: "404",
        description: "Not found.",
        headers: [],
        media: [
          {
            mediaType: "application/json",
            schema: {
              kind: "object",
              properties: [{ name: "message", required: false, schema: { kind: "string" } }],
              additional: true,
            },
            examples: [],
          },
        ],
      },
    ]);
    expect(operation("deleteInvoice").responses).toEqual([
      { status: "204", description: "Deleted.", headers: [], media: [] },
    ]);
  });

  it("reads request bodies, named examples and $ref'd bodies", () => {
    expect(operation("replaceInvoice").requestBody).toEqual({
      required: true,
      description: "The new invoice.",
      media: [
        {
          mediaType: "application/json",
          schema: { kind: "ref", name: "Invoice" },
          examples: [
            { name: "small", value: { id: 1 } },
            { name: "big", value: { id: 99 } },
          ],
        },
      ],
    });
    expect(operation("createInvoice").requestBody).toEqual({
      required: false,
      media: [
        {
          mediaType: "application/json",
          schema: { kind: "ref", name: "Invoice" },
          examples: [{ name: "default", value: { id: 2 } }],
        },
      ],
    });
  });

  it("security: the operation's own requirement, else the document's; [] means none", () => {
    expect(operation("getInvoice").security).toEqual([["key"]]);
    expect(operation("replaceInvoice").security).toEqual([]);
    expect(operation("listInvoices").security).toEqual([["key"], ["basic", "key"]]);
  });

  it.each([
    ["getInvoice", "GET", true],
    ["replaceInvoice", "PUT", true],
    ["headInvoices", "HEAD", true],
    ["optionsInvoices", "OPTIONS", true],
    ["createInvoice", "POST", false],
    ["patchInvoicesSearch", "PATCH", false],
    // x-billforge-idempotent overrides the method's default, both ways.
    ["deleteInvoice", "DELETE", false],
    ["searchInvoices", "POST", true],
  ])("idempotent: %s (%s) → %s", (id, method, idempotent) => {
    expect(operation(id)).toMatchObject({ method, idempotent });
  });

  it("takes the idempotency key header from x-billforge-idempotency-key", () => {
    expect(operation("createInvoice").idempotencyKeyHeader).toBe("Idempotency-Key");
    expect(operation("listInvoices")).not.toHaveProperty("idempotencyKeyHeader");
  });

  it("spells the idempotency key header as its parameter is declared (header names ignore case)", () => {
    const spec = SPEC.replace(
      "x-billforge-idempotency-key: Idempotency-Key",
      "x-billforge-idempotency-key: idempotency-KEY",
    );
    const created = buildIR(parse(spec) as OpenApiDocument, { name: "acme" }).operations.find(
      (o) => o.id === "createInvoice",
    );
    expect(created?.idempotencyKeyHeader).toBe("Idempotency-Key");
  });

  it.each([
    ["listInvoices", { style: "page", page: "/query/page", firstPage: 1, items: "/data", totalItems: "/meta/total" }],
    [
      "headInvoices",
      { style: "page", page: "/query/p", firstPage: 0, pageSize: "/query/size", items: "/data", totalPages: "/pages" },
    ],
    [
      "searchInvoices",
      { style: "offset", offset: "/body/offset", limit: "/body/limit", items: "/hits", hasMore: "/more" },
    ],
    ["patchInvoicesSearch", { style: "cursor", cursor: "/query/after", nextCursor: "/next", items: "/data" }],
  ])("pagination of %s", (id, want) => {
    expect(operation(id).pagination).toEqual(want);
  });
});
