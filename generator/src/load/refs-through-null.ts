import type { JsonObject } from "./openapi-document.js";
import { fromPointer } from "./pointer.js";

/** Where a `$ref` that steps through a null is pointed instead: a key no spec has. */
export const UNRESOLVABLE_REF_PREFIX = "#/x-billforge-unresolvable";

/**
 * A local `$ref` whose pointer steps through a null (`components: { responses: null }` with
 * `$ref: '#/components/responses/NotFound'`) cannot resolve, but redocly's resolver indexes
 * that null inside a promise nobody awaits, and the process dies with a TypeError. Such a
 * ref is pointed under a key no document has, so redocly reports it as any unresolved
 * `$ref` (BF102), at the same place. `refHolders` are the objects holding a `$ref`.
 */
export function unlinkRefsThroughNull(document: unknown, refHolders: readonly JsonObject[]): void {
  for (const holder of refHolders) {
    const ref = holder.$ref;
    if (typeof ref === "string" && ref.startsWith("#/") && stepsThroughNull(document, ref)) {
      holder.$ref = `${UNRESOLVABLE_REF_PREFIX}${ref.slice(1)}`;
    }
  }
}

/** Whether following `ref` in `document` as redocly does would index a null. */
function stepsThroughNull(document: unknown, ref: string): boolean {
  let segments: string[];
  try {
    segments = fromPointer(ref);
  } catch {
    return false; // a malformed escape: redocly reports it unresolved without crashing
  }
  let node = document;
  for (const segment of segments) {
    if (node === null) {
      return true;
    }
    if (typeof node !== "object" || (node as JsonObject)[segment] === undefined) {
      return false; // undefined on the way: an ordinary unresolved ref (or a `$ref` redocly follows)
    }
    node = (node as JsonObject)[segment];
  }
  return false;
}
