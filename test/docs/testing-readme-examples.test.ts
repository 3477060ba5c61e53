import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { typecheckDirectory } from "../support/typecheck.js";

// The "Testing your code" examples of every package README are whole test modules
// (```typescript, imports included): each one compiles against the package's testing entry.
const REPO = fileURLToPath(new URL("../../", import.meta.url));
const OUT = join(REPO, "test", ".tmp", "testing-readme-examples");
const providers = readdirSync(join(REPO, "specs"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe.each(providers)("packages/%s/README.md, Testing your code", (provider) => {
  const text = readFileSync(join(REPO, "packages", provider, "README.md"), "utf8");
  const blocks = [...text.matchAll(/```typescript\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

  it("has a vitest and a node:test example, each a complete module", () => {
    expect(text).toContain("\n## Testing your code\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain('from "vitest"');
    expect(blocks[0]).toContain(`/testing";`);
    expect(blocks[1]).toContain('from "node:test"');
  });

  it("its examples type-check", () => {
    const dir = join(OUT, provider);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [i, code] of blocks.entries()) {
      writeFileSync(join(dir, `example-${i + 1}.test.ts`), code);
    }
    expect(typecheckDirectory(dir)).toEqual([]);
  }, 120_000);
});
