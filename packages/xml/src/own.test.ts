import { describe, expect, it } from "vitest";
import { setOwn } from "./own.js";

describe("setOwn", () => {
  it("makes __proto__ an ordinary own property, and leaves the prototype alone", () => {
    const target: Record<string, unknown> = {};
    setOwn(target, "__proto__", { polluted: true });
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(target, "__proto__")).toEqual({
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
});
