import { describe, expect, it } from "vitest";
import {
  type Diagnostic,
  diagnosticExcerpt,
  EXCERPT_WIDTH,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
} from "./diagnostics.js";

const at = (file: string, line: number, column: number, code: Diagnostic["code"] = "BF221"): Diagnostic => ({
  code,
  severity: "error",
  message: "example/id must be string",
  file,
  line,
  column,
  pointer: "/paths",
  fix: "correct the example",
});

describe("formatDiagnostic", () => {
  it("prints file:line:column, severity, code, rule name, message and the fix", () => {
    expect(formatDiagnostic(at("/repo/specs/x/openapi.yaml", 12, 7), "/repo")).toBe(
      "specs/x/openapi.yaml:12:7 error BF221 example-invalid: example/id must be string\n    fix: correct the example",
    );
  });

  it("keeps paths outside the working directory absolute", () => {
    expect(formatDiagnostic(at("/elsewhere/spec.yaml", 1, 1), "/repo")).toMatch(/^\/elsewhere\/spec\.yaml:1:1 /);
    expect(formatDiagnostic(at("/repository/spec.yaml", 1, 1), "/repo")).toMatch(/^\/repository\/spec\.yaml:1:1 /);
  });
});

describe("formatDiagnostic with the spec's text", () => {
  it("puts the excerpt between the heading and the fix", () => {
    const text = "openapi: 3.1.0\npaths:\n  /a:\n    get:\n      operationId: Get_A\n      responses: {}\n";
    expect(formatDiagnostic(at("/repo/s.yaml", 5, 20, "BF201"), "/repo", text)).toBe(
      [
        "s.yaml:5:20 error BF201 operation-id-not-camel-case: example/id must be string",
        "    3 |   /a:",
        "    4 |     get:",
        "    5 |       operationId: Get_A",
        "      |                    ^",
        "    6 |       responses: {}",
        "    fix: correct the example",
      ].join("\n"),
    );
  });
});

describe("diagnosticExcerpt", () => {
  it.each([
    ["first line: no lines before", "a: 1\nb: 2\n", 1, 1, ["    1 | a: 1", "      | ^", "    2 | b: 2"]],
    ["last line: none after", "a: 1\nb: 2", 2, 4, ["    1 | a: 1", "    2 | b: 2", "      |    ^"]],
    ["a blank line after is left out", "a: 1\n\nb: 2", 1, 1, ["    1 | a: 1", "      | ^"]],
    ["tabs before the column stay tabs", "x:\n\tk: v", 2, 3, ["    1 | x:", "    2 | \tk: v", "      | \t ^"]],
    [
      "the gutter fits the widest number",
      `${"l\n".repeat(9)}ten\neleven`,
      10,
      2,
      ["     8 | l", "     9 | l", "    10 | ten", "       |  ^", "    11 | eleven"],
    ],
    ["CRLF line endings", "a: 1\r\nb: 2\r\n", 2, 1, ["    1 | a: 1", "    2 | b: 2", "      | ^"]],
  ])("%s", (_name, text, line, column, want) => {
    expect(diagnosticExcerpt(text, line, column).split("\n")).toEqual(want);
  });

  it("shows a window of a minified spec's one long line, the caret under the column", () => {
    const line = `{"openapi":"3.0.3",${'"x":1,'.repeat(6000)}"bad":true}`;
    const column = line.indexOf('"bad"') + 1;
    const [shown, caret] = diagnosticExcerpt(line, 1, column).split("\n");
    expect(shown!.length).toBeLessThan(EXCERPT_WIDTH + 20);
    expect(shown).toMatch(/^ {4}1 \| ….*"bad":true}$/);
    const gutter = "    1 | ".length;
    expect(shown!.slice(caret!.indexOf("^"), caret!.indexOf("^") + 5)).toBe('"bad"');
    expect(caret!.indexOf("^")).toBeGreaterThan(gutter);
  });

  it("clips long lines before and after the caret's line to the same window", () => {
    const long = "k".repeat(1000);
    const lines = diagnosticExcerpt(`${long}\n${"v".repeat(500)}X${"v".repeat(500)}\n${long}`, 2, 501).split("\n");
    for (const text of lines) {
      expect(text.length).toBeLessThan(EXCERPT_WIDTH + 20);
    }
    expect(lines[1]![lines[2]!.indexOf("^")]).toBe("X");
  });

  it("is empty for a line the text does not have", () => {
    expect(diagnosticExcerpt("a: 1\n", 9, 1)).toBe("");
    expect(diagnosticExcerpt("a: 1\n", 0, 1)).toBe("");
  });
});

describe("sortDiagnostics", () => {
  it("orders by file, line, column, then code, without mutating its input", () => {
    const given = [
      at("/b.yaml", 1, 1),
      at("/a.yaml", 9, 1),
      at("/a.yaml", 2, 5, "BF250"),
      at("/a.yaml", 2, 5, "BF200"),
      at("/a.yaml", 2, 1),
    ];
    const copy = [...given];
    expect(sortDiagnostics(given).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      "/a.yaml:2:1 BF221",
      "/a.yaml:2:5 BF200",
      "/a.yaml:2:5 BF250",
      "/a.yaml:9:1 BF221",
      "/b.yaml:1:1 BF221",
    ]);
    expect(given).toEqual(copy);
  });
});

describe("hasErrors", () => {
  it("is true only when some diagnostic is an error", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([{ ...at("/a", 1, 1), severity: "warning" }])).toBe(false);
    expect(hasErrors([{ ...at("/a", 1, 1), severity: "warning" }, at("/a", 2, 1)])).toBe(true);
  });
});
