import { describe, expect, it } from "vitest";
import type { NodeMapping } from "./mapping.js";
import { inlineObject, resolve } from "./resolve.js";

const int: NodeMapping = { kind: "scalar", type: "integer" };
const num: NodeMapping = { kind: "scalar", type: "number" };

describe("resolve", () => {
  it("follows a chain of refs to the concrete node, nullable only where one says so", () => {
    const definitions = { A: { kind: "ref", ref: "B" } as NodeMapping, B: int };
    expect(resolve({ kind: "ref", ref: "A" }, definitions)).toEqual({ node: int, nullable: false });
    expect(resolve({ kind: "ref", ref: "A", nullable: true }, definitions)).toEqual({ node: int, nullable: true });
  });

  it.each<[string, NodeMapping, boolean]>([
    ["a union with a nullable member", { kind: "union", of: [{ ...int, nullable: true }, num] }, true],
    ["a union without one", { kind: "union", of: [int, num] }, false],
    ["any", { kind: "any" }, true],
  ])("counts %s as nullable: %s", (_name, node, nullable) => {
    expect(resolve(node, {}).nullable).toBe(nullable);
  });

  it("reports broken mappings as TypeErrors that name the definition", () => {
    expect(() => resolve({ kind: "ref", ref: "Missing" }, {})).toThrow(
      new TypeError('@billforge/xml: mapping refers to unknown definition "Missing"'),
    );
    const cycle = { A: { kind: "ref", ref: "B" } as NodeMapping, B: { kind: "ref", ref: "A" } as NodeMapping };
    expect(() => resolve({ kind: "ref", ref: "A" }, cycle)).toThrow(
      new TypeError('@billforge/xml: definition "B" refers only to itself'),
    );
  });

  it("refuses an inline property that is not an object, naming it", () => {
    expect(() => inlineObject(int, {}, "/r/n")).toThrow(
      new TypeError("@billforge/xml: inline property /r/n must map to an object, not scalar"),
    );
  });
});
