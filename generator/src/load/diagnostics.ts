/**
 * Coded diagnostics: every problem found in a spec, with where it is and how to fix it.
 * Codes are stable (documented in generator/DIAGNOSTICS.md); messages may improve.
 */
export type Severity = "error" | "warning";

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** Spec file the problem is in (absolute path). */
  readonly file: string;
  /** 1-based line and column; 1:1 when the position is unknown. */
  readonly line: number;
  readonly column: number;
  /** JSON pointer of the offending node in the bundled document. */
  readonly pointer: string;
  /** One line telling how to fix it. */
  readonly fix: string;
}

export const DIAGNOSTIC_CODES = {
  BF100: "yaml-syntax",
  BF101: "spec-structure",
  BF102: "unresolved-ref",
  BF103: "unsupported-openapi-version",
  BF200: "operation-id-missing",
  BF201: "operation-id-not-camel-case",
  BF202: "operation-id-duplicate",
  BF210: "success-response-missing",
  BF211: "response-schema-missing",
  BF220: "example-missing",
  BF221: "example-invalid",
  BF230: "path-parameter-undeclared",
  BF231: "path-parameter-unused",
  BF240: "extension-invalid",
  BF250: "external-docs-missing",
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** `file:line:column code message (fix)` for people; stable ordering by position. */
export function formatDiagnostic(d: Diagnostic, cwd = process.cwd()): string {
  const where = `${relativeTo(cwd, d.file)}:${d.line}:${d.column}`;
  return `${where} ${d.severity} ${d.code} ${DIAGNOSTIC_CODES[d.code]}: ${d.message}\n    fix: ${d.fix}`;
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

function relativeTo(cwd: string, file: string): string {
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}
