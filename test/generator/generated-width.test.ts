/**
 * Generated files are laid out at 120 columns with two-space indentation. A line may pass
 * 120 columns only when nothing in it can be broken:
 * - a doc comment line holding a single word (a long URL, an example's long string);
 * - a code line whose overflow is one string literal: with that literal emptied it fits.
 * Every `*.gen.ts` file of every generated package is checked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/typecheck.js";

const WIDTH = 120;
const PROVIDERS = readdirSync(join(REPO_ROOT, "specs"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const generatedDir = (provider: string) => join(REPO_ROOT, "packages", provider, "src", "generated");
/** Every generated file of a package, listed rather than named so a new emitter is checked too. */
const filesOf = (provider: string) =>
  readdirSync(generatedDir(provider))
    .filter((f) => f.endsWith(".gen.ts"))
    .sort();

/** The files every generated package has (XML files only when the API speaks XML). */
const EVERY_PACKAGE_HAS = [
  "api",
  "client",
  "errors",
  "functions",
  "index",
  "openapi",
  "operations",
  "schemas",
  "testing",
  "types",
].map((f) => `${f}.gen.ts`);

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
  it("holds the files every package has", () => {
    // Guards the listing: an empty or misplaced directory would check nothing.
    expect(filesOf(provider)).toEqual(expect.arrayContaining(EVERY_PACKAGE_HAS));
  });

  it.each(filesOf(provider))("%s: no line over 120 columns that could be broken, two-space indentation", (file) => {
    const text = readFileSync(join(generatedDir(provider), file), "utf8");
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
