import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type Diagnostic, hasErrors, sortDiagnostics } from "./diagnostics.js";
import { type LintProfile, lintSpec } from "./lint/index.js";
import { isObject, type OpenApiDocument } from "./openapi-document.js";
import { validateAndBundle } from "./redocly.js";
import { parseYamlWithPositions } from "./source-map.js";

export interface LoadedSpec {
  /** Bundled document, present only when no diagnostic is an error. */
  readonly document: OpenApiDocument | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** Absolute path of the root spec file. */
  readonly file: string;
  /** Every file read, sorted. */
  readonly files: readonly string[];
  /** sha256 over every file read, for provenance and change detection. */
  readonly sha256: string;
}

export interface LoadOptions {
  readonly profile?: LintProfile;
}

/** read YAML → check version → validate and bundle (redocly) → billforge lint rules. */
export async function loadSpec(path: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const file = resolve(path);
  const text = await readFile(file, "utf8");
  const source = parseYamlWithPositions(file, text);
  const failed = (diagnostics: Diagnostic[], files: string[] = [file]): LoadedSpec => ({
    document: undefined,
    diagnostics: sortDiagnostics(diagnostics),
    file,
    files,
    sha256: specSha256([text]),
  });

  if (source.document.errors.length > 0) {
    return failed(
      source.document.errors.map((error) => ({
        code: "BF100",
        severity: "error",
        // prettyErrors appends " at line L, column C:" and a code excerpt; line and column are fields here.
        message: (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, ""),
        file,
        line: error.linePos?.[0].line ?? 1,
        column: error.linePos?.[0].col ?? 1,
        pointer: "",
        fix: "correct the YAML syntax at this position",
      })),
    );
  }
  const raw: unknown = source.document.toJS();
  const version = isObject(raw) ? raw.openapi : undefined;
  if (typeof version !== "string" || !/^3\.[01]\.\d+$/.test(version)) {
    return failed([
      {
        code: "BF103",
        severity: "error",
        message: `openapi version ${JSON.stringify(version ?? null)} is not supported`,
        file,
        ...source.position("/openapi"),
        pointer: "/openapi",
        fix: "use `openapi: 3.1.0` (3.0.x is accepted too); convert Swagger 2.0 specs first",
      },
    ]);
  }

  const bundled = await validateAndBundle(file);
  const diagnostics = [...bundled.diagnostics];
  const texts = await Promise.all(bundled.files.map((f) => (f === file ? text : readFile(f, "utf8"))));
  if (bundled.document === undefined || hasErrors(diagnostics)) return failed(diagnostics, bundled.files);

  diagnostics.push(...lintSpec(bundled.document, source, options.profile ?? "strict"));
  return {
    document: hasErrors(diagnostics) ? undefined : bundled.document,
    diagnostics: sortDiagnostics(diagnostics),
    file,
    files: bundled.files,
    sha256: specSha256(texts),
  };
}

/** sha256 over a spec's files in order, line endings normalized. */
export function specSha256(texts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const text of texts) hash.update(text.replaceAll("\r\n", "\n"));
  return hash.digest("hex");
}
