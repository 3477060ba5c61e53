/**
 * What `billforge diff` reports: one change to the public surface of a generated client,
 * classified by what it does to code that imports the package.
 */
import type { Direction } from "../ir/types.js";

/** Every class of change, with whether it adds to the API (a minor bump when not breaking). */
export const CHANGE_KINDS = {
  "operation-added": { addition: true },
  "operation-removed": { addition: false },
  "operation-renamed": { addition: false },
  "operation-moved": { addition: false },
  "operation-deprecated": { addition: false },
  "parameter-added": { addition: true },
  "parameter-removed": { addition: false },
  "parameter-made-required": { addition: false },
  "parameter-made-optional": { addition: false },
  "request-body-added": { addition: true },
  "request-body-removed": { addition: false },
  "request-body-made-required": { addition: false },
  "request-body-made-optional": { addition: false },
  "media-type-added": { addition: true },
  "media-type-removed": { addition: false },
  "field-added": { addition: true },
  "field-removed": { addition: false },
  "field-made-required": { addition: false },
  "field-made-optional": { addition: false },
  "type-narrowed": { addition: false },
  "type-widened": { addition: false },
  "type-changed": { addition: false },
  "enum-value-added": { addition: true },
  "enum-value-removed": { addition: false },
  "response-added": { addition: true },
  "response-removed": { addition: false },
  "error-response-added": { addition: true },
  "error-response-removed": { addition: false },
  "auth-changed": { addition: false },
  "pagination-added": { addition: true },
  "pagination-removed": { addition: false },
  "pagination-changed": { addition: false },
  "retry-safety-changed": { addition: false },
  "server-changed": { addition: false },
  "schema-added": { addition: true },
  "schema-removed": { addition: false },
} as const satisfies Record<string, { addition: boolean }>;

export type ChangeKind = keyof typeof CHANGE_KINDS;

/** Where a change is: an operation (by its id in the new spec when it still exists), a named schema, or the API. */
export type ChangeScope =
  | { readonly type: "operation"; readonly operationId: string; readonly method: string; readonly path: string }
  | {
      readonly type: "schema";
      readonly name: string /** operationIds using it, directly or not. */;
      readonly usedBy: readonly string[];
    }
  | { readonly type: "api" };

export interface Change {
  readonly kind: ChangeKind;
  readonly breaking: boolean;
  readonly scope: ChangeScope;
  /** Inside the scope: `query.page`, `request body (application/json).name`, `Customer.address`. */
  readonly where: string;
  /** One sentence for people: what changed, before → after. */
  readonly message: string;
  /** For schema changes: in requests, responses or both (severity may differ between them). */
  readonly directions?: readonly Direction[];
}

export type Bump = "major" | "minor" | "patch";

/** major for any breaking change, minor when something was added, patch otherwise. */
export function impliedBump(changes: readonly Change[]): Bump {
  if (changes.some((c) => c.breaking)) {
    return "major";
  }
  if (changes.some((c) => CHANGE_KINDS[c.kind].addition)) {
    return "minor";
  }
  return "patch";
}
