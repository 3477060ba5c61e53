import { readFileSync } from "node:fs";
import { type Diagnostic, diagnosticExcerpt, formatDiagnostic, sourceLines } from "../load/diagnostics.js";
import type { Style } from "./style.js";

type SourceReader = (file: string) => readonly string[] | undefined;

/** Reads each spec file once, as lines, to show the lines a diagnostic points at. */
export function createSourceReader(): SourceReader {
  const cache = new Map<string, readonly string[] | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, sourceLines(readFileSync(file, "utf8")));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
}

/** A diagnostic for people: position, code, message, the spec excerpt with a caret, the fix. */
export function renderDiagnostic(diagnostic: Diagnostic, cwd: string, read: SourceReader, style: Style): string {
  const [heading = "", ...rest] = formatDiagnostic(diagnostic, cwd, read(diagnostic.file)).split("\n");
  const paint = diagnostic.severity === "error" ? style.red : diagnostic.severity === "warning" ? style.yellow : String;
  return [paint(heading), ...rest].join("\n");
}

/** The JSON reporter's form: the diagnostic's fields plus the same excerpt people see. */
export function diagnosticJson(diagnostic: Diagnostic, read: SourceReader) {
  const lines = read(diagnostic.file);
  const excerpt = lines === undefined ? "" : diagnosticExcerpt(lines, diagnostic.line, diagnostic.column);
  return { ...diagnostic, ...(excerpt ? { excerpt } : {}) };
}
