import {
  BaseResolver,
  bundle,
  createConfig,
  type Document,
  getLineColLocation,
  lint,
  type NormalizedProblem,
  type ResolveError,
  Source,
} from "@redocly/openapi-core";
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

/** The spec's files as redocly reads them, each parsed once for linting and bundling. */
export interface SpecFiles {
  readonly resolver: BaseResolver;
  /** The root file parsed, or why it cannot be. */
  readonly root: Document | Error;
}

/**
 * Parses the root file (already read as `text`) into the resolver's cache, so that
 * linting and bundling, which would each parse every file again, share one parse.
 */
export function readSpecFiles(file: string, text: string): SpecFiles {
  const resolver = new BaseResolver();
  let root: Document | Error;
  try {
    // redocly's own loader normalizes line endings the same way.
    root = resolver.parseDocument(new Source(file, text.replaceAll("\r\n", "\n")), true);
  } catch (error) {
    root = error instanceof Error ? error : new Error(String(error));
  }
  // A parse error is only cached as redocly caches its own: lint and bundle never see it.
  resolver.cache.set(resolver.resolveExternalRef(null, file), Promise.resolve(root as Document | ResolveError));
  return { resolver, root };
}

/** Validates the spec's structure and bundles its `$ref`d files into one document. */
export async function validateAndBundle(file: string, { resolver }: SpecFiles): Promise<BundleOutcome> {
  const config = await createConfig({ rules: RULES });
  const problems = await lint({ ref: file, config, externalRefResolver: resolver });
  const diagnostics = problems.map((problem) => toDiagnostic(file, problem));
  if (diagnostics.some((d) => d.severity === "error")) return { document: undefined, diagnostics, files: [file] };
  const bundled = await bundle({ ref: file, config, dereference: false, externalRefResolver: resolver });
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
