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
  "BF200",
  "BF210",
  "BF211",
  "BF220",
  "BF221",
  "BF231",
  "BF250",
  "BF260",
]);

/** What the lenient profile only mentions: the generated name is sound, just converted. */
const LENIENT_INFO: ReadonlySet<DiagnosticCode> = new Set(["BF201"]);

function severityOf(code: DiagnosticCode, profile: LintProfile): Severity {
  if (profile === "strict") {
    return "error";
  }
  return LENIENT_INFO.has(code) ? "info" : LENIENT_WARNINGS.has(code) ? "warning" : "error";
}

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
      const severity = severityOf(code, profile);
      sink.push({ code, severity, message, fix, pointer, file: source.file, ...source.position(pointer) });
    },
  };
}
