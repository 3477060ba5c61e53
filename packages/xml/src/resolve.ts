import type { NodeMapping, ObjectMapping, XmlMapping } from "./mapping.js";

export type Definitions = NonNullable<XmlMapping["definitions"]>;

/** A node with its refs followed: never a `ref`, with nullability folded in. */
export interface Resolved {
  readonly node: Exclude<NodeMapping, { kind: "ref" }>;
  readonly nullable: boolean;
}

/**
 * Follows `ref`s to a concrete node. A broken mapping (unknown name, a ref cycle with no
 * concrete node) is a generator bug, so it throws a TypeError rather than a codec error.
 */
export function resolve(node: NodeMapping, definitions: Definitions): Resolved {
  // Mappings are immutable data resolved once per element: remember each node's answer.
  let cache = resolvedCache.get(definitions);
  if (cache === undefined) {
    cache = new WeakMap();
    resolvedCache.set(definitions, cache);
  }
  let resolved = cache.get(node);
  if (resolved === undefined) {
    resolved = follow(node, definitions);
    cache.set(node, resolved);
  }
  return resolved;
}

const resolvedCache = new WeakMap<Definitions, WeakMap<NodeMapping, Resolved>>();

function follow(node: NodeMapping, definitions: Definitions): Resolved {
  let current = node;
  let nullable = false;
  for (let hops = 0; current.kind === "ref"; hops++) {
    const { ref } = current;
    const target = Object.hasOwn(definitions, ref) ? definitions[ref] : undefined;
    if (target === undefined) {
      throw new TypeError(`@billforge/xml: mapping refers to unknown definition "${ref}"`);
    }
    if (hops > Object.keys(definitions).length) {
      throw new TypeError(`@billforge/xml: definition "${ref}" refers only to itself`);
    }
    nullable ||= current.nullable === true;
    current = target;
  }
  const own = current.kind === "any" || current.nullable === true;
  const union = current.kind === "union" && current.of.some((m) => m.nullable === true);
  return { node: current, nullable: nullable || own || union };
}

/** The object an `as: "inline"` property maps to; anything else is a generator bug. */
export function inlineObject(node: NodeMapping, definitions: Definitions, path: string): ObjectMapping {
  const resolved = resolve(node, definitions).node;
  if (resolved.kind !== "object") {
    throw new TypeError(`@billforge/xml: inline property ${path} must map to an object, not ${resolved.kind}`);
  }
  return resolved;
}
