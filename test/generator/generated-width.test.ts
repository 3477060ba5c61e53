/**
 * Generated files are laid out at 120 columns with two-space indentation. A line may pass
 * 120 columns only when nothing in it can be broken:
 * - a doc comment line holding a single word (a long URL, an example's long string);
 * - a code line whose overflow is one string literal: with that literal emptied it fits.
 * (schemas, operations, testing and XML files are not laid out yet and are not checked.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/typecheck.js";

const WIDTH = 120;
const FILES = ["client", "functions", "types", "errors", "api", "index", "openapi"].map((f) => `${f}.gen.ts`);
const PROVIDERS = readdirSync(join(REPO_ROOT, "specs"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** Columns as an editor counts them: one per code point. */
const columns = (line: string) => [...line].length;

/** Whether a line over WIDTH is one of the unbreakable exceptions above. */
function unbreakable(line: string): boolean {
  const doc = /^\s*\*\s+(.*)$/.exec(line);
  if (doc) {
    return !(doc[1] as string).trim().includes(" ");
  }
  const strings = line.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
  return strings.some((literal) => columns(line.replace(literal, '""')) <= WIDTH);
}

describe.each(PROVIDERS)("packages/%s/src/generated", (provider) => {
  it.each(FILES)("%s: no line over 120 columns that could be broken, two-space indentation", (file) => {
    const text = readFileSync(join(REPO_ROOT, "packages", provider, "src", "generated", file), "utf8");
    const lines = text.split("\n");
    const tooLong = lines
      .map((line, i) => ({ line: i + 1, text: line }))
      .filter(({ text: line }) => columns(line) > WIDTH && !unbreakable(line));
    expect(tooLong).toEqual([]);
    // Indentation comes in pairs of spaces (a doc comment's ` *` adds one); never a tab.
    const oddIndent = lines.filter((line) => /^\t/.test(line) || /^(?: {2})* (?! ?\*)\S/.test(line));
    expect(oddIndent).toEqual([]);
    // One level is two spaces: a code line is indented at most two more than the code line before it.
    const code = lines.filter((line) => line.trim() !== "" && !/^\s*(\*|\/\*\*|\/\/)/.test(line));
    const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;
    const jumps = code.filter((line, i) => i > 0 && indentOf(line) - indentOf(code[i - 1] as string) > 2);
    expect(jumps).toEqual([]);
  });
});
