import { describe, expect, it } from "vitest";
import { code, type LiteralValue, literalSource } from "./literal-writer.js";

describe("literalSource", () => {
  it.each<[string, LiteralValue, string]>([
    ["string, JSON-escaped", 'say "hi"\n', '"say \\"hi\\"\\n"'],
    ["number", 4.5, "4.5"],
    ["boolean", false, "false"],
    ["null", null, "null"],
    ["code is inserted as is", code("schemas.InvoiceSchema"), "schemas.InvoiceSchema"],
    ["empty object", {}, "{}"],
    ["object with only undefined values", { a: undefined }, "{}"],
    ["empty array", [], "[]"],
    ["scalar array on one line", ["a", 1, true, null], '["a", 1, true, null]'],
    [
      "object: one property per line, undefined left out",
      { id: "x", skip: undefined, n: 1 },
      '{\n  id: "x",\n  n: 1,\n}',
    ],
    [
      "keys that are not identifiers are quoted",
      { "first-name": 1, $ok: 2, "1st": 3 },
      '{\n  "first-name": 1,\n  $ok: 2,\n  "1st": 3,\n}',
    ],
    ["array of objects, one per line", [{ a: 1 }, { b: [] }], "[\n  {\n    a: 1,\n  },\n  {\n    b: [],\n  },\n]"],
    [
      "multi-line code continues at its depth, blank lines stay empty",
      { a: [code("f({\n  b: 1,\n\n})")] },
      "{\n  a: [\n    f({\n      b: 1,\n\n    }),\n  ],\n}",
    ],
    ["array holding code is not a scalar array", [code("x()"), "y"], '[\n  x(),\n  "y",\n]'],
    [
      "nested objects and arrays indent once per level",
      { security: [["key"], ["basic", "key"]], pagination: { style: "page", items: "/data" } },
      '{\n  security: [\n    ["key"],\n    ["basic", "key"],\n  ],\n  pagination: {\n    style: "page",\n    items: "/data",\n  },\n}',
    ],
  ])("%s", (_name, value, want) => {
    expect(literalSource(value)).toBe(want);
  });

  it("keeps object key order as given (callers decide the order)", () => {
    expect(literalSource({ b: 1, a: 2 })).toBe("{\n  b: 1,\n  a: 2,\n}");
  });
});
