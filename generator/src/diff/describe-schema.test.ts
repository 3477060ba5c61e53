import { describe, expect, it } from "vitest";
import type { SchemaIR } from "../ir/types.js";
import { describeSchema } from "./describe-schema.js";

const ref = (name: string): SchemaIR => ({ kind: "ref", name });
const str = (format?: string): SchemaIR => (format === undefined ? { kind: "string" } : { kind: "string", format });

// The names change messages show: TypeScript-like, as a reader of the generated types sees them.
describe("describeSchema", () => {
  it.each<[string, SchemaIR, string]>([
    ["a named schema by its name", ref("Customer"), "Customer"],
    ["a plain string", str(), "string"],
    ["a string with its format", str("date-time"), "string (date-time)"],
    ["an enum as its literal union", { kind: "enum", values: ["open", "paid"] }, '"open" | "paid"'],
    ["enum values that are not strings, as JSON", { kind: "enum", values: [1, true, null] }, "1 | true | null"],
    ["an empty enum as never", { kind: "enum", values: [] }, "never"],
    ["an array of a name", { kind: "array", items: ref("Invoice") }, "Invoice[]"],
    ["an array of arrays", { kind: "array", items: { kind: "array", items: ref("Line") } }, "Line[][]"],
    ["an array of a formatted string, parenthesised", { kind: "array", items: str("date") }, "(string (date))[]"],
    [
      "an array of a union, parenthesised",
      { kind: "array", items: { kind: "union", variants: [ref("Card"), ref("Bank")] } },
      "(Card | Bank)[]",
    ],
    [
      "an array of an intersection, parenthesised",
      { kind: "array", items: { kind: "intersection", parts: [ref("Base"), ref("Extra")] } },
      "(Base & Extra)[]",
    ],
    ["a union", { kind: "union", variants: [ref("Card"), str(), { kind: "null" }] }, "Card | string | null"],
    ["an intersection", { kind: "intersection", parts: [ref("Base"), ref("Extra")] }, "Base & Extra"],
    ["an unconstrained schema as any", { kind: "unknown" }, "any"],
    ["a number by its kind", { kind: "number", minimum: 0 }, "number"],
    ["an integer by its kind", { kind: "integer" }, "integer"],
    ["a boolean by its kind", { kind: "boolean" }, "boolean"],
    ["an inline object by its kind", { kind: "object", properties: [], additional: true }, "object"],
  ])("shows %s", (_name, schema, want) => {
    expect(describeSchema(schema)).toBe(want);
  });
});
