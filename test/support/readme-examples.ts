import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { typecheckDirectory } from "./typecheck.js";

/** The ```ts blocks of a Markdown file, in order. */
export function typescriptBlocks(markdownFile: string): string[] {
  return [...readFileSync(markdownFile, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/**
 * Type-checks a generated package README's examples as one module: the quick start (the
 * first block, which creates the client) at the top, every other block in a function of
 * its own so their names do not collide. Returns the type errors.
 */
export function typecheckPackageReadme(readmeFile: string, outDir: string): string[] {
  const [quickStart = "", ...examples] = typescriptBlocks(readmeFile);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const body = examples.map((code, i) => `export async function example${i + 1}() {\n${code}}\n`);
  writeFileSync(join(outDir, "readme.ts"), [quickStart, ...body, "export {};", ""].join("\n"));
  return typecheckDirectory(outDir);
}
