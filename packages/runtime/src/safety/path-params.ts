import type { ValidationIssue } from "../validation/issues.js";

/**
 * Fills a path template with percent-encoded values. Every value is one path segment:
 * encodeURIComponent escapes `/ ? # %` and non-ASCII, and the values that would still
 * change the path's shape (empty, `.`, `..`, also once decoded) are refused, so an
 * argument can never reach a different endpoint (openapi-ts/openapi-typescript#2483).
 */

const PLACEHOLDER = /\{([^{}]+)\}/g;
const DOT_SEGMENTS = new Set(["", ".", ".."]);

export type PathExpansion =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

export function expandPath(template: string, values: Readonly<Record<string, unknown>>): PathExpansion {
  const { literals, names } = compiledTemplate(template);
  const issues: ValidationIssue[] = [];
  let path = literals[0] ?? "";
  names.forEach((name, index) => {
    const encoded = encodeSegment(values[name]);
    if (typeof encoded === "string") {
      path += encoded;
    } else {
      // The path is dropped once any issue is found: nothing to append.
      issues.push({ path: ["path", name], message: encoded.problem, code: "unsafe_path_parameter" });
    }
    path += literals[index + 1] ?? "";
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, path };
}

/** A template split once into its literal parts and the parameter names between them. */
interface CompiledTemplate {
  /** One more than `names`: the text before, between and after the placeholders. */
  readonly literals: readonly string[];
  readonly names: readonly string[];
}

/** Templates come from operation descriptors, a fixed set: each is split on its first call only. */
const compiledTemplates = new Map<string, CompiledTemplate>();

function compiledTemplate(template: string): CompiledTemplate {
  let compiled = compiledTemplates.get(template);
  if (compiled === undefined) {
    const literals: string[] = [];
    const names: string[] = [];
    let end = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      literals.push(template.slice(end, match.index));
      names.push(match[1] ?? "");
      end = match.index + match[0].length;
    }
    literals.push(template.slice(end));
    compiled = { literals, names };
    compiledTemplates.set(template, compiled);
  }
  return compiled;
}

/** A final URL must not keep a placeholder: it would be sent to a path nobody meant. */
export function templateResidueIssue(url: string): ValidationIssue | undefined {
  return /[{}]/.test(url)
    ? { path: ["path"], message: "the URL still contains a `{` or `}` placeholder", code: "unresolved_path_template" }
    : undefined;
}

function encodeSegment(value: unknown): string | { problem: string } {
  if (value === undefined || value === null) {
    return { problem: "is required" };
  }
  const text = segmentText(value);
  if (text === undefined) {
    return { problem: "must be a string, a finite number, a bigint or a boolean" };
  }
  // Only a `%` can decode into something else: most values skip the decode entirely.
  if (DOT_SEGMENTS.has(text) || (text.includes("%") && DOT_SEGMENTS.has(decodeLeniently(text)))) {
    return { problem: `must not be empty, "." or ".." (it would change the path)` };
  }
  try {
    return encodeURIComponent(text);
  } catch {
    return { problem: "is not well-formed Unicode (lone surrogate)" };
  }
}

function segmentText(value: unknown): string | undefined {
  if (typeof value === "string") {
    return value;
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? String(value) : undefined;
  }
  if (typeof value === "bigint" || typeof value === "boolean") {
    return String(value);
  }
  return undefined;
}

/** Servers and proxies may decode once more: `%2e%2e` must be refused like `..`. */
function decodeLeniently(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
