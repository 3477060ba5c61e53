import { isObject, type JsonObject } from "./openapi-document.js";
import { compilePattern } from "./spec-pattern.js";

/**
 * Whether a value is valid against a (converted, 2020-12) schema, decided by walking the
 * schema: no code is generated, so it costs nothing per schema, where compiling one with
 * ajv costs about a millisecond. It knows the keywords OpenAPI specs use; for any other
 * keyword, or a `$ref` it cannot follow, it answers `undefined` and ajv decides. It never
 * answers differently from ajv (example-decider.test.ts checks it against ajv).
 */
export type Verdict = boolean | undefined;

/** Keywords that never affect validity (annotations, OpenAPI vocabulary, formats: ajv runs with validateFormats off). */
const ANNOTATIONS = new Set([
  "$schema",
  "$comment",
  "$defs",
  "title",
  "description",
  "default",
  "examples",
  "example",
  "deprecated",
  "readOnly",
  "writeOnly",
  "format",
  "xml",
  "externalDocs",
  "discriminator",
  "nullable",
  "contentMediaType",
  "contentEncoding",
  "contentSchema",
]);

const TYPE_CHECKS: Readonly<Record<string, (value: unknown) => boolean>> = {
  null: (value) => value === null,
  boolean: (value) => typeof value === "boolean",
  string: (value) => typeof value === "string",
  number: (value) => typeof value === "number" && Number.isFinite(value),
  integer: (value) => typeof value === "number" && Number.isInteger(value),
  array: (value) => Array.isArray(value),
  object: (value) => isObject(value),
};

export function createExampleDecider(components: Readonly<Record<string, unknown>>, refBase: string) {
  const prefix = `${refBase}#/components/schemas/`;
  const patterns = new Map<string, RegExp | undefined>();

  const pattern = (source: string): RegExp | undefined => {
    if (!patterns.has(source)) {
      const compiled = compilePattern(source);
      patterns.set(source, compiled instanceof Error ? undefined : compiled);
    }
    return patterns.get(source);
  };

  const decide = (schema: unknown, value: unknown, depth: number): Verdict => {
    if (schema === true) {
      return true;
    }
    if (schema === false) {
      return false;
    }
    if (!isObject(schema) || depth > 64) {
      return undefined;
    }
    // ajv's number types treat Infinity and NaN in ways not worth copying: let it decide.
    if (typeof value === "number" && !Number.isFinite(value)) {
      return undefined;
    }
    let verdict: Verdict = true;
    // Every keyword is checked even after a failure: an unknown one later on must still defer to ajv.
    for (const [keyword, argument] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword) || keyword.startsWith("x-")) {
        continue;
      }
      const result = keywordVerdict(keyword, argument, schema, value, depth);
      if (result === undefined) {
        return undefined;
      }
      if (!result) {
        verdict = false;
      }
    }
    return verdict;
  };

  const all = (results: Verdict[]): Verdict =>
    results.includes(undefined) ? undefined : results.every((result) => result === true);

  const keywordVerdict = (
    keyword: string,
    argument: unknown,
    schema: JsonObject,
    value: unknown,
    depth: number,
  ): Verdict => {
    switch (keyword) {
      case "$ref": {
        if (typeof argument !== "string" || !argument.startsWith(prefix)) {
          return undefined;
        }
        const name = argument.slice(prefix.length);
        if (name.includes("/") || name.includes("~") || !Object.hasOwn(components, name)) {
          return undefined;
        }
        return decide(components[name], value, depth + 1);
      }
      case "type": {
        const types = typeof argument === "string" ? [argument] : argument;
        if (!Array.isArray(types) || !types.every((type) => typeof type === "string" && type in TYPE_CHECKS)) {
          return undefined;
        }
        return types.some((type) => TYPE_CHECKS[type as string]?.(value) === true);
      }
      case "enum":
        return Array.isArray(argument) ? argument.some((allowed) => jsonEqual(allowed, value)) : undefined;
      case "const":
        return jsonEqual(argument, value);
      case "properties": {
        if (!isObject(argument)) {
          return undefined;
        }
        if (!isObject(value)) {
          return true;
        }
        // Like ajv (ownProperties off), a property is present when reading it gives a value.
        return all(
          Object.entries(argument).map(([name, subschema]) =>
            value[name] !== undefined ? decide(subschema, value[name], depth + 1) : true,
          ),
        );
      }
      case "required":
        if (!Array.isArray(argument)) {
          return undefined;
        }
        if (!argument.every((name) => typeof name === "string")) {
          return undefined;
        }
        return !isObject(value) || argument.every((name: string) => value[name] !== undefined);
      case "additionalProperties": {
        if ("patternProperties" in schema || ("properties" in schema && !isObject(schema.properties))) {
          return undefined;
        }
        if (!isObject(value)) {
          return true;
        }
        const known = isObject(schema.properties) ? schema.properties : {};
        const extra = Object.keys(value).filter((name) => !Object.hasOwn(known, name));
        return all(extra.map((name) => decide(argument, value[name], depth + 1)));
      }
      case "items":
        if ("prefixItems" in schema) {
          return undefined;
        }
        return Array.isArray(value) ? all(value.map((item) => decide(argument, item, depth + 1))) : true;
      case "minItems":
      case "maxItems":
      case "minLength":
      case "maxLength":
      case "minProperties":
      case "maxProperties":
        return sizeVerdict(keyword, argument, value);
      case "pattern": {
        if (typeof argument !== "string") {
          return undefined;
        }
        const regExp = pattern(argument);
        if (regExp === undefined) {
          return undefined;
        }
        return typeof value !== "string" || regExp.test(value);
      }
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        return boundVerdict(keyword, argument, value);
      case "allOf":
      case "anyOf":
      case "oneOf": {
        if (!Array.isArray(argument) || argument.length === 0) {
          return undefined;
        }
        const results = argument.map((subschema) => decide(subschema, value, depth + 1));
        if (results.includes(undefined)) {
          return undefined;
        }
        const passed = results.filter((result) => result === true).length;
        if (keyword === "allOf") {
          return passed === results.length;
        }
        return keyword === "anyOf" ? passed > 0 : passed === 1;
      }
      case "not": {
        const result = decide(argument, value, depth + 1);
        return result === undefined ? undefined : !result;
      }
      default:
        return undefined;
    }
  };

  return (schema: unknown, value: unknown): Verdict => decide(schema, value, 0);
}

function sizeVerdict(keyword: string, limit: unknown, value: unknown): Verdict {
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0) {
    return undefined;
  }
  let size: number | undefined;
  if (keyword.endsWith("Items")) {
    size = Array.isArray(value) ? value.length : undefined;
  }
  // ajv counts Unicode code points, not UTF-16 units.
  else if (keyword.endsWith("Length")) {
    size = typeof value === "string" ? [...value].length : undefined;
  } else {
    size = isObject(value) ? Object.keys(value).length : undefined;
  }
  if (size === undefined) {
    return true;
  }
  return keyword.startsWith("min") ? size >= limit : size <= limit;
}

function boundVerdict(keyword: string, bound: unknown, value: unknown): Verdict {
  if (typeof bound !== "number" || !Number.isFinite(bound)) {
    return undefined;
  }
  if (typeof value !== "number") {
    return true;
  }
  switch (keyword) {
    case "minimum":
      return value >= bound;
    case "maximum":
      return value <= bound;
    case "exclusiveMinimum":
      return value > bound;
    default:
      return value < bound;
  }
}

/** JSON equality, as ajv's `enum` and `const` use it. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]))
    );
  }
  return false;
}
