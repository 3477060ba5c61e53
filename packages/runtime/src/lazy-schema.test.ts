import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lazySchema } from "./lazy-schema.js";

describe("lazySchema", () => {
  it("builds nothing until first use, then builds once", () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return z.string();
    });
    expect(builds).toBe(0);
    expect(schema()).toBe(schema());
    expect(builds).toBe(1);
  });
});
