import { isObject, type JsonObject } from "./openapi-document.js";

/**
 * Example values are data: a `$ref` key inside one (a SCIM payload carries them) names
 * nothing to load. Before the bundler walks a file, such keys are renamed to a key no
 * spec writes; after bundling they get their name back.
 */
const ESCAPED_REF = "\u0000$ref";

/** Keys whose value is data in whatever object holds them. */
const DATA_KEYS = new Set(["example", "default", "const", "enum"]);

/** Keys whose children are names (of properties, components, media types…), not keywords. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "schemas",
  "responses",
  "parameters",
  "headers",
  "requestBodies",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "paths",
  "webhooks",
  "content",
  "encoding",
  "variables",
  "mapping",
  "scopes",
]);

/**
 * Renames every `$ref` key inside example data of a parsed spec file, in place, and
 * returns the objects holding a real `$ref` (found on the same walk, which on a large
 * spec is worth not repeating).
 */
export function escapeExampleRefs(node: unknown): JsonObject[] {
  const refHolders: JsonObject[] = [];
  walk(node, false, refHolders);
  return refHolders;
}

function walk(node: unknown, childrenAreNames: boolean, refHolders: JsonObject[]): void {
  if (Array.isArray(node)) {
    for (const item of node) {
      walk(item, false, refHolders);
    }
    return;
  }
  if (!isObject(node)) {
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (!childrenAreNames && DATA_KEYS.has(key)) {
      renameRefs(value, "$ref", ESCAPED_REF);
    } else if (!childrenAreNames && key === "examples") {
      escapeExamples(value);
    } else if (!childrenAreNames && key === "$ref" && typeof value === "string") {
      refHolders.push(node);
    } else {
      walk(value, NAME_MAPS.has(key) && !childrenAreNames, refHolders);
    }
  }
}

/** `examples`: a schema's list of values (3.1), or a map of Example Objects whose `value` is data. */
function escapeExamples(value: unknown): void {
  if (Array.isArray(value)) {
    renameRefs(value, "$ref", ESCAPED_REF);
  }
  if (!isObject(value)) {
    return;
  }
  for (const example of Object.values(value)) {
    if (isObject(example) && "value" in example) {
      renameRefs(example.value, "$ref", ESCAPED_REF);
    }
  }
}

/** Gives escaped `$ref` keys of the bundled document their name back, in place. */
export function restoreExampleRefs(node: unknown): void {
  renameRefs(node, ESCAPED_REF, "$ref");
}

function renameRefs(node: unknown, from: string, to: string): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      stack.push(...current);
    } else if (isObject(current)) {
      if (Object.hasOwn(current, from)) {
        renameKey(current, from, to);
      }
      stack.push(...Object.values(current));
    }
  }
}

/** Renames a key keeping the object's key order (examples are shown as written). */
function renameKey(object: JsonObject, from: string, to: string): void {
  const entries = Object.entries(object);
  for (const key of Object.keys(object)) {
    delete object[key];
  }
  for (const [key, value] of entries) {
    object[key === from ? to : key] = value;
  }
}
