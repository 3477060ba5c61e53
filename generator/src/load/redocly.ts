import {
  type BaseResolver,
  bundle,
  createConfig,
  type Document,
  getLineColLocation,
  isAbsoluteUrl,
  lint,
  type NormalizedProblem,
  type RawUniversalConfig,
  type ResolveError,
  Source,
} from "@redocly/openapi-core";
import { Struct } from "@redocly/openapi-core/lib/rules/common/struct.js";
import { NoUnresolvedRefs } from "@redocly/openapi-core/lib/rules/no-unresolved-refs.js";
import type { Oas3Decorator } from "@redocly/openapi-core/lib/visitors.js";
import type { Diagnostic, DiagnosticCode } from "./diagnostics.js";
import { restoreExampleRefs } from "./example-refs.js";
import type { LintProfile } from "./lint/index.js";
import { OfflineResolver } from "./offline-resolver.js";
import { isObject, type OpenApiDocument } from "./openapi-document.js";
import { isNullableWithoutType, mendStructProblem } from "./tolerant-struct.js";

/** The redocly rules we rely on: the document's structure and reference resolution. */
const RULES = { struct: "error", "no-unresolved-refs": "error" } as const;

/**
 * The same two rules as decorators of the bundle pass, so that one resolution of every
 * `$ref` and one walk of the document both validate and bundle it (linting, then bundling,
 * resolved and walked a large spec twice: a third of its loading time).
 */
const PLUGIN = "billforge";
const RULES_WHILE_BUNDLING: RawUniversalConfig = {
  plugins: [
    {
      id: PLUGIN,
      decorators: {
        oas3: { struct: Struct as Oas3Decorator, "no-unresolved-refs": NoUnresolvedRefs as Oas3Decorator },
      },
    },
  ],
  decorators: { [`${PLUGIN}/struct`]: "error", [`${PLUGIN}/no-unresolved-refs`]: "error" },
};

const STRUCT = { code: "BF101", fix: "make the node match the OpenAPI specification at this location" } as const;
const UNRESOLVED = {
  code: "BF102",
  fix: "point the $ref at an existing component or file, or add the missing component",
} as const;
const CODE_BY_RULE: Record<string, { code: DiagnosticCode; fix: string }> = {
  struct: STRUCT,
  "no-unresolved-refs": UNRESOLVED,
  [`${PLUGIN}/struct`]: STRUCT,
  [`${PLUGIN}/no-unresolved-refs`]: UNRESOLVED,
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
  const resolver = new OfflineResolver();
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

/**
 * Validates the spec's structure and bundles its `$ref`d files into one document, in one
 * pass. Outcomes are those of linting first and bundling only a valid spec: on a rule
 * error, only the rules' problems are reported; otherwise the bundler's. Should the
 * bundler throw on a document the rules refuse, the spec is read again (`reread`) and
 * linted first.
 */
export async function validateAndBundle(
  file: string,
  specFiles: SpecFiles,
  reread: () => SpecFiles,
  profile: LintProfile = "strict",
): Promise<BundleOutcome> {
  try {
    return await validateWhileBundling(file, specFiles, profile);
  } catch {
    return lintThenBundle(file, reread());
  }
}

/** Rounds of mending: a mended node can reveal a problem its old value hid, rarely more. */
const MENDING_ROUNDS = 4;

async function validateWhileBundling(
  file: string,
  { resolver }: SpecFiles,
  profile: LintProfile,
): Promise<BundleOutcome> {
  const config = await createConfig(RULES_WHILE_BUNDLING);
  const mended: Diagnostic[] = [];
  for (let round = 1; ; round++) {
    const bundled = await bundle({ ref: file, config, dereference: false, externalRefResolver: resolver });
    const fromRules = bundled.problems.filter(
      (problem) => problem.ruleId.startsWith(`${PLUGIN}/`) && !isNullableWithoutType(problem),
    );
    const errors = fromRules.filter((problem) => problem.severity === "error");
    if (errors.length > 0 && profile === "lenient" && round < MENDING_ROUNDS) {
      const mendedNow = await mendProblems(file, resolver, errors, bundled.bundle.parsed);
      mended.push(...mendedNow);
      if (mendedNow.length > 0) {
        continue;
      }
    }
    const diagnostics = [...mended, ...fromRules.map((problem) => toDiagnostic(file, problem))];
    if (diagnostics.some((d) => d.severity === "error")) {
      return { document: undefined, diagnostics, files: [file] };
    }
    return bundleOutcome(file, bundled, diagnostics);
  }
}

/** Mends each problem's node in its file, as parsed; a warning for each one mended. */
async function mendProblems(
  rootFile: string,
  resolver: BaseResolver,
  problems: readonly NormalizedProblem[],
  bundledRoot: unknown,
): Promise<Diagnostic[]> {
  const openapi30 = isObject(bundledRoot) && String(bundledRoot.openapi).startsWith("3.0");
  const warnings: Diagnostic[] = [];
  for (const problem of problems) {
    const source = problem.location[0]?.source.absoluteRef ?? rootFile;
    const document = await resolver.cache.get(source);
    if (document === undefined || document instanceof Error) {
      continue;
    }
    const parsed = source === rootFile ? bundledRoot : document.parsed;
    const mended = mendStructProblem(problem, parsed, source === rootFile, openapi30);
    if (mended === undefined) {
      continue;
    }
    const diagnostic = toDiagnostic(rootFile, problem);
    warnings.push({
      ...diagnostic,
      severity: "warning",
      message: `${diagnostic.message.replace(/\.?$/, "")}: ${mended.how}`,
      fix: `${diagnostic.fix} (--strict refuses it)`,
    });
  }
  return warnings;
}

/** Lint, then bundle a spec that passed: two resolutions and two walks. Exported for the tests' comparison. */
export async function lintThenBundle(file: string, { resolver }: SpecFiles): Promise<BundleOutcome> {
  const config = await createConfig({ rules: RULES });
  const problems = (await lint({ ref: file, config, externalRefResolver: resolver })).filter(
    (problem) => !isNullableWithoutType(problem),
  );
  const diagnostics = problems.map((problem) => toDiagnostic(file, problem));
  if (diagnostics.some((d) => d.severity === "error")) {
    return { document: undefined, diagnostics, files: [file] };
  }
  return bundleOutcome(
    file,
    await bundle({ ref: file, config, dereference: false, externalRefResolver: resolver }),
    diagnostics,
  );
}

function bundleOutcome(
  file: string,
  bundled: Awaited<ReturnType<typeof bundle>>,
  ruleDiagnostics: Diagnostic[],
): BundleOutcome {
  const fromBundler = bundled.problems.filter((problem) => !problem.ruleId.startsWith(`${PLUGIN}/`));
  restoreExampleRefs(bundled.bundle.parsed);
  return {
    document: bundled.bundle.parsed as OpenApiDocument,
    diagnostics: [...ruleDiagnostics, ...fromBundler.map((problem) => toDiagnostic(file, problem))],
    // A URL is never read (offline-resolver.ts): only local files are the spec's files.
    files: [file, ...[...bundled.fileDependencies].filter((f) => f !== file && !isAbsoluteUrl(f))].sort(),
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
