import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { typecheckPackageReadme, typescriptBlocks } from "../support/readme-examples.js";

// Every generated package README's examples compile against the package they document.
const REPO = fileURLToPath(new URL("../../", import.meta.url));
const OUT = join(REPO, "test", ".tmp", "package-readme-examples");
const providers = readdirSync(join(REPO, "specs"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe.each(providers)("packages/%s/README.md", (provider) => {
  const readme = join(REPO, "packages", provider, "README.md");

  it("documents every operation of the spec with a call example", () => {
    const text = readFileSync(readme, "utf8");
    const generated = JSON.parse(readFileSync(join(REPO, "packages", provider, "generated.json"), "utf8"));
    expect(text.match(/^#### /gm)).toHaveLength(generated.operationCount);
    // quick start + one per operation + the errors example
    expect(typescriptBlocks(readme)).toHaveLength(generated.operationCount + 2);
    for (const heading of [
      "## Install",
      "## Quick start",
      "## Authentication",
      "## Operations",
      "## Errors",
      "## Pagination",
      "## Retries",
    ]) {
      expect(text).toContain(`\n${heading}\n`);
    }
  });

  it("its TypeScript examples type-check", () => {
    expect(typecheckPackageReadme(readme, join(OUT, provider))).toEqual([]);
  }, 120_000);
});
