import type { MediaDescriptor, OperationDescriptor } from "../descriptors.js";
import type { ValidationIssue } from "./issues.js";
import { schemaIssues } from "./schema-issues.js";

/** The argument object generated methods take. */
export interface RequestArgs {
  readonly path?: object | undefined;
  readonly query?: object | undefined;
  readonly headers?: object | undefined;
  readonly body?: unknown;
}

const ARGUMENT_KEYS: ReadonlySet<string> = new Set(["path", "query", "headers", "body"]);

/**
 * Schema problems in a call's arguments: parameters against `op.parameters`, the body
 * against the schema of the media type it will be sent as. Run before anything is sent.
 */
export function requestArgumentIssues(
  op: OperationDescriptor,
  args: RequestArgs,
  bodyMedia: MediaDescriptor | undefined,
): ValidationIssue[] {
  const issues: ValidationIssue[] = Object.keys(args)
    .filter((key) => !ARGUMENT_KEYS.has(key))
    .map((key) => ({ path: [key], message: "is not an argument (expected path, query, headers or body)" }));
  if (op.parameters !== undefined) {
    const { path, query, headers } = args;
    issues.push(...schemaIssues(op.parameters, { path, query, headers }));
  }
  issues.push(...bodyIssues(op, args.body, bodyMedia));
  return issues;
}

function bodyIssues(op: OperationDescriptor, body: unknown, media: MediaDescriptor | undefined): ValidationIssue[] {
  if (body === undefined) {
    return op.requestBody?.required === true ? [{ path: ["body"], message: "is required" }] : [];
  }
  if (op.requestBody === undefined) {
    return [{ path: ["body"], message: `${op.id} takes no request body` }];
  }
  return media?.schema === undefined ? [] : schemaIssues(media.schema, body, ["body"]);
}
