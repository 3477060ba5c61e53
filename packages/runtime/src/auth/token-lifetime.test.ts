import { describe, expect, it } from "vitest";
import { MAX_TOKEN_LIFETIME_S, MIN_TOKEN_LIFETIME_S, tokenLifetimeMs } from "./token-lifetime.js";

describe("tokenLifetimeMs", () => {
  it.each([
    ["absent: kept until a 401", undefined, undefined],
    ["a normal lifetime", 3600, 3_600_000],
    ["a numeric string", "3600", 3_600_000],
    ["a fractional string", " 90.5 ", 90_500],
    ["0, raised to the floor", 0, MIN_TOKEN_LIFETIME_S * 1000],
    ['"0", raised to the floor', "0", MIN_TOKEN_LIFETIME_S * 1000],
    ["0.001, raised to the floor", 0.001, MIN_TOKEN_LIFETIME_S * 1000],
    ["a negative lifetime: garbage", -5, MIN_TOKEN_LIFETIME_S * 1000],
    ["text: garbage", "soon", MIN_TOKEN_LIFETIME_S * 1000],
    ["null: garbage", null, MIN_TOKEN_LIFETIME_S * 1000],
    ["NaN: garbage", Number.NaN, MIN_TOKEN_LIFETIME_S * 1000],
    ["Infinity: garbage", Number.POSITIVE_INFINITY, MIN_TOKEN_LIFETIME_S * 1000],
    ["an object: garbage", { seconds: 10 }, MIN_TOKEN_LIFETIME_S * 1000],
    ["a list holding a number: garbage", [3600], MIN_TOKEN_LIFETIME_S * 1000],
    ["an exponent in a string: not plain seconds", "1e4", MIN_TOKEN_LIFETIME_S * 1000],
    ["hex in a string: not plain seconds", "0x1000", MIN_TOKEN_LIFETIME_S * 1000],
    ["a year, lowered to the ceiling", 365 * 86_400, MAX_TOKEN_LIFETIME_S * 1000],
  ])("%s", (_name, expiresIn, expected) => {
    expect(tokenLifetimeMs(expiresIn)).toBe(expected);
  });

  it("bounds to one minute and one day", () => {
    expect([MIN_TOKEN_LIFETIME_S, MAX_TOKEN_LIFETIME_S]).toEqual([60, 86_400]);
  });
});
