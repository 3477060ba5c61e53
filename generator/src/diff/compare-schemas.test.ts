import { describe, expect, it } from "vitest";
import type { Direction, PropertyIR, SchemaIR } from "../ir/types.js";
import { compareSchemas, type SchemaSides } from "./compare-schemas.js";

const str: SchemaIR = { kind: "string" };
const int: SchemaIR = { kind: "integer" };
const ref = (name: string): SchemaIR => ({ kind: "ref", name });
const prop = (name: string, schema: SchemaIR, required = true): PropertyIR => ({ name, schema, required });
const object = (properties: PropertyIR[], additional: boolean | SchemaIR = true): SchemaIR => ({
  kind: "object",
  properties,
  additional,
});
const union = (...variants: SchemaIR[]): SchemaIR => ({ kind: "union", variants });
const components = (entries: Record<string, SchemaIR> = {}) => new Map(Object.entries(entries));

/** `! kind where: message` for a breaking finding, `- kind where: message` otherwise. */
function compare(before: SchemaIR, after: SchemaIR, direction: Direction, sides?: Partial<SchemaSides>): string[] {
  const all: SchemaSides = { before: sides?.before ?? components(), after: sides?.after ?? components() };
  return compareSchemas(before, after, direction, "x", all).map(
    (f) => `${f.breaking ? "!" : "-"} ${f.kind} ${f.where}: ${f.message}`,
  );
}

describe("compareSchemas", () => {
  it.each<[string, SchemaIR, SchemaIR, Direction, string[]]>([
    ["same schema", str, str, "request", []],
    [
      "variant added to a union, in a response",
      union(str, int),
      union(str, int, { kind: "boolean" }),
      "response",
      ["! type-widened x: now also boolean"],
    ],
    [
      "variant removed from a union, in a request",
      union(str, int),
      str,
      "request",
      ["! type-narrowed x: no longer integer"],
    ],
    [
      "a single type becomes a union, in a request",
      str,
      union(str, int),
      "request",
      ["- type-widened x: now also integer"],
    ],
    ["unrelated types", str, { kind: "boolean" }, "response", ["! type-changed x: string → boolean"]],
    [
      "a union of a string enum and an integer enum, unchanged",
      union({ kind: "enum", values: ["1", "0"] }, { kind: "enum", values: [1, 0] }),
      union({ kind: "enum", values: ["1", "0"] }, { kind: "enum", values: [1, 0] }),
      "request",
      [],
    ],
    [
      "a value added to the integer enum of a union of enums",
      union({ kind: "enum", values: ["1", "0"] }, { kind: "enum", values: [1, 0] }),
      union({ kind: "enum", values: ["1", "0"] }, { kind: "enum", values: [1, 0, 2] }),
      "request",
      ["- enum-value-added x: enum value 2 added"],
    ],
    [
      "any value becomes a string, in a request",
      { kind: "unknown" },
      str,
      "request",
      ["! type-narrowed x: any → string"],
    ],
    [
      "enum becomes a plain string, in a response",
      { kind: "enum", values: ["a"] },
      str,
      "response",
      ['! type-widened x: "a" → string'],
    ],
    [
      "string becomes an enum, in a request",
      str,
      { kind: "enum", values: ["a"] },
      "request",
      ['! type-narrowed x: string → "a"'],
    ],
    [
      "minimum raised, in a request",
      { kind: "integer", minimum: 1 },
      { kind: "integer", minimum: 5 },
      "request",
      ["! type-narrowed x: minimum value 1 → 5"],
    ],
    [
      "maximum removed, in a response",
      { kind: "integer", maximum: 9 },
      int,
      "response",
      ["! type-widened x: maximum value 9 → (none)"],
    ],
    [
      "pattern added, in a response",
      str,
      { kind: "string", pattern: "^a" },
      "response",
      ["- type-narrowed x: pattern (none) → ^a"],
    ],
    [
      "array items change",
      { kind: "array", items: int },
      { kind: "array", items: str },
      "request",
      ["! type-changed x[]: integer → string"],
    ],
    [
      "extra properties refused, in a request",
      object([], true),
      object([], false),
      "request",
      ["! type-narrowed x: extra properties: any → none"],
    ],
    [
      "extra properties' type widened, in a response",
      object([], str),
      object([], union(str, int)),
      "response",
      ["! type-widened x[*]: now also integer"],
    ],
    // readOnly fields are not part of what a client sends, writeOnly ones not of what it receives.
    [
      "a readOnly field removed, in a request",
      object([prop("id", { ...str, readOnly: true })]),
      object([]),
      "request",
      [],
    ],
    [
      "a readOnly field removed, in a response",
      object([prop("id", { ...str, readOnly: true })]),
      object([]),
      "response",
      ["! field-removed x.id: field id removed"],
    ],
    [
      "a writeOnly field made required, in a response",
      object([prop("pw", { ...str, writeOnly: true }, false)]),
      object([prop("pw", { ...str, writeOnly: true })]),
      "response",
      [],
    ],
  ])("%s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });

  it("a reference to the same component is not followed (the component is compared under its own name)", () => {
    const before = components({ A: object([prop("a", str)]) });
    const after = components({ A: object([]) });
    expect(compare(ref("A"), ref("A"), "response", { before, after })).toEqual([]);
  });

  it("allOf parts are merged into one object before comparing", () => {
    const base = components({ Base: object([prop("id", int)]) });
    const before = { kind: "intersection", parts: [ref("Base"), object([prop("name", str)])] } as const;
    const after = { kind: "intersection", parts: [ref("Base"), object([prop("name", str, false)])] } as const;
    expect(compare(before, after, "response", { before: base, after: base })).toEqual([
      "! field-made-optional x.name: field name now optional",
    ]);
  });

  it("ends on mutually recursive schemas renamed on one side, reporting each change once", () => {
    const before = components({
      A: object([prop("b", ref("B"), false), prop("n", int)]),
      B: object([prop("a", ref("A"), false)]),
    });
    const after = components({
      A2: object([prop("b", ref("B2"), false), prop("n", str)]),
      B2: object([prop("a", ref("A2"), false)]),
    });
    expect(compare(ref("A"), ref("A2"), "response", { before, after })).toEqual([
      "! type-changed x.n: integer → string",
    ]);
  });
});
