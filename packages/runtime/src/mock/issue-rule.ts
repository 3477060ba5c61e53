import type { ValidationIssue } from "../validation/issues.js";

/** JSON Schema's word for what a zod issue says was broken. */
export function issueRule(issue: ValidationIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined ? "required" : "type";
    case "too_small":
      return typeof value === "string" ? "minLength" : Array.isArray(value) ? "minItems" : "minimum";
    case "too_big":
      return typeof value === "string" ? "maxLength" : Array.isArray(value) ? "maxItems" : "maximum";
    case "invalid_format":
      return /pattern|regex/i.test(issue.message) ? "pattern" : "format";
    case "invalid_value":
      return "enum";
    case "unrecognized_keys":
      return "additionalProperties";
    case "invalid_union":
      return "oneOf";
    case "not_multiple_of":
      return "multipleOf";
    default:
      return issue.code ?? "schema";
  }
}
