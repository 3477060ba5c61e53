import type { ValidationIssue } from "../validation/issues.js";
import { toPointer } from "./violation.js";

/** An unknown key is reported at the key itself, not at the object holding it. */
export function issuePointer(issue: ValidationIssue): string {
  const key = issue.code === "unrecognized_keys" ? /"([^"]+)"/.exec(issue.message)?.[1] : undefined;
  return toPointer(key === undefined ? issue.path : [...issue.path, key]);
}

/** The value an issue points at (own properties only). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const token of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, token)) {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[token];
  }
  return current;
}
