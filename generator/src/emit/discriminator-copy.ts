import { fromPointer } from "../load/pointer.js";

type Node = Record<string, unknown>;

/**
 * The document as openapi-typescript's `scanDiscriminators` may write it, sharing every node
 * it cannot write with `doc`. That pass patches the discriminator property (enum, required)
 * into the schemas a discriminator maps to, and into schemas that `allOf` a discriminated
 * one; only those schemas, the nodes on their `$ref` chains and the containers above them
 * are copied. (A whole copy of a large spec doubled the memory the document takes, at the
 * point where openapi-typescript's own work peaks.)
 */
export function copyForDiscriminators(doc: object): object {
  const root = { ...doc } as Node;
  const copies = new Set<object>([root]);
  const discriminated = new Set<string>();
  const targets: string[] = [];
  walk(doc, (node, path) => {
    const discriminator = node.discriminator;
    if (!isNode(discriminator) || typeof discriminator.propertyName !== "string") {
      return;
    }
    discriminated.add(`#${path}`);
    if (Array.isArray(node.oneOf)) {
      for (const item of node.oneOf) {
        if (isNode(item) && typeof item.$ref === "string") {
          targets.push(item.$ref);
        }
      }
    }
    if (isNode(discriminator.mapping)) {
      for (const ref of Object.values(discriminator.mapping)) {
        if (typeof ref === "string") {
          targets.push(ref);
        }
      }
    }
  });
  walk(doc, (node, path) => {
    if (!Array.isArray(node.allOf)) {
      return;
    }
    if (node.allOf.some((item) => isNode(item) && discriminated.has(item.$ref as string))) {
      targets.push(`#${path}`);
    }
  });

  for (const target of targets) {
    const node = copyAlong(root, target, copies, new Set());
    if (node === undefined) {
      continue;
    }
    // The containers the patch writes into.
    if (Array.isArray(node.allOf)) {
      node.allOf = [...node.allOf];
    }
    if (Array.isArray(node.required)) {
      node.required = [...node.required];
    }
    if (isNode(node.properties)) {
      node.properties = { ...node.properties };
    }
  }
  return root;
}

/** Copies the nodes from `root` to the end of `ref`'s chain (as openapi-typescript resolves it); returns that end. */
function copyAlong(root: Node, ref: string, copies: Set<object>, visited: Set<string>): Node | undefined {
  if (!ref.startsWith("#/") || visited.has(ref)) {
    return undefined;
  }
  visited.add(ref);
  let node: Node = root;
  for (const segment of pointerSegments(ref)) {
    const child = node[segment];
    if (!isNode(child) && !Array.isArray(child)) {
      return undefined;
    }
    if (!copies.has(child)) {
      const copy = Array.isArray(child) ? [...child] : { ...child };
      copies.add(copy);
      node[segment] = copy;
    }
    node = node[segment] as Node;
  }
  return typeof node.$ref === "string" ? copyAlong(root, node.$ref, copies, visited) : node;
}

function pointerSegments(ref: string): string[] {
  try {
    return fromPointer(ref);
  } catch {
    return [];
  }
}

/** Every object (not array) under `node`, with its JSON pointer. */
function walk(node: unknown, visit: (node: Node, path: string) => void, path = ""): void {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) {
      walk(item, visit, `${path}/${index}`);
    }
    return;
  }
  if (!isNode(node)) {
    return;
  }
  visit(node, path);
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === "object" && value !== null) {
      walk(value, visit, `${path}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
