/**
 * Coded diagnostics: every problem found in a spec, with where it is and how to fix it.
 * Codes are stable (documented in generator/DIAGNOSTICS.md); messages may improve.
 */
/** `info` says what the generator did for you (a name converted); nothing to fix. */
export type Severity = "error" | "warning" | "info";

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
  BF260: "pattern-invalid",
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/**
 * `file:line:column severity code name: message`, then (given the file's text) the
 * offending lines with a caret under the column, then the fix.
 */
export function formatDiagnostic(d: Diagnostic, cwd = process.cwd(), source?: string | readonly string[]): string {
  const where = `${relativeTo(cwd, d.file)}:${d.line}:${d.column}`;
  const heading = `${where} ${d.severity} ${d.code} ${DIAGNOSTIC_CODES[d.code]}: ${d.message}`;
  const excerpt = source === undefined ? "" : diagnosticExcerpt(source, d.line, d.column);
  return `${heading}\n${excerpt ? `${excerpt}\n` : ""}    fix: ${d.fix}`;
}

/**
 * The lines around `line` (1-based), numbered, with a caret under `column`:
 *
 *        7 |     get:
 *        8 |       operationId: Get_Thing
 *          |                    ^
 *        9 |       responses:
 *
 * Empty when the line is not in the text. Give the text split into lines (`sourceLines`)
 * when excerpting many diagnostics of one file.
 */
export function diagnosticExcerpt(
  source: string | readonly string[],
  line: number,
  column: number,
  before = 2,
  after = 1,
): string {
  const lines = typeof source === "string" ? sourceLines(source) : source;
  if (line < 1 || line > lines.length) {
    return "";
  }
  const first = Math.max(1, line - before);
  const last = Math.min(lines.length, line + after);
  const width = String(last).length;
  const gutter = (n: number | "") => `    ${String(n).padStart(width)} |`;
  // A minified spec is one huge line: every line shows only a window around the caret.
  const start = Math.max(0, column - 1 - Math.floor(EXCERPT_WIDTH / 2));
  const clip = (content: string) => {
    if (content.length <= EXCERPT_WIDTH && start === 0) {
      return content;
    }
    const visible = content.slice(start, start + EXCERPT_WIDTH);
    return `${start > 0 ? "…" : ""}${visible}${start + EXCERPT_WIDTH < content.length ? "…" : ""}`;
  };
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const content = lines[n - 1]!;
    if (n > line && content.trim() === "") {
      break;
    }
    const shown = clip(content);
    out.push(`${gutter(n)}${shown === "" ? "" : ` ${shown}`}`);
    if (n === line) {
      // Tabs stay tabs so the caret lines up however the terminal renders them.
      const before = `${start > 0 ? "…" : ""}${content.slice(start, Math.max(start, column - 1))}`;
      out.push(`${gutter("")} ${before.replace(/[^\t]/g, " ")}^`);
    }
  }
  return out.join("\n");
}

/** Characters of a source line an excerpt shows at most, centred on the caret. */
export const EXCERPT_WIDTH = 160;

export function sourceLines(text: string): string[] {
  return text.replaceAll("\r\n", "\n").split("\n");
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

function relativeTo(cwd: string, file: string): string {
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}
