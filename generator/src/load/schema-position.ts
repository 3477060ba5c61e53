/** Keywords whose value is one schema. */
const ONE_SCHEMA = new Set([
  "items",
  "not",
  "additionalProperties",
  "additionalItems",
  "contains",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema",
]);
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
/** Keywords whose value lists schemas. */
const SCHEMA_LIST = new Set(["allOf", "oneOf", "anyOf", "prefixItems"]);

/**
 * How many leading segments of a pointer name the deepest schema on its way, or -1 when
 * the pointer passes no schema: `/paths/~1a/get/responses/200/content/x/schema/properties/id/type`
 * → the segments up to `id`. `rootIsSchema` for a file that is itself one schema.
 */
export function deepestSchema(segments: readonly string[], rootIsSchema: boolean): number {
  type State = "document" | "schema" | "map" | "list" | "data";
  let state: State = rootIsSchema ? "schema" : "document";
  let deepest = rootIsSchema ? 0 : -1;
  for (let i = 0; i < segments.length && state !== "data"; i++) {
    const segment = segments[i]!;
    if (state === "map" || state === "list") {
      state = "schema";
      deepest = i + 1;
    } else if (state === "schema") {
      if (SCHEMA_MAP.has(segment)) {
        state = "map";
      } else if (SCHEMA_LIST.has(segment)) {
        state = "list";
      } else if (ONE_SCHEMA.has(segment)) {
        deepest = i + 1;
      } else {
        state = "data";
      }
    } else if (segment === "schema") {
      state = "schema";
      deepest = i + 1;
    } else if (segment === "schemas" && segments[i - 1] === "components") {
      state = "map";
    }
  }
  return deepest;
}

/** A file's top level looks like one schema (a multi-file spec's `schemas/Pet.yaml`). */
export function looksLikeSchema(node: unknown): boolean {
  if (typeof node !== "object" || node === null || Array.isArray(node)) {
    return false;
  }
  const keys = Object.keys(node);
  if (keys.some((key) => key === "openapi" || key === "paths" || key === "in" || key === "content")) {
    return false;
  }
  return keys.some((key) =>
    ["type", "properties", "allOf", "oneOf", "anyOf", "items", "enum", "nullable"].includes(key),
  );
}
