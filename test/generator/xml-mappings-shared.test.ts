/**
 * Two operations with the same inline XML body (Petstore's findPetsByStatus and
 * findPetsByTags) share one mapping's parts, never the mapping itself: each entry of
 * `xmlMappings` stays a mapping with its root, node and definitions.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REAL_SPECS, specPath } from "../corpus/real-specs.js";
import { loadGenerated } from "./support/evaluate.js";
import { generateSpec } from "./support/fixtures.js";

const petstore = REAL_SPECS.find((spec) => spec.name === "petstore");

describe("xml-mappings.gen.ts of repeated inline bodies", () => {
  it("writes every body mapping whole, sharing only the node inside", async () => {
    if (petstore === undefined) {
      throw new Error("the corpus has no petstore spec");
    }
    const files = Object.fromEntries(
      (await generateSpec(specPath(petstore), join("corpus", petstore.file), "lenient")).map((f) => [
        f.path,
        f.content,
      ]),
    );
    const { xmlMappings } = loadGenerated(files, "xml-mappings.gen.ts") as {
      xmlMappings: Record<string, { root?: string; node?: { kind?: string }; definitions?: object }>;
    };
    const byStatus = xmlMappings["findPetsByStatus.200"];
    const byTags = xmlMappings["findPetsByTags.200"];
    expect(byStatus).toMatchObject({ root: "root", node: { kind: "array" } });
    expect(byStatus?.definitions).toBeDefined();
    // The same node, written once.
    expect(byTags?.node).toBe(byStatus?.node);
    for (const mapping of Object.values(xmlMappings)) {
      expect(Object.keys(mapping).sort()).toEqual(expect.arrayContaining(["definitions", "node", "root"]));
    }
  });
});
