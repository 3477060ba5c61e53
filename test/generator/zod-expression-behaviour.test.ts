/**
 * The zod source the generator writes does what the spec says: each expression is
 * evaluated against the real zod and fed valid and invalid values.
 */

import type { SchemaIR } from "@billforge/generator";
import * as builders from "@billforge/runtime/schema-builder";
import { describe, expect, it } from "vitest";
import type { ZodMiniType } from "zod/mini";
import { zodExpression } from "../../generator/src/emit/zod-expression.js";
import type { Direction } from "../../generator/src/ir/types.js";

const ADDRESS: SchemaIR = {
  kind: "object",
  properties: [{ name: "city", required: true, schema: { kind: "string", minLength: 1 } }],
  additional: true,
};

/** Evaluates the expression for `schema`; refs resolve to the components in `refs`. */
function compile(schema: SchemaIR, direction: Direction = "response"): ZodMiniType {
  const refs: Record<string, () => ZodMiniType> = { Address: () => compile(ADDRESS, direction) };
  const expression = zodExpression(schema, { direction, refExpression: (name) => `refs.${name}()` });
  return new Function("z", "refs", `return ${expression};`)(builders, refs) as ZodMiniType;
}

const accepts = (schema: ZodMiniType, value: unknown) => schema.safeParse(value).success;

type Row = [name: string, schema: SchemaIR, valid: unknown[], invalid: unknown[]];

const rows: Row[] = [
  ["string limits", { kind: "string", minLength: 2, maxLength: 3 }, ["ab", "abc"], ["a", "abcd", 12, null]],
  [
    "string pattern (unanchored, as in JSON Schema)",
    { kind: "string", pattern: "^\\d+(\\.\\d+)?$" },
    ["708.00", "1"],
    ["7,08", "", "1."],
  ],
  ["string pattern found anywhere", { kind: "string", pattern: "\\d" }, ["a1b"], ["abc"]],
  ["integer", { kind: "integer" }, [0, -3, 2 ** 40], [1.5, "1", Number.NaN]],
  ["number bounds", { kind: "number", minimum: 0, maximum: 10 }, [0, 10, 5.5], [-0.1, 10.1]],
  ["exclusive bounds", { kind: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }, [0.5], [0, 1]],
  ["multipleOf", { kind: "number", multipleOf: 0.5 }, [1.5, 2], [1.2]],
  ["boolean", { kind: "boolean" }, [true, false], ["true", 0]],
  ["null", { kind: "null" }, [null], [undefined, 0]],
  ["string enum", { kind: "enum", values: ["draft", "sent"] }, ["draft", "sent"], ["paid", "DRAFT"]],
  ["mixed enum", { kind: "enum", values: [1, "1", false] }, [1, "1", false], [true, 2, "one"]],
  ["const", { kind: "enum", values: ["person"] }, ["person"], ["company"]],
  ["empty enum (false schema)", { kind: "enum", values: [] }, [], ["x", null, {}]],
  ["unknown", { kind: "unknown" }, [1, "x", null, {}, []], []],
  ["nullable string", { kind: "union", variants: [{ kind: "string" }, { kind: "null" }] }, ["x", null], [undefined, 1]],
  [
    "union of string and integer",
    { kind: "union", variants: [{ kind: "string" }, { kind: "integer" }] },
    ["a", 1],
    [1.5, true, null],
  ],
  [
    "array bounds",
    { kind: "array", items: { kind: "integer" }, minItems: 1, maxItems: 2 },
    [[1], [1, 2]],
    [[], [1, 2, 3], ["1"]],
  ],
  ["ref", { kind: "ref", name: "Address" }, [{ city: "Lisbon" }], [{ city: "" }, {}]],
  [
    "map of integers",
    { kind: "object", properties: [], additional: { kind: "integer" } },
    [{}, { a: 1, b: 2 }],
    [{ a: "1" }, []],
  ],
  [
    "intersection of two objects",
    {
      kind: "intersection",
      parts: [
        { kind: "ref", name: "Address" },
        { kind: "object", properties: [{ name: "zip", required: true, schema: { kind: "string" } }], additional: true },
      ],
    },
    [{ city: "Lisbon", zip: "1000" }],
    [{ city: "Lisbon" }, { zip: "1000" }],
  ],
];

describe("generated zod expressions behave as the schema says", () => {
  it.each(rows)("%s", (_name, schema, valid, invalid) => {
    for (const direction of ["request", "response"] as const) {
      const compiled = compile(schema, direction);
      for (const value of valid) {
        expect(accepts(compiled, value), `${direction} accepts ${JSON.stringify(value)}`).toBe(true);
      }
      for (const value of invalid) {
        expect(accepts(compiled, value), `${direction} rejects ${JSON.stringify(value)}`).toBe(false);
      }
    }
  });
});

describe("objects on each side of the wire", () => {
  const user: SchemaIR = {
    kind: "object",
    properties: [
      { name: "id", required: true, schema: { kind: "string", readOnly: true } },
      { name: "name", required: true, schema: { kind: "string" } },
      { name: "password", required: true, schema: { kind: "string", writeOnly: true } },
      { name: "note", required: false, schema: { kind: "string" } },
    ],
    additional: true,
  };

  it("requests do not require readOnly fields", () => {
    const request = compile(user, "request");
    expect(request.parse({ name: "Ada", password: "pw" })).toEqual({ name: "Ada", password: "pw" });
    expect(accepts(request, { id: "u1", name: "Ada" })).toBe(false);
  });

  it("responses do not require writeOnly fields", () => {
    const response = compile(user, "response");
    expect(response.parse({ id: "u1", name: "Ada" })).toEqual({ id: "u1", name: "Ada" });
    expect(accepts(response, { name: "Ada", password: "pw" })).toBe(false);
  });

  it("optional fields may be left out but not be null", () => {
    const response = compile(user, "response");
    expect(accepts(response, { id: "u1", name: "Ada", note: "hi" })).toBe(true);
    expect(accepts(response, { id: "u1", name: "Ada", note: null })).toBe(false);
  });

  it("responses keep unknown fields, even of closed objects", () => {
    const closed: SchemaIR = { ...user, additional: false };
    expect(compile(closed, "response").parse({ id: "u1", name: "Ada", extra: 1 })).toEqual({
      id: "u1",
      name: "Ada",
      extra: 1,
    });
  });

  it("requests of closed objects refuse unknown fields (a misspelt field must not vanish)", () => {
    const closed: SchemaIR = { ...user, additional: false };
    const request = compile(closed, "request");
    expect(accepts(request, { name: "Ada", password: "pw" })).toBe(true);
    expect(accepts(request, { name: "Ada", password: "pw", passwrd: "x" })).toBe(false);
  });

  it("requests of open objects keep unknown fields", () => {
    expect(compile(user, "request").parse({ name: "Ada", password: "pw", extra: true })).toEqual({
      name: "Ada",
      password: "pw",
      extra: true,
    });
  });

  it("quoted property names work", () => {
    const schema: SchemaIR = {
      kind: "object",
      properties: [{ name: "first-name", required: true, schema: { kind: "string" } }],
      additional: true,
    };
    expect(accepts(compile(schema), { "first-name": "Ada" })).toBe(true);
    expect(accepts(compile(schema), { first_name: "Ada" })).toBe(false);
  });
});
