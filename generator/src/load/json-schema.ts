import { isObject, type JsonObject } from "./openapi-document.js";

/** Keywords whose value is one subschema, a map of them, or a list of them. */
const SUBSCHEMA = ["items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"];
const SUBSCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"];
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];

/**
 * Turns an OpenAPI 3.0 or 3.1 schema into draft 2020-12 JSON Schema for validation:
 * 3.0's `nullable` and boolean `exclusiveMinimum`/`exclusiveMaximum` become their 3.1
 * forms, and local `$ref`s are re-rooted at `refBase` so one registered document serves
 * every schema.
 */
export function toJsonSchema(schema: unknown, openapi30: boolean, refBase: string): unknown {
  if (Array.isArray(schema)) {
    return schema.map((s) => toJsonSchema(s, openapi30, refBase));
  }
  if (!isObject(schema)) {
    return schema;
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref" && typeof value === "string") {
      out.$ref = value.startsWith("#") ? `${refBase}${value}` : value;
    } else if (SUBSCHEMA.includes(key)) {
      out[key] = toJsonSchema(value, openapi30, refBase);
    } else if (SUBSCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((s) => toJsonSchema(s, openapi30, refBase));
    } else if (SUBSCHEMA_MAPS.includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, s]) => [k, toJsonSchema(s, openapi30, refBase)]));
    } else {
      out[key] = value;
    }
  }
  return openapi30 ? upgrade30(out) : out;
}

function upgrade30(schema: JsonObject): JsonObject {
  const out = { ...schema };
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (out[flag] === true && typeof out[bound] === "number") {
      out[flag] = out[bound];
      delete out[bound];
    } else if (typeof out[flag] === "boolean") {
      delete out[flag];
    }
  }
  if (out.nullable !== true) {
    return out;
  }
  delete out.nullable;
  if (typeof out.type === "string") {
    out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) {
      out.enum = [...out.enum, null];
    }
    return out;
  }
  return { anyOf: [out, { type: "null" }] };
}

/** Walks the component schemas' `$ref`-free structure depth-first, calling `visit` on each schema. */
export function forEachSubschema(schema: unknown, visit: (schema: JsonObject) => void): void {
  if (!isObject(schema)) {
    return;
  }
  visit(schema);
  for (const key of SUBSCHEMA) {
    forEachSubschema(schema[key], visit);
  }
  for (const key of SUBSCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) {
      for (const s of list) {
        forEachSubschema(s, visit);
      }
    }
  }
  for (const key of SUBSCHEMA_MAPS) {
    const map = schema[key];
    if (isObject(map)) {
      for (const s of Object.values(map)) {
        forEachSubschema(s, visit);
      }
    }
  }
}
