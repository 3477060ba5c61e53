/**
 * What the runtime reads from the scenario packages: the descriptor data in api.gen.ts and
 * operations.gen.ts, loaded and compared as values (schemas left out), plus the client
 * options a user sees. Snapshots show the text; these pin the meaning.
 */
import { describe, expect, it } from "vitest";
import { loadGenerated } from "./support/evaluate.js";
import { generateFixture } from "./support/fixtures.js";

type Descriptor = Record<string, unknown>;

async function load(fixture: string) {
  const files = Object.fromEntries((await generateFixture(fixture)).map((f) => [f.path, f.content]));
  const operations = loadGenerated(files, "operations.gen.ts") as Record<string, Descriptor>;
  const api = Object.values(loadGenerated(files, "api.gen.ts"))[0] as Descriptor;
  return { files, api, operations };
}

/** A descriptor without its zod schemas (functions), for comparing as data. */
const data = (descriptor: Descriptor | undefined): Descriptor =>
  JSON.parse(JSON.stringify(descriptor, (_key, value) => (typeof value === "function" ? undefined : value)));

/** `name?: type;` property lines of an exported interface in generated source. */
function interfaceProperties(source: string, name: string): string[] {
  const start = source.indexOf(`export interface ${name} `);
  const body = source.slice(start, source.indexOf("\n}", start));
  return [...body.matchAll(/^ {2}(\w+\??): ([^;]+);$/gm)].map((m) => `${m[1]}: ${m[2]}`);
}

describe("idempotency", () => {
  it("marks which calls may be sent again, and the idempotency key header", async () => {
    const { operations } = await load("idempotency");
    const summary = Object.fromEntries(
      Object.values(operations).map((op) => [op.id, [op.method, op.idempotent, op.idempotencyKeyHeader ?? null]]),
    );
    expect(summary).toEqual({
      listOrders: ["GET", true, null],
      createOrder: ["POST", false, "Idempotency-Key"],
      searchOrders: ["POST", true, null],
      renewOrder: ["PUT", false, null],
      deleteOrder: ["DELETE", true, null],
      // Named `idempotency-key` in the spec: spelled as the header parameter is declared.
      patchOrder: ["PATCH", false, "Idempotency-Key"],
    });
    expect(operations.createOrderOperation!.headerParams).toEqual(["Idempotency-Key", "X-Request-Source"]);
  });

  it("lets callers leave the idempotency key out of the argument type", async () => {
    const { files } = await load("idempotency");
    expect(files["types.gen.ts"]).toMatch(/WithOptional<[^>]*\["header"\]>, "Idempotency-Key">/);
  });
});

describe("pagination-styles", () => {
  it("describes each pagination style with its pointers", async () => {
    const { operations } = await load("pagination-styles");
    expect(data(operations.listInvoicesOperation).pagination).toEqual({
      style: "page",
      page: "/query/page",
      firstPage: 1,
      pageSize: "/query/page_size",
      items: "/data",
      totalItems: "/meta/total_count",
    });
    expect(data(operations.listAccountsOperation).pagination).toEqual({
      style: "offset",
      offset: "/query/offset",
      limit: "/query/limit",
      items: "/accounts",
      hasMore: "/pagination/has_more",
    });
    expect(data(operations.listEventsOperation).pagination).toEqual({
      style: "cursor",
      cursor: "/query/cursor",
      nextCursor: "/next_cursor",
      items: "/events",
    });
    expect(data(operations.searchInvoicesOperation).pagination).toEqual({
      style: "page",
      page: "/body/filters/page",
      firstPage: 0,
      items: "/results/invoices",
      totalPages: "/results/pages",
    });
  });

  it("gives every paginated operation an iterator, typed by its item", async () => {
    const { files } = await load("pagination-styles");
    for (const name of ["ListInvoices", "ListAccounts", "ListEvents", "SearchInvoices"]) {
      expect(files["functions.gen.ts"]).toContain(`export function iterate${name}(`);
      expect(files["types.gen.ts"]).toContain(`export type ${name}Item = `);
    }
    expect(files["types.gen.ts"]).toContain('NonNullable<NonNullable<SearchInvoicesResult>["results"]>["invoices"]');
  });

  it("describes query parameters with their serialization", async () => {
    const { operations } = await load("pagination-styles");
    expect(operations.listInvoicesOperation!.queryParams).toEqual([
      { name: "page", style: "form", explode: true },
      { name: "page_size", style: "form", explode: true },
      { name: "status", style: "form", explode: true },
    ]);
  });
});

describe("security-schemes", () => {
  it("describes every scheme for the runtime", async () => {
    const { api } = await load("security-schemes");
    expect(api.securitySchemes).toEqual({
      headerKey: { type: "apiKey", in: "header", name: "X-API-Key" },
      queryKey: { type: "apiKey", in: "query", name: "api_key" },
      basic: { type: "http", scheme: "basic" },
      bearer: { type: "http", scheme: "bearer" },
      oauth: {
        type: "oauth2ClientCredentials",
        tokenUrl: "https://auth.example.com/oauth/token",
        requestEncoding: "json",
        extraFields: ["redirect_uri"],
        scopes: ["read", "write"],
      },
    });
  });

  it("gives each operation its requirement; an explicit [] means no credentials", async () => {
    const { operations } = await load("security-schemes");
    expect(Object.fromEntries(Object.values(operations).map((op) => [op.id, op.security]))).toEqual({
      useHeaderKey: [["headerKey"]],
      useQueryKey: [["queryKey"]],
      useBasic: [["basic"]],
      useBearer: [["bearer"], ["headerKey"]],
      useOauth: [["oauth"]],
      getPublic: [],
    });
  });

  it("names the credential options by x-billforge-options; none is required when some operation does without", async () => {
    const { files } = await load("security-schemes");
    expect(interfaceProperties(files["client.gen.ts"]!, "SecuritySchemesClientOptions")).toEqual([
      "apiKey?: string",
      "queryApiKey?: string",
      "accountId?: string",
      "accountSecret?: string",
      "token?: string",
      "clientId?: string",
      "clientSecret?: string",
      "redirectUri?: string",
    ]);
  });

  it("offers no credential options when the spec declares no security", async () => {
    const { files } = await load("idempotency");
    // idempotency.yaml has no security at all: no credential options.
    expect(interfaceProperties(files["client.gen.ts"]!, "IdempotencyClientOptions")).toEqual([]);
  });
});

describe("server-variables", () => {
  it("lists servers with names and variables", async () => {
    const { api } = await load("server-variables");
    expect(api.servers).toEqual([
      {
        url: "https://{account_name}.app.example.com/api/{version}",
        description: "Your account's production host.",
        name: "production",
        variables: {
          account_name: { default: "demo", description: "Your account name, a hostname label." },
          version: { default: "v2", enum: ["v1", "v2"] },
        },
      },
      {
        url: "https://{account_name}.sandbox.example.com/api/{version}",
        description: "The sandbox.",
        name: "sandbox",
        variables: { account_name: { default: "demo" }, version: { default: "v2", enum: ["v1", "v2"] } },
      },
      {
        url: "https://{region}.eu.example.com",
        name: "regional",
        variables: {
          region: {
            default: "",
            description:
              "Region code. OpenAPI requires a default; this empty one makes no valid host, so callers must set it.",
          },
        },
      },
    ]);
  });

  it("turns variables into camelCase options (enums as unions) and named servers into a `server` option", async () => {
    const { files } = await load("server-variables");
    expect(interfaceProperties(files["client.gen.ts"]!, "ServerVariablesClientOptions")).toEqual([
      "accountName?: string",
      'version?: "v1" | "v2"',
      "region?: string",
      'server?: "production" | "sandbox" | "regional"',
    ]);
    expect(files["client.gen.ts"]).toContain('"account_name": accountName');
  });
});

describe("binary-and-empty-responses", () => {
  it("types binary bodies as bytes and empty responses as undefined", async () => {
    const { files } = await load("binary-and-empty-responses");
    const types = files["types.gen.ts"]!;
    expect(types).toContain("export type GetInvoicePdfResult = Uint8Array;");
    expect(types).toContain("export type DeleteInvoiceResult = undefined;");
    expect(types).toContain("export type UploadAttachmentResult = undefined;");
    expect(types).toContain("export type DownloadArchiveResult = Uint8Array | undefined;");
    expect(types).toContain("export type CheckHealthResult = undefined;");
    expect(types).toMatch(
      /export type UploadAttachmentArgs = \{\s*body: Uint8Array \| Blob \| string \| ReadableStream<Uint8Array>;\s*\}/,
    );
  });

  it("describes binary media without a schema, and statuses without media", async () => {
    const { operations } = await load("binary-and-empty-responses");
    expect(data(operations.getInvoicePdfOperation).responses).toEqual([
      { status: "200", media: [{ mediaType: "application/pdf" }] },
      { status: "404", media: [{ mediaType: "application/json" }] },
    ]);
    expect(
      typeof (operations.getInvoicePdfOperation!.responses as { media: { schema?: unknown }[] }[])[1]!.media[0]!.schema,
    ).toBe("function");
    expect(data(operations.deleteInvoiceOperation).responses).toEqual([
      { status: "204", media: [] },
      { status: "default", media: [{ mediaType: "application/json" }] },
    ]);
    expect(data(operations.uploadAttachmentOperation).requestBody).toEqual({
      required: true,
      media: [{ mediaType: "application/octet-stream" }],
    });
    expect(operations.checkHealthOperation).toMatchObject({ method: "HEAD", idempotent: true });
  });
});

describe("name-collisions", () => {
  it("keeps operation-derived names and gives clashing component types a Model suffix", async () => {
    const { files } = await load("name-collisions");
    const types = files["types.gen.ts"]!;
    const exported = [...types.matchAll(/^export type (\w+)/gm)].map((m) => m[1]);
    expect(new Set(exported).size).toBe(exported.length);
    // The result is the component it names, under the component's collision-free name.
    expect(types).toContain("export type GetThingResult = GetThingResultModel;");
    expect(types).toContain("export type GetThingErrorBody = GetThingErrorBodyModel;");
    expect(types).toContain('export type GetThingResultModel = Readable<components["schemas"]["GetThingResult"]>;');
    expect(types).toContain(
      'export type GetThingErrorBodyModel = Readable<components["schemas"]["GetThingErrorBody"]>;',
    );
    expect(types).toContain('export type PostThingArgsModel = Readable<components["schemas"]["PostThingArgs"]>;');
    expect(types).toContain(
      'export type NameCollisionsClientModel = Readable<components["schemas"]["NameCollisionsClient"]>;',
    );
    expect(types).toContain('export type Thing = Readable<components["schemas"]["Thing"]>;');
    expect(types).toContain('export type Thing2 = Readable<components["schemas"]["thing"]>;');
  });

  it("gives components differing only by case distinct schema identifiers", async () => {
    const { files } = await load("name-collisions");
    const schemas = [...files["schemas.gen.ts"]!.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
    expect(schemas).toEqual([
      "GetThingResultSchema",
      "GetThingErrorBodySchema",
      "PostThingArgsSchema",
      "ThingSchema",
      "Thing2Schema",
      "NameCollisionsClientSchema",
      "ThingIdSchema",
    ]);
  });
});

describe("xml-arrays", () => {
  it("generates, listing the XML and JSON media of each body", async () => {
    const { operations } = await load("xml-arrays");
    expect(data(operations.createInvoiceXmlOperation).requestBody).toEqual({
      required: true,
      media: [
        // Named after the body's component schema: every operation with that body shares it.
        { mediaType: "application/xml", xmlMapping: "Invoice" },
        { mediaType: "application/json" },
      ],
    });
  });
});
