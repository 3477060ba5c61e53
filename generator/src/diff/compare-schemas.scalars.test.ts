// Strings, numbers, enums, booleans and `any`: which change narrows, widens or replaces a
// value, and the facet or bound it names.
import { describe, expect, it } from "vitest";
import { any, bool, compare, enumOf, int, nul, num, object, str } from "../../test/schema-diff.js";
import type { Direction, SchemaIR } from "../ir/types.js";

type Case = [string, SchemaIR, SchemaIR, Direction, string[]];

const date: SchemaIR = { kind: "string", format: "date" };

describe("compareSchemas: scalars", () => {
  it.each<Case>([
    ["any becomes a string, in a request", any, str, "request", ["! type-narrowed x: any → string"]],
    ["a string becomes any, in a response", str, any, "response", ["! type-widened x: string → any"]],
    ["a string becomes any, in a request", str, any, "request", ["- type-widened x: string → any"]],
    ["any, unchanged", any, any, "response", []],
    ["any becomes an object, in a request", any, object([]), "request", ["! type-narrowed x: any → object"]],
  ])("unknown: %s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });

  it.each<Case>([
    ["format added", str, date, "request", ["! type-narrowed x: format (none) → date"]],
    ["format removed", date, str, "response", ["! type-widened x: format date → (none)"]],
    [
      "format changed",
      date,
      { kind: "string", format: "date-time" },
      "request",
      ["! type-changed x: format date → date-time"],
    ],
    ["format unchanged", date, { kind: "string", format: "date" }, "request", []],
    ["pattern removed", { kind: "string", pattern: "^a" }, str, "request", ["- type-widened x: pattern ^a → (none)"]],
    [
      "pattern changed",
      { kind: "string", pattern: "^a" },
      { kind: "string", pattern: "^b" },
      "response",
      ["! type-changed x: pattern ^a → ^b"],
    ],
    [
      "minimum length added",
      str,
      { kind: "string", minLength: 1 },
      "request",
      ["! type-narrowed x: minimum length (none) → 1"],
    ],
    [
      "maximum length lowered",
      { kind: "string", maxLength: 10 },
      { kind: "string", maxLength: 5 },
      "request",
      ["! type-narrowed x: maximum length 10 → 5"],
    ],
  ])("string: %s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });

  it.each<Case>([
    ["integer becomes number, in a response", int, num, "response", ["! type-widened x: integer → number"]],
    ["integer becomes number, in a request", int, num, "request", ["- type-widened x: integer → number"]],
    ["number becomes integer, in a request", num, int, "request", ["! type-narrowed x: number → integer"]],
    ["number, unchanged", num, num, "request", []],
    ["string becomes number", str, num, "request", ["! type-changed x: string → number"]],
    ["string becomes integer", str, int, "request", ["! type-changed x: string → integer"]],
    ["number becomes string", num, str, "response", ["! type-changed x: number → string"]],
    ["integer becomes string", int, str, "response", ["! type-changed x: integer → string"]],
  ])("number: %s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });

  // Each bound on its own: a higher minimum or a lower maximum narrows, the reverse widens.
  it.each<[string, object, object, string]>([
    ["minimum added", {}, { minimum: 0 }, "- type-narrowed x: minimum value (none) → 0"],
    ["minimum removed", { minimum: 0 }, {}, "! type-widened x: minimum value 0 → (none)"],
    ["minimum raised", { minimum: 1 }, { minimum: 2 }, "- type-narrowed x: minimum value 1 → 2"],
    ["minimum lowered", { minimum: 2 }, { minimum: 1 }, "! type-widened x: minimum value 2 → 1"],
    ["maximum added", {}, { maximum: 9 }, "- type-narrowed x: maximum value (none) → 9"],
    ["maximum removed", { maximum: 9 }, {}, "! type-widened x: maximum value 9 → (none)"],
    ["maximum lowered", { maximum: 9 }, { maximum: 8 }, "- type-narrowed x: maximum value 9 → 8"],
    ["maximum raised", { maximum: 8 }, { maximum: 9 }, "! type-widened x: maximum value 8 → 9"],
    [
      "exclusive minimum raised",
      { exclusiveMinimum: 0 },
      { exclusiveMinimum: 1 },
      "- type-narrowed x: minimum value 0 → 1",
    ],
    ["exclusive maximum removed", { exclusiveMaximum: 1 }, {}, "! type-widened x: maximum value 1 → (none)"],
  ])("bounds, in a response: %s", (_name, before, after, want) => {
    expect(compare({ kind: "number", ...before }, { kind: "number", ...after }, "response")).toEqual([want]);
  });

  it.each<Case>([
    [
      "values added and removed, in a request",
      enumOf("a", "b"),
      enumOf("b", "c"),
      "request",
      ['- enum-value-added x: enum value "c" added', '! enum-value-removed x: enum value "a" removed'],
    ],
    [
      "values added and removed, in a response",
      enumOf(1, 2),
      enumOf(2, 3),
      "response",
      ["! enum-value-added x: enum value 3 added", "- enum-value-removed x: enum value 1 removed"],
    ],
    ["values reordered", enumOf("a", "b"), enumOf("b", "a"), "request", []],
  ])("enum: %s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });

  // An enum whose every value the new type accepts has widened into it (and the reverse
  // narrowed); otherwise the type changed.
  it.each<[string, SchemaIR, SchemaIR, string]>([
    ["string values to string", enumOf("a", "b"), str, 'type-widened x: "a" | "b" → string'],
    ["number values to number", enumOf(1.5), num, "type-widened x: 1.5 → number"],
    ["whole numbers to integer", enumOf(1, 2), int, "type-widened x: 1 | 2 → integer"],
    ["whole numbers to number", enumOf(1), num, "type-widened x: 1 → number"],
    ["a fraction to integer", enumOf(1.5), int, "type-changed x: 1.5 → integer"],
    ["booleans to boolean", enumOf(true), bool, "type-widened x: true → boolean"],
    ["mixed values to string", enumOf("a", 1), str, 'type-changed x: "a" | 1 → string'],
    ["string values to number", enumOf("a"), num, 'type-changed x: "a" → number'],
    ["a number to boolean", enumOf(1), bool, "type-changed x: 1 → boolean"],
    ["a boolean to an object", enumOf(true), object([]), "type-changed x: true → object"],
    ["null to null", enumOf(null), nul, "type-changed x: null → null"],
    ["string to string values", str, enumOf("a"), 'type-narrowed x: string → "a"'],
    ["integer to whole numbers", int, enumOf(1, 2), "type-narrowed x: integer → 1 | 2"],
    ["string to mixed values", str, enumOf("a", 1), 'type-changed x: string → "a" | 1'],
    ["an object to a boolean", object([]), enumOf(true), "type-changed x: object → true"],
  ])("enum and type: %s", (_name, before, after, want) => {
    expect(compare(before, after, "request").map((line) => line.slice(2))).toEqual([want]);
  });

  it.each<Case>([
    ["boolean, unchanged", bool, bool, "request", []],
    ["null, unchanged", nul, nul, "request", []],
    ["boolean becomes null", bool, nul, "response", ["! type-changed x: boolean → null"]],
    ["null becomes boolean", nul, bool, "request", ["! type-changed x: null → boolean"]],
    ["boolean becomes string", bool, str, "request", ["! type-changed x: boolean → string"]],
  ])("boolean and null: %s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });
});
