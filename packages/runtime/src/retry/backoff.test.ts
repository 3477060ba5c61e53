import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff.js";

const settings = { retryBaseDelayMs: 500, retryMaxDelayMs: 30_000 };

describe("retryDelayMs", () => {
  it.each([
    [0, 500],
    [1, 1_000],
    [2, 2_000],
    [5, 16_000],
    [6, 30_000],
    [20, 30_000],
  ])("retry %i draws below min(cap, base·2^n) = %i", (retryIndex, ceiling) => {
    expect(retryDelayMs(retryIndex, settings, undefined, () => 0)).toBe(0);
    expect(retryDelayMs(retryIndex, settings, undefined, () => 0.5)).toBe(ceiling / 2);
    expect(retryDelayMs(retryIndex, settings, undefined, () => 0.999_999)).toBe(ceiling - 1);
  });

  it("stays within the jitter bounds over many draws, and actually spreads", () => {
    const draws = Array.from({ length: 1_000 }, () => retryDelayMs(3, settings, undefined));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(4_000);
    expect(new Set(draws).size).toBeGreaterThan(100);
  });

  it("honours Retry-After without jitter, up to the cap", () => {
    expect(retryDelayMs(0, settings, 7_000, () => 0)).toBe(7_000);
    expect(retryDelayMs(0, settings, 0, () => 0.9)).toBe(0);
    expect(retryDelayMs(0, settings, 3_600_000)).toBe(30_000);
  });
});
