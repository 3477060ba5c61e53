import { isObject, type JsonObject } from "./openapi-document.js";
import { compilePattern } from "./spec-pattern.js";

/**
 * Why a value is invalid against a (converted, 2020-12) schema, found by walking the
 * schema: no code is generated, so it costs nothing per schema, where compiling one with
 * ajv costs about a millisecond (and a large spec with a thousand invalid examples spent
 * seconds there). It knows the keywords OpenAPI specs use and reports what ajv reports
 * with `allErrors`: the same errors, messages, instance paths and order. For any other
 * keyword, a `$ref` it cannot follow, or a schema ajv would refuse to compile, it answers
 * `undefined` and ajv decides. `example-explainer.test.ts` compares it with ajv case by case.
 */
export interface ExampleError {
  /** JSON pointer into the value, as ajv's `instancePath` (`""` for the value itself). */
  readonly instancePath: string;
  /** ajv's message (`must be string`); `allowedValues` are an `enum`'s values. */
  readonly message: string;
  readonly allowedValues?: readonly unknown[];
}

/** Errors for `value` (empty when valid), or `undefined` when ajv must decide. */
export type ExampleExplainer = (schema: unknown, value: unknown) => ExampleError[] | undefined;

/** Thrown inside the walk when ajv must decide. */
class Undecided extends Error {}
const UNDECIDED = new Undecided();

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
  "contentMediaType",
  "contentEncoding",
  "contentSchema",
  // Read with `type` (ajv's getSchemaTypes), never on their own.
  "type",
  "nullable",
]);

/**
 * ajv's keyword groups in the order its generated code checks them: keywords for any
 * value, then those for numbers, strings, arrays and objects, each group in the order of
 * its vocabularies. Keywords of a typed group apply only to values of that type.
 */
const UNTYPED = ["$ref", "const", "enum", "not", "anyOf", "oneOf", "allOf"] as const;
const TYPED_GROUPS = [
  { type: "number", keywords: ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "multipleOf"] },
  { type: "string", keywords: ["maxLength", "minLength", "pattern"] },
  { type: "array", keywords: ["maxItems", "minItems", "items", "uniqueItems"] },
  {
    type: "object",
    keywords: ["maxProperties", "minProperties", "required", "additionalProperties", "properties"],
  },
] as const;
const KNOWN = new Set<string>([...UNTYPED, ...TYPED_GROUPS.flatMap((group) => group.keywords)]);

const TYPE_CHECKS: Readonly<Record<string, (value: unknown) => boolean>> = {
  null: (value) => value === null,
  boolean: (value) => typeof value === "boolean",
  string: (value) => typeof value === "string",
  number: (value) => typeof value === "number" && Number.isFinite(value),
  integer: (value) => typeof value === "number" && Number.isInteger(value),
  array: (value) => Array.isArray(value),
  object: (value) => isObject(value),
};

const BOUND_WORDS: Readonly<Record<string, string>> = {
  maximum: "<=",
  minimum: ">=",
  exclusiveMaximum: "<",
  exclusiveMinimum: ">",
};

/**
 * `component(name)` gives the converted component schema, or undefined when there is none
 * (the caller may convert components lazily: most are never reached by an example).
 */
export function createExampleExplainer(component: (name: string) => unknown, refBase: string): ExampleExplainer {
  const prefix = `${refBase}#/components/schemas/`;
  const patterns = new Map<string, RegExp | undefined>();

  const pattern = (source: string): RegExp => {
    if (!patterns.has(source)) {
      const compiled = compilePattern(source);
      patterns.set(source, compiled instanceof Error ? undefined : compiled);
    }
    const regExp = patterns.get(source);
    if (regExp === undefined) {
      throw UNDECIDED;
    }
    return regExp;
  };

  /** Appends the errors of `value` against `schema` to `errors`; throws UNDECIDED when ajv must decide. */
  const visit = (schema: unknown, value: unknown, path: string, depth: number, errors: ExampleError[]): void => {
    if (schema === true) {
      return;
    }
    if (schema === false) {
      errors.push({ instancePath: path, message: "boolean schema is false" });
      return;
    }
    if (!isObject(schema) || depth > 64) {
      throw UNDECIDED;
    }
    // ajv's number types treat Infinity and NaN in ways not worth copying.
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw UNDECIDED;
    }
    for (const keyword in schema) {
      if (!KNOWN.has(keyword) && !ANNOTATIONS.has(keyword) && !keyword.startsWith("x-")) {
        throw UNDECIDED;
      }
    }
    const types = schemaTypes(schema);
    // A lone type whose group has keywords here is checked with that group; any other type up front.
    const lone = types.length === 1 ? TYPED_GROUPS.find((group) => group.type === types[0]) : undefined;
    const typeInGroup = lone?.keywords.some((keyword) => schema[keyword] !== undefined) === true;
    if (types.length > 0 && !typeInGroup && !types.some((type) => TYPE_CHECKS[type]?.(value))) {
      errors.push({ instancePath: path, message: `must be ${String(schema.type)}` });
    }
    for (const keyword of UNTYPED) {
      if (schema[keyword] !== undefined) {
        untypedKeyword(keyword, schema[keyword], value, path, depth, errors);
      }
    }
    for (const group of TYPED_GROUPS) {
      if (!group.keywords.some((keyword) => schema[keyword] !== undefined)) {
        continue;
      }
      if (!TYPE_CHECKS[group.type]?.(value)) {
        if (typeInGroup && lone === group) {
          errors.push({ instancePath: path, message: `must be ${String(schema.type)}` });
        }
        continue;
      }
      for (const keyword of group.keywords) {
        if (schema[keyword] !== undefined) {
          typedKeyword(keyword, schema[keyword], schema, value, path, depth, errors);
        }
      }
    }
  };

  /** Whether `value` is valid against `schema`, its errors kept apart. */
  const passes = (schema: unknown, value: unknown, path: string, depth: number, errors: ExampleError[]): boolean => {
    const before = errors.length;
    visit(schema, value, path, depth, errors);
    return errors.length === before;
  };

  const untypedKeyword = (
    keyword: (typeof UNTYPED)[number],
    argument: unknown,
    value: unknown,
    path: string,
    depth: number,
    errors: ExampleError[],
  ): void => {
    switch (keyword) {
      case "$ref": {
        if (typeof argument !== "string" || !argument.startsWith(prefix)) {
          throw UNDECIDED;
        }
        const name = argument.slice(prefix.length);
        const target = name.includes("/") || name.includes("~") ? undefined : component(name);
        if (target === undefined) {
          throw UNDECIDED;
        }
        visit(target, value, path, depth + 1, errors);
        return;
      }
      case "const":
        if (!jsonEqual(argument, value)) {
          errors.push({ instancePath: path, message: "must be equal to constant" });
        }
        return;
      case "enum":
        if (!Array.isArray(argument)) {
          throw UNDECIDED;
        }
        if (!argument.some((allowed) => jsonEqual(allowed, value))) {
          errors.push({
            instancePath: path,
            message: "must be equal to one of the allowed values",
            allowedValues: argument,
          });
        }
        return;
      case "not":
        // The subschema's own errors are never reported.
        if (passes(argument, value, path, depth + 1, [])) {
          errors.push({ instancePath: path, message: "must NOT be valid" });
        }
        return;
      default:
        combination(keyword, argument, value, path, depth, errors);
    }
  };

  /** allOf: every member's errors. anyOf and oneOf: the members' errors and their own, unless satisfied. */
  const combination = (
    keyword: "allOf" | "anyOf" | "oneOf",
    argument: unknown,
    value: unknown,
    path: string,
    depth: number,
    errors: ExampleError[],
  ): void => {
    if (!Array.isArray(argument) || argument.length === 0) {
      throw UNDECIDED;
    }
    if (keyword === "allOf") {
      for (const member of argument) {
        visit(member, value, path, depth + 1, errors);
      }
      return;
    }
    const before = errors.length;
    let passed = 0;
    for (const member of argument) {
      if (passes(member, value, path, depth + 1, errors)) {
        passed += 1;
      }
      // ajv stops at the first match for anyOf, and at the second for oneOf.
      if ((keyword === "anyOf" && passed === 1) || passed === 2) {
        break;
      }
    }
    if (passed === 1) {
      errors.length = before;
      return;
    }
    errors.push({
      instancePath: path,
      message: keyword === "anyOf" ? "must match a schema in anyOf" : "must match exactly one schema in oneOf",
    });
  };

  const typedKeyword = (
    keyword: string,
    argument: unknown,
    schema: JsonObject,
    value: unknown,
    path: string,
    depth: number,
    errors: ExampleError[],
  ): void => {
    const fail = (message: string) => errors.push({ instancePath: path, message });
    switch (keyword) {
      case "maximum":
      case "minimum":
      case "exclusiveMaximum":
      case "exclusiveMinimum": {
        const bound = finiteNumber(argument);
        const number = value as number;
        const ok =
          keyword === "maximum"
            ? number <= bound
            : keyword === "minimum"
              ? number >= bound
              : keyword === "exclusiveMaximum"
                ? number < bound
                : number > bound;
        if (!ok) {
          fail(`must be ${BOUND_WORDS[keyword]} ${bound}`);
        }
        return;
      }
      case "multipleOf": {
        const divisor = finiteNumber(argument);
        if (divisor <= 0) {
          throw UNDECIDED;
        }
        // ajv's own test, floating point included.
        const quotient = (value as number) / divisor;
        if (quotient !== Number.parseInt(String(quotient), 10)) {
          fail(`must be multiple of ${divisor}`);
        }
        return;
      }
      case "maxLength":
      case "minLength":
        // ajv counts Unicode code points, not UTF-16 units.
        sizeKeyword(keyword, argument, [...(value as string)].length, "characters", fail);
        return;
      case "pattern":
        if (typeof argument !== "string") {
          throw UNDECIDED;
        }
        if (!pattern(argument).test(value as string)) {
          fail(`must match pattern "${argument}"`);
        }
        return;
      case "maxItems":
      case "minItems":
        sizeKeyword(keyword, argument, (value as unknown[]).length, "items", fail);
        return;
      case "items": {
        if (schema.prefixItems !== undefined) {
          throw UNDECIDED;
        }
        (value as unknown[]).forEach((item, index) => {
          visit(argument, item, `${path}/${index}`, depth + 1, errors);
        });
        return;
      }
      case "uniqueItems": {
        if (typeof argument !== "boolean") {
          throw UNDECIDED;
        }
        const pair = argument ? duplicatePair(value as unknown[], schema.items) : undefined;
        if (pair !== undefined) {
          fail(`must NOT have duplicate items (items ## ${pair[0]} and ${pair[1]} are identical)`);
        }
        return;
      }
      case "maxProperties":
      case "minProperties":
        sizeKeyword(keyword, argument, Object.keys(value as object).length, "properties", fail);
        return;
      case "required": {
        if (!Array.isArray(argument) || !argument.every((name) => typeof name === "string")) {
          throw UNDECIDED;
        }
        const object = value as JsonObject;
        // Like ajv (ownProperties off), a property is present when reading it gives a value.
        for (const name of argument as string[]) {
          if (object[name] === undefined) {
            fail(`must have required property '${name}'`);
          }
        }
        return;
      }
      case "additionalProperties": {
        if (
          schema.patternProperties !== undefined ||
          (schema.properties !== undefined && !isObject(schema.properties))
        ) {
          throw UNDECIDED;
        }
        const known = isObject(schema.properties) ? schema.properties : {};
        const object = value as JsonObject;
        for (const name of Object.keys(object)) {
          if (Object.hasOwn(known, name)) {
            continue;
          }
          if (argument === false) {
            fail("must NOT have additional properties");
          } else {
            visit(argument, object[name], `${path}/${escapePointer(name)}`, depth + 1, errors);
          }
        }
        return;
      }
      case "properties": {
        if (!isObject(argument)) {
          throw UNDECIDED;
        }
        const object = value as JsonObject;
        for (const name of Object.keys(argument)) {
          if (object[name] !== undefined) {
            visit(argument[name], object[name], `${path}/${escapePointer(name)}`, depth + 1, errors);
          }
        }
        return;
      }
      default:
        throw UNDECIDED;
    }
  };

  return (schema, value) => {
    const errors: ExampleError[] = [];
    try {
      visit(schema, value, "", 0, errors);
    } catch (error) {
      if (error instanceof Undecided) {
        return undefined;
      }
      throw error;
    }
    return errors;
  };
}

/** The schema's types as ajv reads them (3.1's `nullable: true` adds null); a schema ajv refuses is undecided. */
function schemaTypes(schema: JsonObject): string[] {
  const { type, nullable } = schema;
  const types = type === undefined ? [] : typeof type === "string" ? [type] : type;
  if (!Array.isArray(types) || !types.every((t) => typeof t === "string" && t in TYPE_CHECKS)) {
    throw UNDECIDED;
  }
  if (nullable === undefined) {
    return types;
  }
  if (types.length === 0 || typeof nullable !== "boolean" || (types.includes("null") && nullable === false)) {
    throw UNDECIDED;
  }
  return nullable && !types.includes("null") ? [...types, "null"] : types;
}

/**
 * The two indices ajv names for the first duplicate it finds. Items of scalar types (from
 * `items`' own type) go through a lookup by value scanning from the end, which names the
 * later item first; anything else is compared pairwise, from the end, naming the earlier
 * item first.
 */
function duplicatePair(items: readonly unknown[], itemSchema: unknown): [number, number] | undefined {
  const types = isObject(itemSchema) ? schemaTypes(itemSchema) : [];
  if (types.length > 0 && !types.some((type) => type === "object" || type === "array")) {
    const seen = new Map<string, number>();
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (!types.some((type) => TYPE_CHECKS[type]?.(item))) {
        continue;
      }
      // ajv keys a plain object by the item: with several types, a string gets a suffix.
      const key = typeof item === "string" && types.length > 1 ? `${item}_` : String(item);
      const later = seen.get(key);
      if (later !== undefined) {
        return [later, i];
      }
      seen.set(key, i);
    }
    return undefined;
  }
  for (let i = items.length - 1; i > 0; i--) {
    for (let j = i - 1; j >= 0; j--) {
      if (jsonEqual(items[i], items[j])) {
        return [j, i];
      }
    }
  }
  return undefined;
}

function finiteNumber(argument: unknown): number {
  if (typeof argument !== "number" || !Number.isFinite(argument)) {
    throw UNDECIDED;
  }
  return argument;
}

function sizeKeyword(
  keyword: string,
  limit: unknown,
  size: number,
  unit: string,
  fail: (message: string) => void,
): void {
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0) {
    throw UNDECIDED;
  }
  if (keyword.startsWith("min") ? size < limit : size > limit) {
    fail(`must NOT have ${keyword.startsWith("min") ? "fewer" : "more"} than ${limit} ${unit}`);
  }
}

function escapePointer(name: string): string {
  return name.replaceAll("~", "~0").replaceAll("/", "~1");
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
