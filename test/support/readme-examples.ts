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
  // A block's own imports go to the top of the module; the rest of the block into its function.
  const isImport = (line: string) => line.startsWith("import ");
  const imports = examples.flatMap((code) => code.split("\n").filter(isImport));
  const body = examples.map(
    (code, i) =>
      `export async function example${i + 1}() {\n${code
        .split("\n")
        .filter((line) => !isImport(line))
        .join("\n")}}\n`,
  );
  writeFileSync(join(outDir, "readme.ts"), [...new Set(imports), quickStart, ...body, "export {};", ""].join("\n"));
  return typecheckDirectory(outDir);
}

/**
 * Type-checks a README's quick start (its first ```ts block) alone, exactly as shown, with
 * `noUnusedLocals`: an import or variable it never uses is an error. Returns the type errors.
 */
export function typecheckQuickStart(readmeFile: string, outDir: string): string[] {
  const [quickStart = ""] = typescriptBlocks(readmeFile);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "quick-start.ts"), quickStart);
  return typecheckDirectory(outDir, { noUnusedLocals: true });
}
