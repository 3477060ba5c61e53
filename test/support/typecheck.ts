import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * Type-checks every `.ts` file under `dir` with the workspace's strict options. Workspace
 * packages resolve to their sources (the `@billforge/source` export condition), so no
 * build is needed. Returns the diagnostics as `file:line:col message` lines.
 */
export function typecheckDirectory(dir: string, extra: ts.CompilerOptions = {}): string[] {
  const files = listTs(dir);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ["@billforge/source"],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    ...extra,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) {
      return message;
    }
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}:${line + 1}:${character + 1} ${message}`;
  });
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}
