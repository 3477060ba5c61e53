import { describe, expect, it } from "vitest";
import { operationIR } from "../../test/ir-builders.js";
import type { MediaIR, OperationIR, PaginationIR, ParameterIR, ResponseIR, SchemaIR } from "../ir/types.js";
import type { Change } from "./change.js";
import { compareOperations } from "./compare-operations.js";
import type { SchemaSides } from "./compare-schemas.js";

const str: SchemaIR = { kind: "string" };
const int: SchemaIR = { kind: "integer" };
// Widening is breaking only in a response: it shows which direction a schema was compared in.
const strOrInt: SchemaIR = { kind: "union", variants: [str, int] };
const noComponents: SchemaSides = { before: new Map(), after: new Map() };

const param = (at: ParameterIR["in"], name: string, required = false, schema: SchemaIR = str): ParameterIR => ({
  name,
  in: at,
  required,
  schema,
  deprecated: false,
  style: "form",
  explode: true,
});
const media = (mediaType: string, schema?: SchemaIR): MediaIR =>
  schema ? { mediaType, schema, examples: [] } : { mediaType, examples: [] };
const response = (status: string, ...content: MediaIR[]): ResponseIR => ({
  status,
  description: "",
  media: content,
  headers: [],
});
const body = (required: boolean, ...content: MediaIR[]): OperationIR["requestBody"] => ({ required, media: content });
const json = media("application/json", str);

/** `! kind id METHOD path [where] message (directions)`: every field a change carries. */
function line(change: Change): string {
  const { scope } = change;
  const owner = scope.type === "operation" ? `${scope.operationId} ${scope.method} ${scope.path}` : scope.type;
  const directions = change.directions ? ` (${change.directions.join(", ")})` : "";
  return `${change.breaking ? "!" : "-"} ${change.kind} ${owner} [${change.where}] ${change.message}${directions}`;
}

function compare(before: OperationIR[], after: OperationIR[]): string[] {
  return compareOperations(before, after, noComponents).map(line);
}

/** One operation (`getCustomer GET /customers/{id}`), before and after. */
function compareOne(before: Partial<OperationIR>, after: Partial<OperationIR>): string[] {
  return compare([operationIR(before)], [operationIR(after)]);
}

const GET = "getCustomer GET /customers/{id}";

describe("compareOperations: pairing operations", () => {
  it("reports nothing for the same operations", () => {
    expect(
      compare(
        [operationIR(), operationIR({ id: "listCustomers", path: "/customers" })],
        [operationIR(), operationIR({ id: "listCustomers", path: "/customers" })],
      ),
    ).toEqual([]);
  });

  it("reports an operation gone from the new spec as removed, under its old id", () => {
    expect(compare([operationIR(), operationIR({ id: "deleteCustomer", method: "DELETE" })], [operationIR()])).toEqual([
      "! operation-removed deleteCustomer DELETE /customers/{id} [] operation deleteCustomer removed",
    ]);
  });

  it("reports a new operation as added, which is not breaking", () => {
    expect(compare([operationIR()], [operationIR(), operationIR({ id: "deleteCustomer", method: "DELETE" })])).toEqual([
      "- operation-added deleteCustomer DELETE /customers/{id} [] operation deleteCustomer added",
    ]);
  });

  it("pairs a new id at the same method and path as a rename, then compares the pair", () => {
    expect(compare([operationIR()], [operationIR({ id: "fetchCustomer", deprecated: true })])).toEqual([
      "! operation-renamed fetchCustomer GET /customers/{id} [] operation getCustomer renamed to fetchCustomer",
      "- operation-deprecated fetchCustomer GET /customers/{id} [] operation deprecated",
    ]);
  });

  it.each<[string, Partial<OperationIR>]>([
    ["another path", { path: "/clients/{id}" }],
    ["another method", { method: "DELETE" }],
  ])("does not take a new id at %s for a rename", (_name, moved) => {
    expect(compare([operationIR()], [operationIR({ id: "fetchCustomer", ...moved })])).toEqual([
      expect.stringMatching(/^! operation-removed getCustomer /),
      expect.stringMatching(/^- operation-added fetchCustomer /),
    ]);
  });

  it("lets one new operation stand for one renamed operation only", () => {
    // Two old ids at one method and path (a spec that listed it twice): the second is removed.
    expect(compare([operationIR({ id: "a" }), operationIR({ id: "b" })], [operationIR({ id: "c" })])).toEqual([
      `! operation-renamed c GET /customers/{id} [] operation a renamed to c`,
      `! operation-removed b GET /customers/{id} [] operation b removed`,
    ]);
  });

  it("lists changes of kept operations first, then renames and removals, then additions", () => {
    const before = [operationIR({ id: "gone", path: "/gone" }), operationIR({ deprecated: false })];
    const after = [operationIR({ id: "new", path: "/new" }), operationIR({ deprecated: true })];
    expect(compare(before, after).map((l) => l.split(" ").slice(0, 3).join(" "))).toEqual([
      "- operation-deprecated getCustomer",
      "! operation-removed gone",
      "- operation-added new",
    ]);
  });
});

describe("compareOperations: one operation", () => {
  it.each<[string, Partial<OperationIR>, Partial<OperationIR>, string[]]>([
    [
      "a new path",
      {},
      { path: "/clients/{id}" },
      ["! operation-moved getCustomer GET /clients/{id} [] GET /customers/{id} → GET /clients/{id}"],
    ],
    [
      "a new method (also a change of retry safety)",
      {},
      { method: "POST", idempotent: false },
      [
        "! operation-moved getCustomer POST /customers/{id} [] GET /customers/{id} → POST /customers/{id}",
        `- retry-safety-changed getCustomer POST /customers/{id} [] retries: retried → never resent`,
      ],
    ],
    ["deprecation", {}, { deprecated: true }, [`- operation-deprecated ${GET} [] operation deprecated`]],
    ["deprecation kept", { deprecated: true }, { deprecated: true }, []],
    // Undeprecating breaks nothing and is not a class of change.
    ["deprecation lifted", { deprecated: true }, {}, []],
  ])("reports %s", (_name, before, after, want) => {
    expect(compareOne(before, after)).toEqual(want);
  });
});

describe("compareOperations: parameters", () => {
  it.each<[string, ParameterIR[], ParameterIR[], string[]]>([
    ["the same parameters", [param("query", "page")], [param("query", "page")], []],
    [
      "a removed parameter",
      [param("query", "page")],
      [],
      [`! parameter-removed ${GET} [query.page] query parameter page removed`],
    ],
    [
      "a parameter made required",
      [param("query", "page")],
      [param("query", "page", true)],
      [`! parameter-made-required ${GET} [query.page] query parameter page now required`],
    ],
    [
      "a parameter made optional",
      [param("header", "X-Tenant", true)],
      [param("header", "X-Tenant")],
      [`- parameter-made-optional ${GET} [header.X-Tenant] header parameter X-Tenant now optional`],
    ],
    [
      "a required parameter added",
      [],
      [param("query", "region", true)],
      [`! parameter-added ${GET} [query.region] required query parameter region added (string)`],
    ],
    [
      "an optional parameter added",
      [],
      [param("query", "limit", false, int)],
      [`- parameter-added ${GET} [query.limit] optional query parameter limit added (integer)`],
    ],
    [
      "a parameter's schema, compared as a request value",
      [param("path", "id", true, str)],
      [param("path", "id", true, strOrInt)],
      [`- type-widened ${GET} [path.id] now also integer (request)`],
    ],
    // Header names are case-insensitive on the wire: the same header, spelled anew.
    ["a header name in another case", [param("header", "X-Tenant")], [param("header", "x-tenant")], []],
    [
      "a header name in another case, made required (named as before)",
      [param("header", "X-Tenant")],
      [param("header", "x-tenant", true)],
      [`! parameter-made-required ${GET} [header.X-Tenant] header parameter X-Tenant now required`],
    ],
    [
      "a query name in another case, which is another parameter",
      [param("query", "Page")],
      [param("query", "page")],
      [
        `! parameter-removed ${GET} [query.Page] query parameter Page removed`,
        `- parameter-added ${GET} [query.page] optional query parameter page added (string)`,
      ],
    ],
    [
      "a parameter moved from the query to a header",
      [param("query", "tenant")],
      [param("header", "tenant")],
      [
        `! parameter-removed ${GET} [query.tenant] query parameter tenant removed`,
        `- parameter-added ${GET} [header.tenant] optional header parameter tenant added (string)`,
      ],
    ],
  ])("reports %s", (_name, before, after, want) => {
    expect(compareOne({ parameters: before }, { parameters: after })).toEqual(want);
  });
});

describe("compareOperations: request body", () => {
  it.each<[string, OperationIR["requestBody"], OperationIR["requestBody"], string[]]>([
    ["the same body", body(true, json), body(true, json), []],
    [
      "a required body added",
      undefined,
      body(true, json),
      [`! request-body-added ${GET} [body] required request body added`],
    ],
    // Callers that send nothing still work.
    [
      "an optional body added",
      undefined,
      body(false, json),
      [`- request-body-added ${GET} [body] optional request body added`],
    ],
    ["a body removed", body(false, json), undefined, [`! request-body-removed ${GET} [body] request body removed`]],
    [
      "a body made required",
      body(false, json),
      body(true, json),
      [`! request-body-made-required ${GET} [body] request body now required`],
    ],
    [
      "a body made optional",
      body(true, json),
      body(false, json),
      [`- request-body-made-optional ${GET} [body] request body now optional`],
    ],
    [
      "the body's only media type replaced",
      body(true, json),
      body(true, media("application/xml", str)),
      [`! media-type-removed ${GET} [body] request body application/json → application/xml`],
    ],
    [
      "the schema of the only media type, compared as a request value",
      body(true, media("application/json", str)),
      body(true, media("application/x-www-form-urlencoded", strOrInt)),
      [
        `! media-type-removed ${GET} [body] request body application/json → application/x-www-form-urlencoded`,
        `- type-widened ${GET} [body] now also integer (request)`,
      ],
    ],
    [
      "a media type added beside the first",
      body(true, json),
      body(true, json, media("application/xml", str)),
      [`- media-type-added ${GET} [body (application/xml)] application/xml request body added`],
    ],
    [
      "one of two media types removed",
      body(true, json, media("application/xml", str)),
      body(true, json),
      [`! media-type-removed ${GET} [body (application/xml)] application/xml request body removed`],
    ],
    [
      "a schema change under one of two media types, named by its media type",
      body(true, json, media("application/xml", str)),
      body(true, json, media("application/xml", strOrInt)),
      [`- type-widened ${GET} [body (application/xml)] now also integer (request)`],
    ],
    // A caller can send anything to an untyped body; a typed one refuses some of it.
    [
      "a schema given to an untyped body",
      body(true, media("application/octet-stream")),
      body(true, media("application/octet-stream", str)),
      [`! type-narrowed ${GET} [body] body schema added`],
    ],
    [
      "a body's schema dropped",
      body(true, json),
      body(true, media("application/json")),
      [`- type-widened ${GET} [body] body schema removed (now untyped)`],
    ],
    [
      "an untyped body left untyped",
      body(true, media("application/octet-stream")),
      body(true, media("application/octet-stream")),
      [],
    ],
  ])("reports %s", (_name, before, after, want) => {
    const withBody = (requestBody: OperationIR["requestBody"]) => (requestBody ? { requestBody } : {});
    expect(compareOne(withBody(before), withBody(after))).toEqual(want);
  });
});

describe("compareOperations: responses", () => {
  it.each<[string, ResponseIR[], ResponseIR[], string[]]>([
    ["the same responses", [response("200", json)], [response("200", json)], []],
    [
      "a success response removed",
      [response("200")],
      [],
      [`! response-removed ${GET} [response 200] response 200 removed`],
    ],
    // "204" holds a 4, but not first: still a success.
    ["a 204 removed", [response("204")], [], [`! response-removed ${GET} [response 204] response 204 removed`]],
    [
      "a 404 removed",
      [response("404")],
      [],
      [`- error-response-removed ${GET} [response 404] error response 404 removed`],
    ],
    [
      "a 5XX removed",
      [response("5XX")],
      [],
      [`- error-response-removed ${GET} [response 5XX] error response 5XX removed`],
    ],
    [
      "the default response removed",
      [response("default")],
      [],
      [`- error-response-removed ${GET} [response default] error response default removed`],
    ],
    ["a success response added", [], [response("201")], [`- response-added ${GET} [response 201] response 201 added`]],
    ["a 429 added", [], [response("429")], [`- error-response-added ${GET} [response 429] error response 429 added`]],
    [
      "a default added",
      [],
      [response("default")],
      [`- error-response-added ${GET} [response default] error response default added`],
    ],
    [
      "a response's schema, compared as a value read",
      [response("200", media("application/json", str))],
      [response("200", media("application/json", strOrInt))],
      [`! type-widened ${GET} [response 200] now also integer (response)`],
    ],
    // A reader of a typed body gets what it expected no more.
    [
      "a response's schema dropped",
      [response("200", json)],
      [response("200", media("application/json"))],
      [`! type-widened ${GET} [response 200] body schema removed (now untyped)`],
    ],
    [
      "a schema given to an untyped response",
      [response("200", media("application/json"))],
      [response("200", json)],
      [`- type-narrowed ${GET} [response 200] body schema added`],
    ],
    [
      "a response's second media type",
      [response("200", json)],
      [response("200", json, media("text/csv"))],
      [`- media-type-added ${GET} [response 200 (text/csv)] text/csv response body added`],
    ],
  ])("reports %s", (_name, before, after, want) => {
    expect(compareOne({ responses: before }, { responses: after })).toEqual(want);
  });
});

describe("compareOperations: authentication", () => {
  it.each<[string, OperationIR["security"], OperationIR["security"], string[]]>([
    ["no auth on both sides", [], [], []],
    ["auth added", [], [["ApiKey"]], [`! auth-changed ${GET} [security] authentication none → ApiKey`]],
    ["auth removed", [["ApiKey"]], [], [`! auth-changed ${GET} [security] authentication ApiKey → none`]],
    // Order is not meaning: schemes applied together, and alternatives, are sets.
    ["schemes applied together, reordered", [["ApiKey", "Bearer"]], [["Bearer", "ApiKey"]], []],
    ["alternatives reordered", [["ApiKey"], ["Bearer"]], [["Bearer"], ["ApiKey"]], []],
    [
      "an alternative added",
      [["Bearer"]],
      [["Bearer"], ["ApiKey", "Basic"]],
      [`! auth-changed ${GET} [security] authentication Bearer → ApiKey + Basic or Bearer`],
    ],
    [
      "anonymous access allowed beside a scheme",
      [["ApiKey"]],
      [[], ["ApiKey"]],
      [`! auth-changed ${GET} [security] authentication ApiKey → ApiKey or none`],
    ],
  ])("reports %s", (_name, before, after, want) => {
    expect(compareOne({ security: before }, { security: after })).toEqual(want);
  });
});

describe("compareOperations: pagination and retry safety", () => {
  const page: PaginationIR = { style: "page", page: "/query/page", firstPage: 1, items: "/data" };
  it.each<[string, Partial<OperationIR>, Partial<OperationIR>, string[]]>([
    ["the same pagination", { pagination: page }, { pagination: { ...page } }, []],
    ["pagination added", {}, { pagination: page }, [`- pagination-added ${GET} [] now paginated (page)`]],
    ["pagination removed", { pagination: page }, {}, [`! pagination-removed ${GET} [] no longer paginated`]],
    [
      "pagination changed",
      { pagination: page },
      { pagination: { ...page, firstPage: 0 } },
      [`! pagination-changed ${GET} [] pagination changed: firstPage 1 → 0`],
    ],
    [
      "an operation no longer retried",
      {},
      { idempotent: false },
      [`- retry-safety-changed ${GET} [] retries: retried → never resent`],
    ],
    [
      "an idempotency key added",
      { idempotent: false },
      { idempotent: false, idempotencyKeyHeader: "Idempotency-Key" },
      [`- retry-safety-changed ${GET} [] retries: never resent → retried with Idempotency-Key`],
    ],
    [
      "an idempotency key renamed",
      { idempotencyKeyHeader: "Idempotency-Key" },
      { idempotencyKeyHeader: "X-Request-Id" },
      [`- retry-safety-changed ${GET} [] retries: retried with Idempotency-Key → retried with X-Request-Id`],
    ],
  ])("reports %s", (_name, before, after, want) => {
    expect(compareOne(before, after)).toEqual(want);
  });
});
