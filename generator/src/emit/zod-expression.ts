import { propertyKey } from "../ir/names.js";
import type { Direction, SchemaIR } from "../ir/types.js";
import { patternExpression } from "../load/spec-pattern.js";

export interface ZodContext {
  readonly direction: Direction;
  /** Expression that yields the named component's schema in this direction. */
  refExpression(name: string): string;
  /**
   * `format: binary` strings are raw bytes (`z.binary()`: a Blob or a Uint8Array): true in
   * bodies sent as multipart or octet streams, where OpenAPI 3.0 spells a file that way.
   */
  readonly binaryStrings?: boolean;
}

/**
 * SchemaIR → a zod 4 expression (source text) in `zod/mini`'s function style
 * (`z.optional(z.string().check(z.maxLength(5)))`), written against the runtime's
 * builders imported as `z`. Pure: the same input gives the same text.
 */
export function zodExpression(schema: SchemaIR, context: ZodContext): string {
  switch (schema.kind) {
    case "ref":
      return context.refExpression(schema.name);
    case "string":
      if (schema.format === "binary" && context.binaryStrings === true) {
        return "z.binary()";
      }
      return checked("z.string()", [
        bound("minLength", schema.minLength),
        bound("maxLength", schema.maxLength),
        schema.pattern !== undefined ? `z.regex(${patternExpression(schema.pattern)})` : undefined,
      ]);
    case "number":
    case "integer":
      return checked(schema.kind === "integer" ? "z.int()" : "z.number()", [
        bound("gte", schema.minimum),
        bound("lte", schema.maximum),
        bound("gt", schema.exclusiveMinimum),
        bound("lt", schema.exclusiveMaximum),
        bound("multipleOf", schema.multipleOf),
      ]);
    case "boolean":
      return "z.boolean()";
    case "null":
      return "z.null()";
    case "enum":
      return enumExpression(schema.values);
    case "array":
      return checked(`z.array(${zodExpression(schema.items, context)})`, [
        bound("minLength", schema.minItems),
        bound("maxLength", schema.maxItems),
      ]);
    case "object":
      return objectExpression(schema, context);
    case "union":
      return unionExpression(schema, context);
    case "intersection":
      return schema.parts
        .map((part) => zodExpression(part, context))
        .reduce((left, right) => `z.intersection(${left}, ${right})`);
    case "unknown":
      return "z.unknown()";
  }
}

function unionExpression(schema: Extract<SchemaIR, { kind: "union" }>, context: ZodContext): string {
  const nonNull = schema.variants.filter((v) => v.kind !== "null");
  const inner = nonNull.map((v) => zodExpression(v, context));
  const discriminated = discriminatedExpression(schema, nonNull, context);
  const base =
    discriminated ??
    (inner.length === 0 ? "z.never()" : inner.length === 1 ? inner[0]! : `z.union([${inner.join(", ")}])`);
  return nonNull.length < schema.variants.length ? `z.nullable(${base})` : base;
}

/**
 * A `discriminator` whose variants are all components becomes `z.discriminatedUnion`: zod
 * picks the variant from the discriminator property and reports only that variant's
 * problems (a plain union reports every variant's). A variant's tags are the mapping's
 * values naming it, else its component name (OpenAPI's implicit mapping); each variant is
 * its component behind a check of those tags (`z.pipe`), because the component itself
 * usually types the property as any string. Inline variants keep the plain union.
 */
function discriminatedExpression(
  schema: Extract<SchemaIR, { kind: "union" }>,
  variants: readonly SchemaIR[],
  context: ZodContext,
): string | undefined {
  const discriminator = schema.discriminator;
  if (discriminator === undefined || variants.length < 2) {
    return undefined;
  }
  const options: string[] = [];
  for (const variant of variants) {
    if (variant.kind !== "ref") {
      return undefined;
    }
    const mapped = discriminator.mapping.filter((entry) => entry.schema === variant.name).map((entry) => entry.value);
    const tags = mapped.length > 0 ? mapped : [variant.name];
    const pin = `${propertyKey(discriminator.propertyName)}: ${enumExpression(tags)}`;
    options.push(`z.pipe(z.looseObject({ ${pin} }), ${context.refExpression(variant.name)})`);
  }
  return `z.discriminatedUnion(${JSON.stringify(discriminator.propertyName)}, [${options.join(", ")}])`;
}

function objectExpression(schema: Extract<SchemaIR, { kind: "object" }>, context: ZodContext): string {
  const entries = schema.properties
    .filter((p) => !(context.direction === "response" && p.schema.writeOnly === true))
    .map((p) =>
      // A read-only field sent back would be refused by the provider (or silently ignored):
      // refuse it before sending, also for callers who bypass the types.
      context.direction === "request" && p.schema.readOnly === true
        ? `${propertyKey(p.name)}: z.optional(z.never())`
        : `${propertyKey(p.name)}: ${optionalIf(!p.required, zodExpression(p.schema, context))}`,
    );
  const shape = objectShape(entries);
  if (typeof schema.additional === "object") {
    return `z.catchall(z.object(${shape}), ${zodExpression(schema.additional, context)})`;
  }
  if (schema.additional === false && context.direction === "request") {
    return `z.strictObject(${shape})`;
  }
  return `z.looseObject(${shape})`;
}

/** `z.optional(expression)` when `optional`, else the expression. */
export function optionalIf(optional: boolean, expression: string): string {
  return optional ? `z.optional(${expression})` : expression;
}

function enumExpression(values: readonly (string | number | boolean | null)[]): string {
  if (values.length === 0) {
    return "z.never()";
  }
  if (values.length === 1) {
    return `z.literal(${JSON.stringify(values[0])})`;
  }
  if (values.every((v) => typeof v === "string")) {
    return `z.enum(${JSON.stringify(values)})`;
  }
  return `z.union([${values.map((v) => `z.literal(${JSON.stringify(v)})`).join(", ")}])`;
}

/** `base.check(…)` with the checks that apply, or `base` alone. */
function checked(base: string, checks: readonly (string | undefined)[]): string {
  const present = checks.filter((check) => check !== undefined);
  return present.length === 0 ? base : `${base}.check(${present.join(", ")})`;
}

function bound(check: string, value: number | undefined): string | undefined {
  return value === undefined ? undefined : `z.${check}(${value})`;
}

/** An object shape, one property per line; nested lines indented once more. */
export function objectShape(entries: readonly string[]): string {
  if (entries.length === 0) {
    return "{}";
  }
  return `{\n${entries.map((entry) => `  ${entry.replaceAll("\n", "\n  ")},`).join("\n")}\n}`;
}
