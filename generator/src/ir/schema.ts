import { isObject, type JsonObject } from "../load/openapi-document.js";
import type { DiscriminatorIR, Scalar, SchemaIR, SchemaMeta } from "./types.js";

const COMPONENT_REF = /^#\/components\/schemas\/(.+)$/;

/**
 * One OpenAPI 3.0/3.1 schema object → SchemaIR. References to component schemas stay
 * references (by component name); 3.0's `nullable` and 3.1's `type: [T, "null"]` both
 * become a union with `null`.
 */
export function toSchemaIR(raw: unknown, openapi30: boolean): SchemaIR {
  if (raw === true || raw === undefined) {
    return { kind: "unknown" };
  }
  if (raw === false) {
    return { kind: "enum", values: [] };
  }
  if (!isObject(raw)) {
    return { kind: "unknown" };
  }
  const meta = metaOf(raw);
  if (typeof raw.$ref === "string") {
    const match = COMPONENT_REF.exec(raw.$ref);
    const ref: SchemaIR = { kind: "ref", name: decodeRefName(match?.[1] ?? raw.$ref), ...meta };
    // 3.0 ignores siblings of `$ref`, `nullable` among them: the loader has already rewritten
    // `nullable: true` beside a `$ref` as `allOf` (load/nullable-refs.ts).
    if (openapi30) {
      return ref;
    }
    return raw.type === undefined ? ref : withNull(ref, includesNull(raw.type));
  }
  const base = withoutNullable(raw, openapi30);
  return withNull(buildCore(base, openapi30, meta), nullable(raw, openapi30));
}

function buildCore(raw: JsonObject, openapi30: boolean, meta: SchemaMeta): SchemaIR {
  if (raw.const !== undefined) {
    return { kind: "enum", values: [raw.const as Scalar], ...meta };
  }
  if (Array.isArray(raw.enum)) {
    return { kind: "enum", values: raw.enum.filter((v) => v !== null) as Scalar[], ...meta };
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const list = raw[key];
    if (Array.isArray(list) && list.length > 0) {
      const variants = list.map((s) => toSchemaIR(s, openapi30));
      const siblings = siblingSchema(raw, key, openapi30);
      const discriminator = discriminatorIR(raw.discriminator);
      const union: SchemaIR =
        variants.length === 1
          ? variants[0]!
          : { kind: "union", variants, ...(discriminator ? { discriminator } : {}), ...meta };
      return siblings ? { kind: "intersection", parts: [siblings, union], ...meta } : union;
    }
  }
  if (Array.isArray(raw.allOf) && raw.allOf.length > 0) {
    const parts = raw.allOf.map((s) => toSchemaIR(s, openapi30));
    const siblings = siblingSchema(raw, "allOf", openapi30);
    const all = siblings ? [...parts, siblings] : parts;
    return all.length === 1 ? { ...all[0]!, ...meta } : { kind: "intersection", parts: all, ...meta };
  }
  const types = typeList(raw);
  if (types.length > 1) {
    return { kind: "union", variants: types.map((type) => buildCore({ ...raw, type }, openapi30, {})), ...meta };
  }
  switch (types[0]) {
    case "string":
      return {
        kind: "string",
        ...pick(raw, ["format", "pattern"], "string"),
        ...pick(raw, ["minLength", "maxLength"], "number"),
        ...meta,
      };
    case "number":
    case "integer":
      return {
        kind: types[0],
        ...pick(raw, ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"], "number"),
        ...meta,
      };
    case "boolean":
      return { kind: "boolean", ...meta };
    case "null":
      return { kind: "null", ...meta };
    case "array":
      return {
        kind: "array",
        items: toSchemaIR(raw.items, openapi30),
        ...pick(raw, ["minItems", "maxItems"], "number"),
        ...meta,
      };
    case "object":
      return objectIR(raw, openapi30, meta);
    default:
      return { kind: "unknown", ...meta };
  }
}

/** `discriminator: { propertyName, mapping }`; mapping targets are `$ref`s or bare component names. */
function discriminatorIR(raw: unknown): DiscriminatorIR | undefined {
  if (!isObject(raw) || typeof raw.propertyName !== "string") {
    return undefined;
  }
  const mapping = Object.entries(isObject(raw.mapping) ? raw.mapping : {})
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .map(([value, target]) => ({ value, schema: decodeRefName(COMPONENT_REF.exec(target)?.[1] ?? target) }));
  return { propertyName: raw.propertyName, mapping };
}

function objectIR(raw: JsonObject, openapi30: boolean, meta: SchemaMeta): SchemaIR {
  const required = new Set(Array.isArray(raw.required) ? (raw.required as string[]) : []);
  const properties = Object.entries(isObject(raw.properties) ? raw.properties : {}).map(([name, schema]) => ({
    name,
    required: required.has(name),
    schema: toSchemaIR(schema, openapi30),
  }));
  const extra = raw.additionalProperties;
  const additional =
    extra === false ? false : isObject(extra) && Object.keys(extra).length > 0 ? toSchemaIR(extra, openapi30) : true;
  return { kind: "object", properties, additional, ...meta };
}

/** Keywords beside oneOf/anyOf/allOf (shared properties) form a schema of their own. */
function siblingSchema(raw: JsonObject, combinator: string, openapi30: boolean): SchemaIR | undefined {
  const rest: JsonObject = {};
  for (const [key, value] of Object.entries(raw)) {
    if (["properties", "required", "type", "items", "additionalProperties"].includes(key) && key !== combinator) {
      rest[key] = value;
    }
  }
  if (Object.keys(rest).length === 0 || (Object.keys(rest).length === 1 && rest.type !== undefined)) {
    return undefined;
  }
  return buildCore(rest, openapi30, {});
}

function typeList(raw: JsonObject): string[] {
  const declared = Array.isArray(raw.type) ? (raw.type as string[]) : typeof raw.type === "string" ? [raw.type] : [];
  const types = declared.filter((t) => t !== "null");
  if (types.length > 0) {
    return types;
  }
  if (declared.includes("null")) {
    return ["null"];
  }
  if (isObject(raw.properties) || raw.additionalProperties !== undefined) {
    return ["object"];
  }
  if (raw.items !== undefined) {
    return ["array"];
  }
  return [];
}

function nullable(raw: JsonObject, openapi30: boolean): boolean {
  if (openapi30) {
    return raw.nullable === true;
  }
  if (Array.isArray(raw.enum) && raw.enum.includes(null)) {
    return true;
  }
  return includesNull(raw.type) && typeList(raw)[0] !== "null";
}

function includesNull(type: unknown): boolean {
  return Array.isArray(type) && type.includes("null");
}

function withoutNullable(raw: JsonObject, openapi30: boolean): JsonObject {
  if (!openapi30) {
    return raw;
  }
  const { nullable: _, exclusiveMinimum, exclusiveMaximum, ...rest } = raw;
  const out: JsonObject = { ...rest };
  // 3.0 spells exclusive bounds as booleans beside minimum/maximum.
  if (exclusiveMinimum === true && typeof rest.minimum === "number") {
    out.exclusiveMinimum = rest.minimum;
    delete out.minimum;
  }
  if (exclusiveMaximum === true && typeof rest.maximum === "number") {
    out.exclusiveMaximum = rest.maximum;
    delete out.maximum;
  }
  return out;
}

function withNull(schema: SchemaIR, addNull: boolean): SchemaIR {
  if (!addNull) {
    return schema;
  }
  const { description, deprecated, readOnly, writeOnly, xml } = schema;
  const meta = clean({ description, deprecated, readOnly, writeOnly, xml });
  return { kind: "union", variants: [stripMeta(schema), { kind: "null" }], ...meta };
}

function stripMeta(schema: SchemaIR): SchemaIR {
  const { description: _d, deprecated: _p, readOnly: _r, writeOnly: _w, xml: _x, ...rest } = schema;
  return rest as SchemaIR;
}

/** Built field by field: this runs for every schema node of the spec (a large one has 100,000s). */
function metaOf(raw: JsonObject): SchemaMeta {
  const meta: { -readonly [K in keyof SchemaMeta]: SchemaMeta[K] } = {};
  if (isObject(raw.xml)) {
    meta.xml = xmlOf(raw.xml);
  }
  if (typeof raw.description === "string") {
    meta.description = raw.description;
  }
  if (raw.deprecated === true) {
    meta.deprecated = true;
  }
  if (raw.readOnly === true) {
    meta.readOnly = true;
  }
  if (raw.writeOnly === true) {
    meta.writeOnly = true;
  }
  return meta;
}

function xmlOf(xml: JsonObject): NonNullable<SchemaMeta["xml"]> {
  return clean({
    name: typeof xml.name === "string" ? xml.name : undefined,
    wrapped: xml.wrapped === true ? true : undefined,
    attribute: xml.attribute === true ? true : undefined,
    nodeType: xml["x-billforge-node-type"] === "none" ? ("none" as const) : undefined,
    optionalWrapper:
      typeof xml["x-billforge-optional-wrapper"] === "string" ? xml["x-billforge-optional-wrapper"] : undefined,
  });
}

function pick(raw: JsonObject, keys: readonly string[], type: "string" | "number"): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of keys) {
    if (typeof raw[key] === type) {
      out[key] = raw[key] as string | number;
    }
  }
  return out;
}

function clean<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}

function decodeRefName(name: string): string {
  return decodeURIComponent(name).replaceAll("~1", "/").replaceAll("~0", "~");
}
