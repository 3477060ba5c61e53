/**
 * Every committed generated file parses: the generator's syntax guard (run by
 * `pnpm generate --check` and in tests, not by a plain `pnpm generate`) over what is in the
 * repository, so a package written by a generator bug cannot be committed unnoticed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertParses } from "../../generator/src/emit/syntax-guard.js";
import { REPO_ROOT } from "./support/typecheck.js";

const PROVIDERS = readdirSync(join(REPO_ROOT, "specs"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe.each(PROVIDERS)("packages/%s/src/generated", (provider) => {
  const dir = join("packages", provider, "src", "generated");
  const files = readdirSync(join(REPO_ROOT, dir))
    .filter((f) => f.endsWith(".ts"))
    .sort();

  it("has generated files to check", () => {
    expect(files).toContain("client.gen.ts");
  });

  it.each(files)("%s parses", (file) => {
    expect(() => assertParses(join(dir, file), readFileSync(join(REPO_ROOT, dir, file), "utf8"))).not.toThrow();
  });
});
