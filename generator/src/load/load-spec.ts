import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type Diagnostic, hasErrors, sortDiagnostics } from "./diagnostics.js";
import { type LintProfile, lintSpec } from "./lint/index.js";
import { nullableRefsAsAllOf } from "./nullable-refs.js";
import { isObject, type OpenApiDocument } from "./openapi-document.js";
import { readSpecFiles, validateAndBundle } from "./redocly.js";
import { lazySourceMap, parseYamlWithPositions } from "./source-map.js";

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
  const bytes = await readFile(file);
  const text = bytes.toString("utf8");
  const source = lazySourceMap(file, text);
  const failed = (diagnostics: Diagnostic[], files: string[] = [file]): LoadedSpec => ({
    document: undefined,
    diagnostics: sortDiagnostics(diagnostics),
    file,
    files,
    sha256: specSha256([bytes]),
  });

  // One parse serves the version check, redocly's lint and its bundle; the slower parse
  // with positions runs only when a diagnostic needs one.
  const specFiles = readSpecFiles(file, text);
  if (specFiles.root instanceof Error) {
    return failed(syntaxErrors(file, text, specFiles.root));
  }
  const raw: unknown = specFiles.root.parsed;
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

  const profile = options.profile ?? "strict";
  const bundled = await validateAndBundle(file, specFiles, () => readSpecFiles(file, text), profile);
  const diagnostics = [...bundled.diagnostics];
  if (bundled.document === undefined || hasErrors(diagnostics)) {
    return failed(diagnostics, bundled.files);
  }
  const texts = await Promise.all(bundled.files.map((f) => (f === file ? bytes : readSpecInput(f))));
  if (bundled.document.openapi.startsWith("3.0")) {
    nullableRefsAsAllOf(bundled.document);
  }

  diagnostics.push(...lintSpec(bundled.document, source, profile));
  return {
    document: hasErrors(diagnostics) ? undefined : bundled.document,
    diagnostics: sortDiagnostics(diagnostics),
    file,
    files: bundled.files,
    sha256: specSha256(texts),
  };
}

/**
 * A file the spec refers to, for the provenance hash. A lenient load degrades a `$ref` into a
 * file that does not exist (a warning), so a missing file hashes as empty: it still counts,
 * and its appearing later makes the package stale.
 */
async function readSpecInput(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return "";
    }
    throw error;
  }
}

const SYNTAX_FIX = "correct the YAML syntax at this position";

/** BF100 for a root file that does not parse: the `yaml` package's errors, which point precisely. */
function syntaxErrors(file: string, text: string, parseError: Error): Diagnostic[] {
  const { document } = parseYamlWithPositions(file, text);
  if (document.errors.length === 0) {
    // Only redocly's parser refused it: report its message at its position.
    const at = parseError as Error & { line?: number; col?: number };
    return [
      {
        code: "BF100",
        severity: "error",
        message: parseError.message.replace(/ \(\d+:\d+\)$/, ""),
        file,
        line: Number.isInteger(at.line) ? (at.line as number) : 1,
        column: Number.isInteger(at.col) ? (at.col as number) : 1,
        pointer: "",
        fix: SYNTAX_FIX,
      },
    ];
  }
  return document.errors.map((error) => ({
    code: "BF100",
    severity: "error",
    // prettyErrors appends " at line L, column C:" and a code excerpt; line and column are fields here.
    message: (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, ""),
    file,
    line: error.linePos?.[0].line ?? 1,
    column: error.linePos?.[0].col ?? 1,
    pointer: "",
    fix: SYNTAX_FIX,
  }));
}

/**
 * sha256 over a spec's files in order, as UTF-8 text with line endings normalized. A
 * file's bytes are hashed as they are when that is the same (valid UTF-8, no CR): encoding
 * a large spec's text again took 0.2 s.
 */
export function specSha256(texts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const text of texts) {
    if (typeof text !== "string" && !text.includes(CR) && isUtf8(text)) {
      hash.update(text);
    } else {
      const decoded = typeof text === "string" ? text : Buffer.from(text).toString("utf8");
      hash.update(decoded.replaceAll("\r\n", "\n"));
    }
  }
  return hash.digest("hex");
}

const CR = 0x0d;
