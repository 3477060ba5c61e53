// Arrays: items compared under `[]`, item-count bounds like any other bound.
import { describe, expect, it } from "vitest";
import { arrayOf, compare, int, nul, str, union } from "../../test/schema-diff.js";
import type { Direction, SchemaIR } from "../ir/types.js";

describe("compareSchemas: arrays", () => {
  it.each<[string, SchemaIR, SchemaIR, Direction, string[]]>([
    [
      "items no longer null",
      arrayOf(union(str, nul)),
      arrayOf(str),
      "request",
      ["! type-narrowed x[]: no longer null"],
    ],
    [
      "minimum item count raised, in a request",
      arrayOf(int, { minItems: 1 }),
      arrayOf(int, { minItems: 2 }),
      "request",
      ["! type-narrowed x: minimum item count 1 → 2"],
    ],
    [
      "maximum item count removed, in a response",
      arrayOf(int, { maxItems: 5 }),
      arrayOf(int),
      "response",
      ["! type-widened x: maximum item count 5 → (none)"],
    ],
    ["an array becomes a single value", arrayOf(str), str, "response", ["! type-changed x: string[] → string"]],
    ["a single value becomes an array", str, arrayOf(str), "request", ["! type-changed x: string → string[]"]],
  ])("%s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });
});
