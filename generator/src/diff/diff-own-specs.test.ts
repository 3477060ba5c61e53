import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildIR } from "../ir/build-ir.js";
import { loadSpec } from "../load/load-spec.js";
import { diffApis } from "./diff-apis.js";

// Diffing a spec with itself finds nothing: pairing unions, enums and refs is stable on
// every spec of the workspace, not only on the fixture pairs.
const SPECS = fileURLToPath(new URL("../../../specs/", import.meta.url));
const providers = readdirSync(SPECS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe("diff of a spec with itself", () => {
  it.each(providers)("%s has no changes", async (provider) => {
    const loaded = await loadSpec(`${SPECS}${provider}/openapi.yaml`);
    if (!loaded.document) {
      throw new Error(`${provider} spec has errors`);
    }
    const api = buildIR(loaded.document, { name: provider });
    expect(diffApis(api, api)).toEqual([]);
    const again = buildIR((await loadSpec(`${SPECS}${provider}/openapi.yaml`)).document!, { name: provider });
    expect(diffApis(api, again)).toEqual([]);
  });
});
