import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./retry-after.js";

const now = Date.parse("2026-03-01T12:00:00Z");

describe("parseRetryAfter", () => {
  it.each([
    ["120", 120_000],
    [" 3 ", 3_000],
    ["0", 0],
    ["Sun, 01 Mar 2026 12:00:30 GMT", 30_000],
    ["Sunday, 01-Mar-26 12:01:00 GMT", 60_000],
    ["Sun Mar  1 12:00:05 2026", 5_000],
    ["Sun, 01 Mar 2026 11:00:00 GMT", 0],
  ])("%j → %i ms", (value, want) => {
    expect(parseRetryAfter(value, now)).toBe(want);
  });

  it.each([null, "", "-5", "1.5", "soon", "2026-03-01T12:00:30Z"])("ignores %j", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
