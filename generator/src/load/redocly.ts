import { bundle, createConfig, getLineColLocation, lint, type NormalizedProblem } from "@redocly/openapi-core";
import type { Diagnostic, DiagnosticCode } from "./diagnostics.js";
import type { OpenApiDocument } from "./openapi-document.js";

/** The redocly rules we rely on: the document's structure and reference resolution. */
const RULES = { struct: "error", "no-unresolved-refs": "error" } as const;

const CODE_BY_RULE: Record<string, { code: DiagnosticCode; fix: string }> = {
  struct: { code: "BF101", fix: "make the node match the OpenAPI specification at this location" },
  "no-unresolved-refs": {
    code: "BF102",
    fix: "point the $ref at an existing component or file, or add the missing component",
  },
};

export interface BundleOutcome {
  readonly document: OpenApiDocument | undefined;
  readonly diagnostics: Diagnostic[];
  /** Every file the spec reads, for watch mode and provenance. */
  readonly files: string[];
}

/** Validates the spec's structure and bundles its `$ref`d files into one document. */
export async function validateAndBundle(file: string): Promise<BundleOutcome> {
  const config = await createConfig({ rules: RULES });
  const problems = await lint({ ref: file, config });
  const diagnostics = problems.map((problem) => toDiagnostic(file, problem));
  if (diagnostics.some((d) => d.severity === "error")) return { document: undefined, diagnostics, files: [file] };
  const bundled = await bundle({ ref: file, config, dereference: false });
  diagnostics.push(...bundled.problems.map((problem) => toDiagnostic(file, problem)));
  return {
    document: bundled.bundle.parsed as OpenApiDocument,
    diagnostics,
    files: [file, ...[...bundled.fileDependencies].filter((f) => f !== file)].sort(),
  };
}

function toDiagnostic(rootFile: string, problem: NormalizedProblem): Diagnostic {
  const location = problem.location[0];
  const mapped = CODE_BY_RULE[problem.ruleId] ?? CODE_BY_RULE.struct!;
  const position = location ? getLineColLocation(location).start : { line: 1, col: 1 };
  return {
    code: mapped.code,
    severity: problem.severity === "error" ? "error" : "warning",
    message: problem.message,
    file: location?.source.absoluteRef ?? rootFile,
    line: position.line,
    column: position.col,
    pointer: (location?.pointer ?? "#").replace(/^#/, ""),
    fix: problem.suggest.length > 0 ? `${mapped.fix} (did you mean ${problem.suggest.join(", ")}?)` : mapped.fix,
  };
}
