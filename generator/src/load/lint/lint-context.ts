import type { Diagnostic, DiagnosticCode, Severity } from "../diagnostics.js";
import type { OpenApiDocument } from "../openapi-document.js";
import { toPointer } from "../pointer.js";
import type { SourceMap } from "../source-map.js";

/**
 * `strict` is for the specs we ship: documentation gaps are errors. `lenient` is for
 * specs we do not own (`--spec`): gaps become warnings, correctness problems stay errors.
 */
export type LintProfile = "strict" | "lenient";

const LENIENT_WARNINGS: ReadonlySet<DiagnosticCode> = new Set([
  "BF201",
  "BF210",
  "BF211",
  "BF220",
  "BF221",
  "BF231",
  "BF250",
]);

export interface LintContext {
  readonly doc: OpenApiDocument;
  readonly profile: LintProfile;
  report(code: DiagnosticCode, segments: readonly (string | number)[], message: string, fix: string): void;
}

export interface LintRule {
  readonly name: string;
  run(context: LintContext): void;
}

export function createLintContext(
  doc: OpenApiDocument,
  source: SourceMap,
  profile: LintProfile,
  sink: Diagnostic[],
): LintContext {
  return {
    doc,
    profile,
    report(code, segments, message, fix) {
      const pointer = toPointer(segments);
      const severity: Severity = profile === "lenient" && LENIENT_WARNINGS.has(code) ? "warning" : "error";
      sink.push({ code, severity, message, fix, pointer, file: source.file, ...source.position(pointer) });
    },
  };
}
