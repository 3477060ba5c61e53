import { describe, expect, it } from "vitest";
import { headerProblem, headerText } from "./headers.js";

describe("headerProblem", () => {
  it.each([
    ["X-API-Key", "abc123", undefined],
    ["X-Note", "tabs\tand spaces are fine", undefined],
    ["X-Latin1", "café", undefined],
    ["X-Evil", "a\r\nX-Injected: 1", /CR, LF or NUL/],
    ["X-Evil", "a\nb", /CR, LF or NUL/],
    ["X-Evil", "a\rb", /CR, LF or NUL/],
    ["X-Evil", "a\0b", /CR, LF or NUL/],
    ["X-Emoji", "🙂", /Latin-1/],
    ["Bad Name", "x", /not a valid HTTP token/],
    ["X-Bad\r\nName", "x", /not a valid HTTP token/],
    ["", "x", /not a valid HTTP token/],
  ])("%j: %j", (name, value, want) => {
    const problem = headerProblem(name, value);
    if (want === undefined) {
      expect(problem).toBeUndefined();
    } else {
      expect(problem).toMatch(want);
    }
  });
});

describe("headerText", () => {
  it.each([
    ["text", "text"],
    [42, "42"],
    [true, "true"],
    [["a", 1], "a,1"],
    [{ a: 1 }, undefined],
    [[{ a: 1 }], undefined],
  ])("%j → %j", (value, want) => {
    expect(headerText(value)).toBe(want);
  });
});
