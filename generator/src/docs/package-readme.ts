import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { README_MARKER } from "../emit/header.js";
import type { ApiIR } from "../ir/types.js";

/**
 * The package's generated README.md, or `undefined` when the package has a hand-written
 * one (a README not starting with the generated marker is never overwritten).
 */
export async function packageReadme(
  api: ApiIR,
  packageName: string,
  specPath: string,
  outDir: string,
): Promise<string | undefined> {
  const existing = await readFile(join(outDir, "README.md"), "utf8").catch(() => undefined);
  if (existing !== undefined && !existing.startsWith(README_MARKER)) {
    return undefined;
  }
  // The emitters load only when there is something to generate.
  const [{ emitReadme }, { exportedNames }] = await Promise.all([
    import("../emit/readme-file.js"),
    import("../emit/exported-names.js"),
  ]);
  return emitReadme(api, exportedNames(api), { packageName, specPath });
}
