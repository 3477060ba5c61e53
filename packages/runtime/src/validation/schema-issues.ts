import type { ZodType } from "zod";
import type { LazySchema } from "../descriptors.js";
import type { ValidationIssue } from "./issues.js";

/** Each lazy schema is built once, on its first check, however many calls use it. */
const built = new WeakMap<LazySchema, ZodType>();

function schemaOf(lazy: LazySchema): ZodType {
  let schema = built.get(lazy);
  if (schema === undefined) {
    schema = lazy();
    built.set(lazy, schema);
  }
  return schema;
}

/**
 * Checks `value` and returns the problems found, each path prefixed with `prefix`.
 * Only the verdict is used: the value itself is sent or returned untouched, so zod
 * never strips unknown fields or applies defaults on the runtime's behalf.
 */
export function schemaIssues(lazy: LazySchema, value: unknown, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  const result = schemaOf(lazy).safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: [...prefix, ...issue.path],
    message: issue.message,
    code: issue.code,
  }));
}
