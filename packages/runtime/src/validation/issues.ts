/**
 * One problem found in a value: where (a path from the root of what was checked) and what.
 * zod issues have this shape, and so do the runtime's own checks, so both read the same.
 */
export interface ValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string | undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `["body", "items", 0, "price"]` → `body.items[0].price`, the form people type. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") {
      text += `[${segment}]`;
    } else if (typeof segment === "string" && IDENTIFIER.test(segment)) {
      text += text === "" ? segment : `.${segment}`;
    } else {
      text += `[${JSON.stringify(String(segment))}]`;
    }
  }
  return text === "" ? "(root)" : text;
}

/** A one-line summary for error messages; the full list stays on the error's `issues`. */
export function summarizeIssues(issues: readonly ValidationIssue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  const hidden = issues.length - shown.length;
  return hidden > 0 ? `${shown.join("; ")}; and ${hidden} more` : shown.join("; ");
}
