// Nullability is compared apart from the type it wraps: `T | null` against `T` says only
// "now also null" / "no longer null", and the rest is compared as if null were not there.
import { describe, expect, it } from "vitest";
import { compare, components, enumOf, int, nul, ref, str, union } from "../../test/schema-diff.js";
import type { Direction, SchemaIR } from "../ir/types.js";

describe("compareSchemas: null", () => {
  it.each<[string, SchemaIR, SchemaIR, Direction, string[]]>([
    ["a string becomes nullable, in a response", str, union(str, nul), "response", ["! type-widened x: now also null"]],
    ["a string becomes nullable, in a request", str, union(str, nul), "request", ["- type-widened x: now also null"]],
    [
      "a nullable string is no longer null, in a request",
      union(str, nul),
      str,
      "request",
      ["! type-narrowed x: no longer null"],
    ],
    [
      "a nullable string is no longer null, in a response",
      union(str, nul),
      str,
      "response",
      ["- type-narrowed x: no longer null"],
    ],
    ["a nullable string, unchanged", union(str, nul), union(str, nul), "request", []],
    [
      "a nullable string becomes a nullable integer",
      union(str, nul),
      union(int, nul),
      "response",
      ["! type-changed x: string → integer"],
    ],
    // With null set aside, two variants stay a union and one is compared as itself.
    [
      "a variant dropped from a nullable union",
      union(str, int, nul),
      union(str, nul),
      "request",
      ["! type-narrowed x: no longer integer"],
    ],
    [
      "a nullable enum becomes a nullable string, in a response",
      union(enumOf("a"), nul),
      union(str, nul),
      "response",
      ['! type-widened x: "a" → string'],
    ],
    [
      "a union of null alone becomes a nullable string",
      union(nul),
      union(str, nul),
      "request",
      ["! type-changed x: null → string"],
    ],
    [
      "a union of null alone is no longer null",
      union(nul),
      str,
      "request",
      ["! type-narrowed x: no longer null", "! type-changed x: null → string"],
    ],
  ])("%s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });

  it("follows a nullable reference to a renamed component", () => {
    const before = components({ A: str });
    const after = components({ B: int });
    expect(compare(union(ref("A"), nul), union(ref("B"), nul), "response", { before, after })).toEqual([
      "! type-changed x: string → integer",
    ]);
  });

  it("sees no change when a nullable reference is inlined unchanged", () => {
    const sides = { before: components({ A: str }), after: components() };
    expect(compare(union(ref("A"), nul), union(str, nul), "response", sides)).toEqual([]);
  });
});
