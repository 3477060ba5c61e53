import type { NormalizedProblem } from "@redocly/openapi-core";
import { isObject, type JsonObject } from "./openapi-document.js";
import { fromPointer } from "./pointer.js";
import { deepestSchema, looksLikeSchema } from "./schema-position.js";

/**
 * The tolerant reader of structure problems. Some documents break the letter of their
 * OpenAPI version where their intent is clear; the lenient profile mends the one node
 * and says how, instead of refusing the document.
 */

/** 3.0's `nullable: true` without `type` (beside allOf/oneOf/anyOf/$ref, or alone): "the schema, or null". */
export function isNullableWithoutType(problem: NormalizedProblem): boolean {
  return /`type` field must be defined when the `nullable` field is used/.test(problem.message);
}

export interface Mended {
  /** What was done, for the warning: "read as …", "degraded to `unknown`". */
  readonly how: string;
}

/**
 * Mends the node a structure problem is about, in `parsed` (the problem's file, as
 * parsed), or returns undefined when the problem is not one a reader can mend: a schema
 * that breaks its version's letter is read as its intent or degraded to `unknown`; a
 * property no object of its kind has is ignored.
 */
export function mendStructProblem(
  problem: NormalizedProblem,
  parsed: unknown,
  isRoot: boolean,
  openapi30: boolean,
): Mended | undefined {
  const pointer = problem.location[0]?.pointer;
  if (pointer === undefined) {
    return undefined;
  }
  const segments = fromPointer(pointer);
  const schemaDepth = deepestSchema(segments, !isRoot && looksLikeSchema(parsed));
  const unexpected = /^Property `(.+)` is not expected here/.exec(problem.message)?.[1];
  if (unexpected !== undefined && segments.length > 0) {
    const ownerPath = segments.slice(0, -1);
    const owner = nodeAt(parsed, ownerPath);
    if (!isObject(owner) || !Object.hasOwn(owner, unexpected)) {
      return undefined;
    }
    if (!openapi30 && unexpected === "nullable" && schemaDepth === ownerPath.length) {
      return readNullable(parsed, ownerPath, owner);
    }
    delete owner[unexpected];
    return { how: `ignored \`${unexpected}\`` };
  }
  if (schemaDepth < 0) {
    return undefined;
  }
  const schemaPath = segments.slice(0, schemaDepth);
  if (schemaPath.length === 0) {
    // The file itself is the schema: empty it in place.
    if (!isObject(parsed)) {
      return undefined;
    }
    for (const key of Object.keys(parsed)) {
      delete parsed[key];
    }
    return { how: DEGRADED };
  }
  return replaceAt(parsed, schemaPath, unknownSchema(nodeAt(parsed, schemaPath))) ? { how: DEGRADED } : undefined;
}

const DEGRADED = "degraded the schema to `unknown`";

/** 3.1 has no `nullable`: `type: T, nullable: true` meant `type: [T, "null"]`. */
function readNullable(parsed: unknown, path: readonly string[], schema: JsonObject): Mended | undefined {
  const { nullable, ...rest } = schema;
  if (nullable !== true) {
    delete schema.nullable;
    return { how: "ignored `nullable`" };
  }
  if (typeof rest.type === "string") {
    delete schema.nullable;
    schema.type = [rest.type, "null"];
    return { how: `read \`nullable: true\` as \`type: [${rest.type}, "null"]\`` };
  }
  const replaced = { anyOf: [rest, { type: "null" }] };
  if (path.length === 0) {
    return undefined;
  }
  return replaceAt(parsed, path, replaced)
    ? { how: "read `nullable: true` as `anyOf: [the schema, null]`" }
    : undefined;
}

/** `{}` keeps what documents the node: its description and title. */
function unknownSchema(schema: unknown): JsonObject {
  if (!isObject(schema)) {
    return {};
  }
  const kept: JsonObject = {};
  for (const key of ["title", "description"]) {
    if (typeof schema[key] === "string") {
      kept[key] = schema[key];
    }
  }
  return kept;
}

function nodeAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const segment of path) {
    if (Array.isArray(node)) {
      node = node[Number(segment)];
    } else if (isObject(node)) {
      node = node[segment];
    } else {
      return undefined;
    }
  }
  return node;
}

function replaceAt(root: unknown, path: readonly string[], value: unknown): boolean {
  const parent = nodeAt(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) {
    parent[Number(key)] = value;
  } else if (isObject(parent)) {
    parent[key] = value;
  } else {
    return false;
  }
  return true;
}
