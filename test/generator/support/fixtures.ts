import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { buildIR, type GeneratedFile, generatePackageSources, loadSpec } from "@billforge/generator";
import { assertParses } from "../../../generator/src/emit/syntax-guard.js";

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = join(here, "..", "..", "fixtures", "specs");
export const SNAPSHOTS_DIR = join(here, "..", "__snapshots__");

/** Fixture names (file names without `.yaml`), sorted. */
export const FIXTURES: readonly string[] = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.slice(0, -".yaml".length))
  .sort();

/**
 * load → IR → emit in memory, exactly as `billforge generate` does. Fixtures are held to
 * the strict profile, like the specs we ship: a fixture that lints dirty is a broken test.
 */
export async function generateFixture(fixture: string): Promise<GeneratedFile[]> {
  return generateSpec(join(FIXTURES_DIR, `${fixture}.yaml`), `test/fixtures/specs/${fixture}.yaml`, "strict");
}

/**
 * load → IR → emit in memory for any spec file; throws when it does not load, or when a
 * generated file does not parse (the generator's syntax guard, on in every test). Sorted by path.
 */
export async function generateSpec(
  file: string,
  displayPath: string,
  profile: "strict" | "lenient",
): Promise<GeneratedFile[]> {
  const loaded = await loadSpec(file, { profile });
  if (!loaded.document) {
    throw new Error(`${file} does not load:\n${JSON.stringify(loaded.diagnostics, null, 2)}`);
  }
  const name = basename(displayPath)
    .replace(/\.ya?ml$/, "")
    .replace(/[^a-z0-9]+/g, "-");
  const api = buildIR(loaded.document, { name });
  const files = await generatePackageSources(api, loaded.document, displayPath);
  for (const file of files) {
    assertParses(file.path, file.content);
  }
  return [...files].sort((a, b) => a.path.localeCompare(b.path));
}
