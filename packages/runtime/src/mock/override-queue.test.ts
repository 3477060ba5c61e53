import { describe, expect, it } from "vitest";
import { OverrideQueue } from "./override-queue.js";

describe("OverrideQueue", () => {
  it("serves entries with times first, in order, then the permanent one", () => {
    const queue = new OverrideQueue();
    queue.add("op", { status: 503 }, 2);
    queue.add("op", { status: 429 }, 1);
    queue.add("op", { status: 200 }, undefined);
    const served = Array.from({ length: 5 }, () => (queue.next("op") as { status: number }).status);
    expect(served).toEqual([503, 503, 429, 200, 200]);
    expect(queue.next("other")).toBeUndefined();
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses times = %s", (times) => {
    expect(() => new OverrideQueue().add("op", { status: 200 }, times)).toThrow(/positive integer/);
  });

  it("forgets everything on clear", () => {
    const queue = new OverrideQueue();
    queue.add("op", { status: 200 }, undefined);
    queue.clear();
    expect(queue.next("op")).toBeUndefined();
  });
});
