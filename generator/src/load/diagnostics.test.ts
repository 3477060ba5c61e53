import { describe, expect, it } from "vitest";
import { type Diagnostic, formatDiagnostic, hasErrors, sortDiagnostics } from "./diagnostics.js";

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
