import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = dirname(fileURLToPath(import.meta.url));
// Static `from "./x.js"` and dynamic `import("./x.js")`: a lazy import still ties two modules together.
const RELATIVE_IMPORT = /(?:from\s+|import\()\s*"(\.{1,2}\/[^"]+)\.js"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(path);
    }
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => [
      file,
      [...readFileSync(file, "utf8").matchAll(RELATIVE_IMPORT)].map((m) => resolve(dirname(file), `${m[1]}.ts`)),
    ]),
  );
}

/** Every cycle found by a depth-first walk, each as the chain of files that closes it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const walk = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") {
        found.push([...stack.slice(stack.indexOf(next)), next]);
      } else if (!state.has(next)) {
        walk(next);
      }
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) {
    if (!state.has(file)) {
      walk(file);
    }
  }
  return found;
}

describe("generator modules", () => {
  it("finds a cycle when there is one", () => {
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "a"]]);
  });

  it("import each other without cycles", () => {
    const chains = cycles(importGraph(sourceFiles(SRC))).map((chain) =>
      chain.map((file) => relative(SRC, file)).join(" → "),
    );
    expect(chains).toEqual([]);
  });
});
