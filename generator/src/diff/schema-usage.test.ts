import { describe, expect, it } from "vitest";
import { apiIR, namedSchemaIR } from "../../test/ir-builders.js";
import type { ApiIR, MediaIR, OperationIR, SchemaIR } from "../ir/types.js";
import { schemaUsage } from "./schema-usage.js";

const ref = (name: string): SchemaIR => ({ kind: "ref", name });
const json = (schema?: SchemaIR): MediaIR =>
  schema === undefined
    ? { mediaType: "application/octet-stream", examples: [] }
    : { mediaType: "application/json", schema, examples: [] };
const object = (fields: Record<string, SchemaIR>): SchemaIR => ({
  kind: "object",
  properties: Object.entries(fields).map(([name, schema]) => ({ name, required: true, schema })),
  additional: true,
});

interface Uses {
  query?: SchemaIR;
  body?: MediaIR[];
  responses?: MediaIR[][];
}

function operation(id: string, uses: Uses): OperationIR {
  return {
    id,
    identifier: id,
    method: "POST",
    path: `/${id}`,
    deprecated: false,
    tags: [],
    parameters:
      uses.query === undefined
        ? []
        : [
            {
              name: "q",
              in: "query",
              required: false,
              schema: uses.query,
              deprecated: false,
              style: "form",
              explode: true,
            },
          ],
    ...(uses.body === undefined ? {} : { requestBody: { required: true, media: uses.body } }),
    responses: (uses.responses ?? []).map((media, i) => ({
      status: String(200 + i),
      description: "",
      media,
      headers: [],
    })),
    security: [],
    idempotent: false,
  };
}

function api(schemas: Record<string, SchemaIR>, operations: OperationIR[]): ApiIR {
  return apiIR({ schemas: Object.entries(schemas).map(([name, schema]) => namedSchemaIR(name, schema)), operations });
}

/** The usage as plain sorted arrays, for comparison. */
function plain(usage: ReturnType<typeof schemaUsage>): Record<string, { directions: string[]; operations: string[] }> {
  return Object.fromEntries(
    [...usage].map(([name, use]) => [
      name,
      { directions: [...use.directions].sort(), operations: [...use.operations].sort() },
    ]),
  );
}

const SCHEMAS = {
  Invoice: object({ customer: ref("Customer"), lines: { kind: "array", items: ref("Line") } }),
  Customer: object({ address: ref("Address") }),
  Address: object({ city: { kind: "string" } }),
  Line: object({ amount: { kind: "integer" } }),
  Filter: object({ status: { kind: "string" } }),
  Unused: object({}),
};

describe("schemaUsage", () => {
  it("marks what responses return as received, with every schema they reach", () => {
    const usage = schemaUsage(api(SCHEMAS, [operation("getInvoice", { responses: [[json(ref("Invoice"))]] })]));
    const received = { directions: ["response"], operations: ["getInvoice"] };
    expect(plain(usage)).toEqual({ Invoice: received, Customer: received, Address: received, Line: received });
  });

  it("marks what parameters and request bodies take as sent", () => {
    const usage = schemaUsage(
      api(SCHEMAS, [
        operation("search", { query: ref("Filter") }),
        operation("createCustomer", { body: [json(ref("Customer"))] }),
      ]),
    );
    expect(plain(usage)).toEqual({
      Filter: { directions: ["request"], operations: ["search"] },
      Customer: { directions: ["request"], operations: ["createCustomer"] },
      Address: { directions: ["request"], operations: ["createCustomer"] },
    });
  });

  it("gathers both directions and every operation that reaches a schema", () => {
    const usage = plain(
      schemaUsage(
        api(SCHEMAS, [
          operation("createCustomer", { body: [json(ref("Customer"))] }),
          operation("getInvoice", { responses: [[json()], [json(ref("Invoice"))]] }),
        ]),
      ),
    );
    expect(usage.Address).toEqual({
      directions: ["request", "response"],
      operations: ["createCustomer", "getInvoice"],
    });
    expect(usage.Line).toEqual({ directions: ["response"], operations: ["getInvoice"] });
    expect(usage.Unused).toBeUndefined();
  });

  it("finds references inside inline schemas, in every media type of a body", () => {
    const usage = plain(
      schemaUsage(
        api(SCHEMAS, [
          operation("upload", {
            body: [json(), json({ kind: "union", variants: [ref("Line"), object({ f: ref("Filter") })] })],
          }),
        ]),
      ),
    );
    expect(Object.keys(usage).sort()).toEqual(["Filter", "Line"]);
  });

  it("ends on recursive schemas, each reached once", () => {
    const schemas = {
      Node: object({ children: { kind: "array", items: ref("Node") }, owner: ref("Owner") }),
      Owner: object({ root: ref("Node") }),
    };
    const usage = plain(schemaUsage(api(schemas, [operation("tree", { responses: [[json(ref("Node"))]] })])));
    expect(usage).toEqual({
      Node: { directions: ["response"], operations: ["tree"] },
      Owner: { directions: ["response"], operations: ["tree"] },
    });
  });

  it("records a reference to a schema the API does not define, without following it", () => {
    const usage = plain(schemaUsage(api({}, [operation("ghost", { responses: [[json(ref("Missing"))]] })])));
    expect(usage).toEqual({ Missing: { directions: ["response"], operations: ["ghost"] } });
  });
});
