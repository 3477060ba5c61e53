import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, "..", "..", "..");
const RUNTIME_ENTRY = join(REPO_ROOT, "packages", "runtime", "src", "index.ts");
const SCHEMA_BUILDER_ENTRY = join(REPO_ROOT, "packages", "runtime", "src", "schema-builder.ts");
const RUNTIME_MOCK_ENTRY = join(REPO_ROOT, "packages", "runtime", "src", "mock", "index.ts");
/** zod's types as the test package has them, for generated packages written outside the repo (temp dirs). */
const ZOD_TYPES = join(dirname(createRequire(import.meta.url).resolve("zod/package.json")), "index.d.cts");

/**
 * The workspace's strict compiler options (tsconfig.base.json: NodeNext, strict,
 * exactOptionalPropertyTypes, noUncheckedIndexedAccess, verbatimModuleSyntax, declaration…),
 * with `@billforge/runtime` (and its schema builders) mapped to its TypeScript source so no build is needed, and
 * `zod` mapped to the test package's copy so output in a temp dir resolves it too.
 */
export function strictCompilerOptions(): ts.CompilerOptions {
  const configFile = join(REPO_ROOT, "tsconfig.base.json");
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) {
    throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  }
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, REPO_ROOT, undefined, configFile);
  if (parsed.errors.length > 0) {
    throw new Error(formatDiagnostics(parsed.errors));
  }
  return {
    ...parsed.options,
    noEmit: true,
    // Node's types: the testing entry writes snapshot files (node:fs); client code uses none.
    types: ["node"],
    paths: {
      "@billforge/runtime": [RUNTIME_ENTRY],
      "@billforge/runtime/schema-builder": [SCHEMA_BUILDER_ENTRY],
      "@billforge/runtime/mock": [RUNTIME_MOCK_ENTRY],
      zod: [ZOD_TYPES],
    },
  };
}

/** Every `.ts` file under `dir`, recursively. */
export function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Type-checks `files` as one program; returns every pre-emit diagnostic (declaration ones included). */
export function typecheck(files: readonly string[], options = strictCompilerOptions()): readonly ts.Diagnostic[] {
  const program = ts.createProgram({ rootNames: [...files], options });
  return ts.getPreEmitDiagnostics(program);
}

export function formatDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => REPO_ROOT,
    getNewLine: () => "\n",
  });
}
