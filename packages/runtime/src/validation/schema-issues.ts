import { en } from "zod/locales";
import { type core, safeParse } from "zod/mini";
import type { LazySchema } from "../descriptors.js";
import type { ValidationIssue } from "./issues.js";

let english: core.$ZodErrorMap | undefined;

/**
 * zod's English messages ("Too big: expected string to have <=5 characters"), passed with
 * each parse: `zod/mini` configures no locale (its bare message is "Invalid input"), and
 * setting zod's global config would change the messages of the caller's own schemas.
 */
export function englishErrors(): core.$ZodErrorMap {
  english ??= en().localeError;
  return english;
}

/**
 * Checks `value` against any zod 4 schema (mini or classic) and returns the problems
 * found, each path prefixed with `prefix`, messages in English.
 */
export function issuesOf(
  schema: core.$ZodType,
  value: unknown,
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  const result = safeParse(schema, value, { error: englishErrors() });
  if (result.success) {
    return [];
  }
  return result.error.issues.map((issue) => ({
    path: [...prefix, ...issue.path],
    message: issue.message,
    code: issue.code,
  }));
}

/**
 * Checks `value` and returns the problems found, each path prefixed with `prefix`.
 * Generated schemas come from `lazySchema()`, which builds each one once.
 * Only the verdict is used: the value itself is sent or returned untouched, so zod
 * never strips unknown fields or applies defaults on the runtime's behalf.
 */
export function schemaIssues(lazy: LazySchema, value: unknown, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  return issuesOf(lazy(), value, prefix);
}
