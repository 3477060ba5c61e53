import { describe, expect, it } from "vitest";
import { apiIR, namedSchemaIR, operationIR } from "../../test/ir-builders.js";
import type { ApiIR, OperationIR, SchemaIR, SecuritySchemeIR } from "../ir/types.js";
import type { Change } from "./change.js";
import { diffApis } from "./diff-apis.js";

// Hand-built APIs, one change at a time: every field of what diffApis reports for the API-wide
// part (auth schemes, servers) and for named schemas. diff-apis.test.ts covers the same from
// spec fixtures, by kind and place.

const server = (url: string) => ({ url, variables: [] });
const apiKey = (paramName = "X-Api-Key"): SecuritySchemeIR => ({
  name: "ApiKey",
  type: "apiKey",
  in: "header",
  paramName,
  option: "apiKey",
});
const oauth = (tokenUrl: string): SecuritySchemeIR => ({
  name: "OAuth",
  type: "oauth2ClientCredentials",
  tokenUrl,
  encoding: "form",
  scopes: [],
  clientIdOption: "clientId",
  clientSecretOption: "clientSecret",
  extra: [],
});
const bearer: SecuritySchemeIR = { name: "Token", type: "bearer", option: "token" };

/** `! kind scope [where] message (directions)`, the scope with what it names. */
function line(change: Change): string {
  const { scope } = change;
  const owner = scope.type === "schema" ? `schema ${scope.name} used by [${scope.usedBy.join(", ")}]` : scope.type;
  const directions = change.directions ? ` (${change.directions.join(", ")})` : "";
  return `${change.breaking ? "!" : "-"} ${change.kind} ${owner} [${change.where}] ${change.message}${directions}`;
}

const diff = (before: Partial<ApiIR>, after: Partial<ApiIR>) => diffApis(apiIR(before), apiIR(after)).map(line);

describe("diffApis: API-wide changes", () => {
  it.each<[string, Partial<ApiIR>, Partial<ApiIR>, string[]]>([
    [
      "the same schemes and server",
      { securitySchemes: [apiKey()], servers: [server("https://a")] },
      { securitySchemes: [apiKey()], servers: [server("https://a")] },
      [],
    ],
    [
      "an auth scheme removed",
      { securitySchemes: [apiKey()] },
      {},
      ["! auth-changed api [securitySchemes.ApiKey] auth scheme ApiKey removed"],
    ],
    [
      "an auth scheme added, which breaks nobody yet",
      {},
      { securitySchemes: [bearer] },
      ["- auth-changed api [securitySchemes.Token] auth scheme Token added (bearer)"],
    ],
    [
      "an auth scheme added beside another",
      { securitySchemes: [apiKey()] },
      { securitySchemes: [apiKey(), bearer] },
      ["- auth-changed api [securitySchemes.Token] auth scheme Token added (bearer)"],
    ],
    [
      "an API key moved to another header",
      { securitySchemes: [apiKey("X-Api-Key")] },
      { securitySchemes: [apiKey("Api-Key")] },
      [
        "! auth-changed api [securitySchemes.ApiKey] auth scheme ApiKey changed (API key in header X-Api-Key → API key in header Api-Key)",
      ],
    ],
    [
      "an OAuth2 token URL changed",
      { securitySchemes: [oauth("https://a/token")] },
      { securitySchemes: [oauth("https://b/token")] },
      [
        "! auth-changed api [securitySchemes.OAuth] auth scheme OAuth changed (OAuth2 client credentials at https://a/token → OAuth2 client credentials at https://b/token)",
      ],
    ],
    [
      "the default server changed",
      { servers: [server("https://a"), server("https://c")] },
      { servers: [server("https://b"), server("https://c")] },
      ["- server-changed api [servers] default server https://a → https://b"],
    ],
    // Only the first server is the client's default: the others are choices.
    [
      "another server than the first",
      { servers: [server("https://a")] },
      { servers: [server("https://a"), server("https://c")] },
      [],
    ],
    [
      "a server given",
      {},
      { servers: [server("https://a")] },
      ["- server-changed api [servers] default server (none) → https://a"],
    ],
    [
      "the server dropped",
      { servers: [server("https://a")] },
      {},
      ["- server-changed api [servers] default server https://a → (none)"],
    ],
  ])("reports %s", (_name, before, after, want) => {
    expect(diff(before, after)).toEqual(want);
  });
});

const object = (fields: Record<string, SchemaIR>): SchemaIR => ({
  kind: "object",
  properties: Object.entries(fields).map(([name, schema]) => ({ name, schema, required: true })),
  additional: true,
});
const enumOf = (...values: string[]): SchemaIR => ({ kind: "enum", values });
/** `getCustomer`, returning the named schema `Customer`. */
const reading: OperationIR = operationIR({
  responses: [
    {
      status: "200",
      description: "",
      headers: [],
      media: [{ mediaType: "application/json", schema: { kind: "ref", name: "Customer" }, examples: [] }],
    },
  ],
});

describe("diffApis: named schemas", () => {
  const before = namedSchemaIR("Customer", object({ status: enumOf("active") }));
  const after = namedSchemaIR("Customer", object({ status: enumOf("active", "closed") }));

  // Unused, it is judged from both sides: a value added breaks readers (response) only.
  it("compares an unused schema in both directions, one change breaking if either side breaks", () => {
    expect(diff({ schemas: [before] }, { schemas: [after] })).toEqual([
      '! enum-value-added schema Customer used by [] [Customer.status] enum value "closed" added (request, response)',
    ]);
  });

  it("merges a change that breaks neither side as not breaking", () => {
    const optional = namedSchemaIR("Customer", {
      kind: "object",
      properties: [{ name: "note", schema: enumOf("x"), required: false }],
      additional: true,
    });
    expect(diff({ schemas: [namedSchemaIR("Customer", object({}))] }, { schemas: [optional] })).toEqual([
      '- field-added schema Customer used by [] [Customer.note] optional field note added ("x") (request, response)',
    ]);
  });

  it("keeps apart findings that differ in place or words, merging only the same one", () => {
    const two = (...values: string[]) =>
      namedSchemaIR("Customer", object({ status: enumOf(...values), tier: enumOf(...values) }));
    expect(diff({ schemas: [two("a")] }, { schemas: [two("a", "b")] })).toEqual([
      '! enum-value-added schema Customer used by [] [Customer.status] enum value "b" added (request, response)',
      '! enum-value-added schema Customer used by [] [Customer.tier] enum value "b" added (request, response)',
    ]);
  });

  it("judges a schema first used by an operation in the new spec from that use only", () => {
    expect(diff({ schemas: [before] }, { schemas: [after], operations: [reading] })).toEqual([
      "- operation-added operation [] operation getCustomer added",
      '! enum-value-added schema Customer used by [getCustomer] [Customer.status] enum value "closed" added (response)',
    ]);
  });

  it("names the operations that used a schema before, when none uses it now", () => {
    expect(diff({ schemas: [before], operations: [reading] }, { schemas: [after] })).toEqual([
      "! operation-removed operation [] operation getCustomer removed",
      '! enum-value-added schema Customer used by [getCustomer] [Customer.status] enum value "closed" added (response)',
    ]);
  });

  it("reports a schema removed and one added, with their users", () => {
    expect(
      diff({ schemas: [before], operations: [reading] }, { schemas: [namedSchemaIR("Client", enumOf("a"))] }),
    ).toEqual([
      "! operation-removed operation [] operation getCustomer removed",
      "! schema-removed schema Customer used by [getCustomer] [Customer] schema Customer removed",
      "- schema-added schema Client used by [] [Client] schema Client added",
    ]);
  });
});
