import type { LazySchema } from "../descriptors.js";
import type { ValidationIssue } from "./issues.js";

/**
 * Checks `value` and returns the problems found, each path prefixed with `prefix`.
 * Generated schemas come from `lazySchema()`, which builds each one once.
 * Only the verdict is used: the value itself is sent or returned untouched, so zod
 * never strips unknown fields or applies defaults on the runtime's behalf.
 */
export function schemaIssues(lazy: LazySchema, value: unknown, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  const result = lazy().safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: [...prefix, ...issue.path],
    message: issue.message,
    code: issue.code,
  }));
}
