import type { JsonObject } from "./openapi-document.js";
import { fromPointer } from "./pointer.js";
import { UNRESOLVABLE_REF_PREFIX } from "./refs-through-null.js";

/** Longer alias chains are left to redocly (which follows them one recursion per hop, too). */
const MAX_HOPS = 1_000;

/** Returned while following refs when one is met a second time. */
const LOOP = Symbol("loop");

/**
 * A local `$ref` whose resolution needs itself (`A: { $ref: '#/components/schemas/A' }`, an
 * alias loop A → B → A, or a pointer through its own holder `#/components/schemas/A/properties/x`)
 * makes redocly's resolver throw "Self-referencing circular pointer" inside a promise nobody
 * awaits, and the process dies. Every ref on such a loop is pointed under a key no document
 * has, so redocly reports it as an unresolved `$ref` (BF102) at the same place; refs that only
 * lead into the loop then resolve to that. (A loop of schemas through `properties` is fine:
 * only a ref that resolves to a ref is followed.)
 */
export function unlinkRefCycles(document: unknown, refHolders: readonly JsonObject[]): void {
  // Found first, then unlinked: unlinking one would hide the loop from the others.
  const onLoop = refHolders.filter((holder) => resolutionNeedsItself(document, holder));
  for (const holder of onLoop) {
    holder.$ref = `${UNRESOLVABLE_REF_PREFIX}${String(holder.$ref).slice(1)}`;
  }
}

const isRef = (node: unknown): node is JsonObject =>
  typeof node === "object" && node !== null && typeof (node as JsonObject).$ref === "string";

/** Follows `holder`'s ref as redocly does (refs met on the way are followed) within `document`. */
function resolutionNeedsItself(document: unknown, holder: JsonObject): boolean {
  const visited = new Set<JsonObject>();
  let backToStart = false;
  const follow = (from: JsonObject): unknown => {
    if (visited.has(from)) {
      backToStart ||= from === holder;
      return LOOP;
    }
    const ref = from.$ref as string;
    if (visited.size >= MAX_HOPS || !ref.startsWith("#/")) {
      return undefined; // another file's ref, or too long to follow here
    }
    visited.add(from);
    let segments: string[];
    try {
      segments = fromPointer(ref);
    } catch {
      return undefined; // a malformed escape: redocly reports it unresolved
    }
    let node: unknown = document;
    for (const segment of segments) {
      if (typeof node !== "object" || node === null) {
        return undefined;
      }
      let object = node as JsonObject;
      if (object[segment] === undefined && isRef(object)) {
        const target = follow(object);
        if (target === LOOP || typeof target !== "object" || target === null) {
          return target === LOOP ? LOOP : undefined;
        }
        object = target as JsonObject;
      }
      node = object[segment];
    }
    return isRef(node) ? follow(node) : node;
  };
  follow(holder);
  return backToStart;
}
