/** The loose shape of a bundled OpenAPI 3.0/3.1 document as the loader walks it. */
export type JsonObject = { [key: string]: unknown };

export interface OpenApiDocument extends JsonObject {
  openapi: string;
  info: JsonObject;
  paths?: JsonObject;
  components?: JsonObject;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethodKey = (typeof HTTP_METHODS)[number];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface OperationLocation {
  readonly path: string;
  readonly method: HttpMethodKey;
  readonly operation: JsonObject;
  readonly pathItem: JsonObject;
  /** Pointer segments of the operation object. */
  readonly segments: readonly string[];
}

/** Every operation of the document, in path then method order as written. */
export function listOperations(doc: OpenApiDocument): OperationLocation[] {
  const found: OperationLocation[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const pathItem = resolveLocal(doc, rawItem);
    if (!isObject(pathItem)) {
      continue;
    }
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (isObject(operation)) {
        found.push({ path, method, operation, pathItem, segments: ["paths", path, method] });
      }
    }
  }
  return found;
}

/** Follows local `$ref`s (the bundled document has only local ones) to the node they name. */
export function resolveLocal(doc: OpenApiDocument, node: unknown, seen?: Set<string>): unknown {
  if (!isObject(node) || typeof node.$ref !== "string") {
    return node;
  }
  const ref = node.$ref;
  if (!ref.startsWith("#/") || seen?.has(ref)) {
    return undefined;
  }
  // Called on every node the loader and IR look at: the cycle guard exists only for refs.
  const visited = seen ?? new Set<string>();
  visited.add(ref);
  let target: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = /[%~]/.test(raw) ? decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~") : raw;
    if (!isObject(target) || !Object.hasOwn(target, key)) {
      return undefined;
    }
    target = target[key];
  }
  return resolveLocal(doc, target, visited);
}
