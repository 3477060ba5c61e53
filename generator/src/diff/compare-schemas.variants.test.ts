// oneOf/anyOf: variants are paired before and after (identical ones first, then the same
// shape), paired variants compared, the rest reported as added or removed.
import { describe, expect, it } from "vitest";
import {
  arrayOf,
  bool,
  compare,
  components,
  enumOf,
  int,
  num,
  object,
  prop,
  ref,
  str,
  union,
} from "../../test/schema-diff.js";
import type { Direction, SchemaIR } from "../ir/types.js";

describe("compareSchemas: unions", () => {
  it.each<[string, SchemaIR, SchemaIR, Direction, string[]]>([
    [
      "every variant replaced",
      union(str, int),
      union(bool, arrayOf(str)),
      "response",
      ["! type-changed x: string | integer → boolean | string[]"],
    ],
    [
      "a single type becomes a union of other types",
      str,
      union(int, bool),
      "request",
      ["! type-changed x: string → integer | boolean"],
    ],
    [
      "a union becomes a single other type",
      union(int, bool),
      str,
      "request",
      ["! type-changed x: integer | boolean → string"],
    ],
    [
      "one variant replaced by another",
      union(str, int),
      union(str, bool),
      "request",
      ["- type-widened x: now also boolean", "! type-narrowed x: no longer integer"],
    ],
    ["variants reordered", union(str, int, bool), union(bool, str, int), "response", []],
    [
      "a variant of the same kind is compared with its counterpart",
      union({ kind: "integer", minimum: 1 }, str),
      union({ kind: "integer", minimum: 5 }, str),
      "request",
      ["! type-narrowed x: minimum value 1 → 5"],
    ],
    [
      "an integer variant pairs with a number variant",
      union(int, str),
      union(num, str),
      "response",
      ["! type-widened x: integer → number"],
    ],
    [
      "a string variant gains a format",
      union(str, bool),
      union({ kind: "string", format: "date" }, bool),
      "request",
      ["! type-narrowed x: format (none) → date"],
    ],
    [
      "an enum variant replaced by a string",
      union(enumOf("a"), int),
      union(str, int),
      "request",
      ["- type-widened x: now also string", '! type-narrowed x: no longer "a"'],
    ],
    [
      "a string variant replaced by an enum",
      union(str, int),
      union(enumOf("a"), int),
      "request",
      ['- type-widened x: now also "a"', "! type-narrowed x: no longer string"],
    ],
    // Identical variants pair first, so swapping two variants of one kind changes nothing.
    [
      "two integer variants swapped",
      union({ kind: "integer", minimum: 1 }, { kind: "integer", minimum: 2 }),
      union({ kind: "integer", minimum: 2 }, { kind: "integer", minimum: 1 }),
      "request",
      [],
    ],
    // A variant paired with its identical twin is not paired again with a look-alike.
    [
      "a formatted string added beside a plain one",
      union(str, int),
      union({ kind: "string", format: "date" }, str, int),
      "response",
      ["! type-widened x: now also string (date)"],
    ],
    // Enums pair by the types of their values.
    [
      "values added to a string enum and an integer enum, listed in another order",
      union(enumOf("a"), enumOf(1)),
      union(enumOf(1, 2), enumOf("a", "b")),
      "request",
      ['- enum-value-added x: enum value "b" added', "- enum-value-added x: enum value 2 added"],
    ],
    [
      "a value added to an enum of mixed types, listed in another order",
      union(enumOf("a", 1), bool),
      union(enumOf(1, "a", "b"), bool),
      "request",
      ['- enum-value-added x: enum value "b" added'],
    ],
  ])("%s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });

  it("pairs references only with the same component", () => {
    const before = components({ A: object([prop("a", str)]) });
    const after = components({ B: object([prop("a", str)]) });
    expect(compare(union(ref("A"), str), union(ref("B"), str), "response", { before, after })).toEqual([
      "! type-widened x: now also B",
      "- type-narrowed x: no longer A",
    ]);
  });

  it("pairs a reference to the same component even when its description changed", () => {
    const sides = { before: components({ A: str }), after: components({ A: int }) };
    const before = union({ kind: "ref", name: "A", description: "old" }, bool);
    const after = union({ kind: "ref", name: "A", description: "new" }, bool);
    expect(compare(before, after, "response", sides)).toEqual([]);
  });
});
