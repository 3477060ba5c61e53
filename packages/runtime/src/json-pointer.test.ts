import { describe, expect, it } from "vitest";
import { getByPointer, parsePointer, setByPointer } from "./json-pointer.js";

describe("getByPointer", () => {
  const document = { data: { invoices: [{ id: 1 }, { id: 2 }], "a/b": "slash", "m~n": "tilde" } };

  it.each([
    ["", document],
    ["/data/invoices/1/id", 2],
    ["/data/a~1b", "slash"],
    ["/data/m~0n", "tilde"],
    ["/data/invoices/2", undefined],
    ["/data/invoices/01", undefined],
    ["/data/missing/deeper", undefined],
    ["/data/invoices/length", undefined],
    ["/data/toString", undefined],
    ["/__proto__", undefined],
  ])("%s", (pointer, want) => {
    expect(getByPointer(document, pointer)).toEqual(want);
  });

  it("refuses a pointer without a leading slash", () => {
    expect(() => parsePointer("data")).toThrow(/must start with/);
  });
});

describe("setByPointer", () => {
  it("returns a copy with the value set, creating objects on the way", () => {
    const args = { query: { size: 10 }, path: { id: 1 } };
    const next = setByPointer(args, "/query/page", 2);
    expect(next).toEqual({ query: { size: 10, page: 2 }, path: { id: 1 } });
    expect(args.query).toEqual({ size: 10 });
    expect(next.path).toBe(args.path);
    expect(setByPointer({}, "/body/filters/page", 3)).toEqual({ body: { filters: { page: 3 } } });
  });

  it.each(["/__proto__/polluted", "/query/constructor"])("refuses to write through %s", (pointer) => {
    expect(() => setByPointer({}, pointer, true)).toThrow(/Refusing/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
