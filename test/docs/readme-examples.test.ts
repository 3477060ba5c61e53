import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { typescriptBlocks } from "../support/readme-examples.js";
import { typecheckDirectory } from "../support/typecheck.js";

// Every ```ts block of the root README compiles against the real packages, so the usage
// shown to people cannot drift from the generated API.
const REPO = fileURLToPath(new URL("../../", import.meta.url));
const OUT = join(REPO, "test", ".tmp", "readme-examples");
const blocks = typescriptBlocks(join(REPO, "README.md"));

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

it("the README's TypeScript examples type-check", () => {
  expect(blocks.length).toBeGreaterThanOrEqual(4);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  // Each block is its own module; `export {}` keeps top-level names apart.
  for (const [index, code] of blocks.entries()) {
    writeFileSync(join(OUT, `example-${index + 1}.ts`), `${code}\nexport {};\n`);
  }
  expect(typecheckDirectory(OUT)).toEqual([]);
}, 60_000);
