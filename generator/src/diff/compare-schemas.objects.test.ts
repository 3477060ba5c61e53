// Objects and allOf: fields by name (what a direction cannot see is left out), required-ness,
// extra properties, and allOf parts merged into one object.
import { describe, expect, it } from "vitest";
import { allOf, bool, compare, int, object, prop, str } from "../../test/schema-diff.js";
import type { Direction, SchemaIR } from "../ir/types.js";

type Case = [string, SchemaIR, SchemaIR, Direction, string[]];

/** An object inside `depth` allOfs of one part each. */
function nested(depth: number, inner: SchemaIR): SchemaIR {
  return depth === 0 ? inner : allOf(nested(depth - 1, inner));
}

describe("compareSchemas: objects", () => {
  it.each<Case>([
    [
      "a field removed, in a request",
      object([prop("a", str)]),
      object([]),
      "request",
      ["! field-removed x.a: field a removed"],
    ],
    [
      "fields unchanged",
      object([prop("a", str), prop("b", int, false)]),
      object([prop("a", str), prop("b", int, false)]),
      "request",
      [],
    ],
    [
      "a field's type changed",
      object([prop("a", str)]),
      object([prop("a", int)]),
      "response",
      ["! type-changed x.a: string → integer"],
    ],
    [
      "a field made required, in a request",
      object([prop("a", str, false)]),
      object([prop("a", str)]),
      "request",
      ["! field-made-required x.a: field a now required"],
    ],
    [
      "a field made required, in a response",
      object([prop("a", str, false)]),
      object([prop("a", str)]),
      "response",
      ["- field-made-required x.a: field a now required"],
    ],
    [
      "a field made optional, in a response",
      object([prop("a", str)]),
      object([prop("a", str, false)]),
      "response",
      ["! field-made-optional x.a: field a now optional"],
    ],
    [
      "a field made optional, in a request",
      object([prop("a", str)]),
      object([prop("a", str, false)]),
      "request",
      ["- field-made-optional x.a: field a now optional"],
    ],
    // Only a required field added to what the client sends breaks callers.
    [
      "a required field added, in a request",
      object([]),
      object([prop("b", str)]),
      "request",
      ["! field-added x.b: required field b added (string)"],
    ],
    [
      "an optional field added, in a request",
      object([]),
      object([prop("b", int, false)]),
      "request",
      ["- field-added x.b: optional field b added (integer)"],
    ],
    [
      "a required field added, in a response",
      object([]),
      object([prop("b", str)]),
      "response",
      ["- field-added x.b: required field b added (string)"],
    ],
    [
      "an optional field added, in a response",
      object([]),
      object([prop("b", str, false)]),
      "response",
      ["- field-added x.b: optional field b added (string)"],
    ],
    // readOnly fields are seen only in responses, writeOnly fields only in requests.
    [
      "a readOnly field made required, in a response",
      object([prop("id", { ...str, readOnly: true }, false)]),
      object([prop("id", { ...str, readOnly: true })]),
      "response",
      ["- field-made-required x.id: field id now required"],
    ],
    [
      "a readOnly field made required, in a request",
      object([prop("id", { ...str, readOnly: true }, false)]),
      object([prop("id", { ...str, readOnly: true })]),
      "request",
      [],
    ],
    [
      "a writeOnly field removed, in a request",
      object([prop("pw", { ...str, writeOnly: true })]),
      object([]),
      "request",
      ["! field-removed x.pw: field pw removed"],
    ],
    [
      "a writeOnly field removed, in a response",
      object([prop("pw", { ...str, writeOnly: true })]),
      object([]),
      "response",
      [],
    ],
  ])("fields: %s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });

  it("names fields alone at the top of a schema (where is empty)", () => {
    const before = object([prop("a", str), prop("gone", str)]);
    const after = object([prop("a", int), prop("b", str, false)]);
    expect(compare(before, after, "request", { where: "" })).toEqual([
      "! type-changed a: string → integer",
      "! field-removed gone: field gone removed",
      "- field-added b: optional field b added (string)",
    ]);
  });

  // Extra properties: a schema for them is more open than none, less than any.
  it.each<[string, boolean | SchemaIR, boolean | SchemaIR, Direction, string[]]>([
    ["any → none", true, false, "request", ["! type-narrowed x: extra properties: any → none"]],
    ["none → any", false, true, "response", ["! type-widened x: extra properties: none → any"]],
    ["any → typed", true, str, "request", ["! type-narrowed x: extra properties: any → string"]],
    ["typed → any", str, true, "response", ["! type-widened x: extra properties: string → any"]],
    ["none → typed", false, str, "response", ["! type-widened x: extra properties: none → string"]],
    ["typed → none", str, false, "request", ["! type-narrowed x: extra properties: string → none"]],
    ["any, unchanged", true, true, "request", []],
    ["none, unchanged", false, false, "response", []],
    ["typed, their type changed", str, int, "request", ["! type-changed x[*]: string → integer"]],
  ])("extra properties: %s", (_name, before, after, direction, want) => {
    expect(compare(object([], before), object([], after), direction)).toEqual(want);
  });

  it.each<Case>([
    [
      "allOf of objects against the same fields in one object",
      allOf(object([prop("a", str)]), object([prop("b", int)])),
      object([prop("a", str), prop("b", int)]),
      "request",
      [],
    ],
    // A field required by any part is required.
    [
      "a field required by the first part only, then by none",
      allOf(object([prop("id", int)]), object([prop("id", int, false)])),
      allOf(object([prop("id", int, false)]), object([prop("id", int, false)])),
      "response",
      ["! field-made-optional x.id: field id now optional"],
    ],
    [
      "a field required by the second part only, then by none",
      allOf(object([prop("id", int, false)]), object([prop("id", int)])),
      object([prop("id", int, false)]),
      "response",
      ["! field-made-optional x.id: field id now optional"],
    ],
    // One closed part closes the merged object.
    [
      "a part stops refusing extra properties",
      allOf(object([prop("a", str)]), object([prop("b", str)], false)),
      allOf(object([prop("a", str)]), object([prop("b", str)])),
      "response",
      ["! type-widened x: extra properties: none → any"],
    ],
    [
      "a part with typed extra properties keeps the merged object open",
      allOf(object([prop("a", str)], str), object([prop("b", str)])),
      object([prop("a", str), prop("b", str)]),
      "response",
      [],
    ],
    // An allOf that is not all objects is compared part by part.
    [
      "allOf with a part that is not an object",
      allOf(object([prop("a", str)]), str),
      allOf(object([prop("a", str)]), int),
      "request",
      ["! type-changed x: string → integer"],
    ],
    [
      "allOf parts added",
      allOf(object([]), str),
      allOf(object([]), str, bool),
      "request",
      ["! type-changed x: object & string → object & string & boolean"],
    ],
    [
      "allOf becomes a plain type",
      allOf(object([]), str),
      str,
      "request",
      ["! type-changed x: object & string → string"],
    ],
    [
      "a plain type becomes an allOf",
      str,
      allOf(object([]), str),
      "request",
      ["! type-changed x: string → object & string"],
    ],
    [
      "allOf, seventeen levels deep, against its object",
      nested(17, object([prop("a", str)])),
      object([prop("a", str)]),
      "request",
      [],
    ],
  ])("allOf: %s", (_name, before, after, direction, want) => {
    expect(compare(before, after, direction)).toEqual(want);
  });
});
