import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cases } from "../../test/diagnostic-cases.js";
import { positionOf, removeTempDirs, writeSpec } from "../../test/support.js";
import { main } from "../cli.js";
import { DIAGNOSTIC_CODES } from "../load/diagnostics.js";

afterAll(removeTempDirs);

async function generate(spec: string, ...extra: string[]) {
  const file = await writeSpec(spec);
  const dir = dirname(file);
  const out: string[] = [];
  const code = await main(
    ["generate", "--spec", file, "--out", join(dir, "out"), "--name", "tiny", "--strict", ...extra],
    (s) => out.push(s),
    (s) => out.push(s),
    dir,
    false,
  );
  return { code, output: out.join("\n") };
}

/** The excerpt lines people must see: the offending line, numbered, and a caret under the column. */
function excerptOf(spec: string, line: number, column: number): string {
  const text = spec.split("\n")[line - 1]!;
  const width = String(Math.min(spec.split("\n").length, line + 1)).length;
  return [
    `    ${String(line).padStart(width)} | ${text}`,
    `    ${" ".repeat(width)} | ${" ".repeat(column - 1)}^`,
  ].join("\n");
}

// Every diagnostic code, as printed by `billforge generate`: position, code and name,
// message, the spec excerpt with a caret, and the fix; the JSON reporter carries the same.
describe.each(cases)("$code printed for people and for CI", ({ code, given, at, occurrence, says }) => {
  const { line, column } = positionOf(given, at, occurrence);

  it("text: file:line:column, code, message, excerpt with caret, fix", async () => {
    const { code: exit, output } = await generate(given);
    expect(exit).toBe(1);
    const heading = `openapi.yaml:${line}:${column} error ${code} ${DIAGNOSTIC_CODES[code]}: `;
    const start = output.indexOf(heading);
    expect(start, output).toBeGreaterThanOrEqual(0);
    const printed = output.slice(start, output.indexOf("\n    fix: ", start) + 200).split("\n");
    expect(printed[0]).toContain(says);
    expect(printed.join("\n")).toContain(excerptOf(given, line, column));
    expect(printed.find((l) => l.startsWith("    fix: "))?.length).toBeGreaterThan("    fix: ".length);
  });

  it("--reporter json: the diagnostic with its excerpt", async () => {
    const { output } = await generate(given, "--reporter", "json");
    const [result] = JSON.parse(output) as { diagnostics: Record<string, unknown>[] }[];
    const diagnostic = result!.diagnostics.find((d) => d.code === code && d.line === line && d.column === column);
    expect(diagnostic, output).toMatchObject({ severity: "error", file: expect.stringMatching(/openapi\.yaml$/) });
    expect(diagnostic!.excerpt).toContain(excerptOf(given, line, column));
    expect(diagnostic!.fix).toEqual(expect.any(String));
  });
});
