import { afterEach, describe, expect, it } from "vitest";
import { safeJsonParse } from "./safe-json-parse.js";

/** The kind of deep merge found in real code bases, which is what prototype pollution exploits. */
function naiveMerge(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (typeof value === "object" && value !== null && typeof target[key] === "object" && target[key] !== null) {
      naiveMerge(target[key] as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      target[key] = value;
    }
  }
  return target;
}

describe("safeJsonParse", () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it.each([
    ["a literal __proto__ key", '{"__proto__": {"polluted": true}, "id": 1}'],
    ["an escaped __proto__ key", '{"\\u005f_proto__": {"polluted": true}, "id": 1}'],
    ["a fully escaped key", '{"\\u005f\\u005f\\u0070roto\\u005f\\u005f": {"polluted": true}, "id": 1}'],
    ["a nested __proto__ key", '{"id": 1, "nested": {"__proto__": {"polluted": true}}}'],
    ["__proto__ inside an array", '{"id": 1, "items": [{"__proto__": {"polluted": true}}]}'],
  ])("drops %s", (_name, text) => {
    const value = safeJsonParse(text) as Record<string, unknown>;
    expect(value.id).toBe(1);
    expect(JSON.stringify(value)).not.toContain("polluted");
    naiveMerge({}, value);
    Object.assign({}, value);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("keeps constructor and prototype as plain data, leaving Object.prototype untouched", () => {
    const value = safeJsonParse('{"constructor": {"prototype": {"polluted": true}}, "prototype": 1}') as Record<
      string,
      unknown
    >;
    expect(Object.hasOwn(value, "constructor")).toBe(true);
    expect(value.prototype).toBe(1);
    Object.assign({}, value);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ["null", null],
    ["[1,2]", [1, 2]],
    ['"\\u00e9t\\u00e9"', "été"],
    ['{"a":{"b":[true,false,null,1.5e3]}}', { a: { b: [true, false, null, 1500] } }],
  ])("parses %s like JSON.parse", (text, want) => {
    expect(safeJsonParse(text)).toEqual(want);
  });

  it("throws on malformed JSON", () => {
    expect(() => safeJsonParse("{")).toThrow(SyntaxError);
  });
});
