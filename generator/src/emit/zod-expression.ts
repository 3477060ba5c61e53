import { propertyKey } from "../ir/names.js";
import type { SchemaIR } from "../ir/types.js";
import { patternExpression } from "../load/spec-pattern.js";

/**
 * Which side of the wire a schema checks. Requests refuse `readOnly` properties and honour
 * `additionalProperties: false`; responses drop `writeOnly` properties and always keep
 * unknown fields, so a provider adding a field breaks nobody.
 */
export type Direction = "request" | "response";

export interface ZodContext {
  readonly direction: Direction;
  /** Expression that yields the named component's schema in this direction. */
  refExpression(name: string): string;
}

/** SchemaIR → a zod 4 expression (source text). Pure: the same input gives the same text. */
export function zodExpression(schema: SchemaIR, context: ZodContext): string {
  switch (schema.kind) {
    case "ref":
      return context.refExpression(schema.name);
    case "string":
      return (
        "z.string()" +
        bound("min", schema.minLength) +
        bound("max", schema.maxLength) +
        (schema.pattern !== undefined ? `.regex(${patternExpression(schema.pattern)})` : "")
      );
    case "number":
    case "integer":
      return (
        (schema.kind === "integer" ? "z.int()" : "z.number()") +
        bound("min", schema.minimum) +
        bound("max", schema.maximum) +
        bound("gt", schema.exclusiveMinimum) +
        bound("lt", schema.exclusiveMaximum) +
        bound("multipleOf", schema.multipleOf)
      );
    case "boolean":
      return "z.boolean()";
    case "null":
      return "z.null()";
    case "enum":
      return enumExpression(schema.values);
    case "array":
      return `z.array(${zodExpression(schema.items, context)})${bound("min", schema.minItems)}${bound("max", schema.maxItems)}`;
    case "object":
      return objectExpression(schema, context);
    case "union": {
      const nonNull = schema.variants.filter((v) => v.kind !== "null");
      const inner = nonNull.map((v) => zodExpression(v, context));
      const base = inner.length === 0 ? "z.never()" : inner.length === 1 ? inner[0]! : `z.union([${inner.join(", ")}])`;
      return nonNull.length < schema.variants.length ? `${base}.nullable()` : base;
    }
    case "intersection":
      return schema.parts
        .map((part) => zodExpression(part, context))
        .reduce((left, right) => `z.intersection(${left}, ${right})`);
    case "unknown":
      return "z.unknown()";
  }
}

function objectExpression(schema: Extract<SchemaIR, { kind: "object" }>, context: ZodContext): string {
  const entries = schema.properties
    .filter((p) => !(context.direction === "response" && p.schema.writeOnly === true))
    .map((p) =>
      // A read-only field sent back would be refused by the provider (or silently ignored):
      // refuse it before sending, also for callers who bypass the types.
      context.direction === "request" && p.schema.readOnly === true
        ? `${propertyKey(p.name)}: z.never().optional()`
        : `${propertyKey(p.name)}: ${zodExpression(p.schema, context)}${p.required ? "" : ".optional()"}`,
    );
  const shape = objectShape(entries);
  if (typeof schema.additional === "object") {
    return `z.object(${shape}).catchall(${zodExpression(schema.additional, context)})`;
  }
  if (schema.additional === false && context.direction === "request") return `z.strictObject(${shape})`;
  return `z.looseObject(${shape})`;
}

function enumExpression(values: readonly (string | number | boolean | null)[]): string {
  if (values.length === 0) return "z.never()";
  if (values.length === 1) return `z.literal(${JSON.stringify(values[0])})`;
  if (values.every((v) => typeof v === "string")) return `z.enum(${JSON.stringify(values)})`;
  return `z.union([${values.map((v) => `z.literal(${JSON.stringify(v)})`).join(", ")}])`;
}

function bound(method: string, value: number | undefined): string {
  return value === undefined ? "" : `.${method}(${value})`;
}

/** An object shape, one property per line; nested lines indented once more. */
export function objectShape(entries: readonly string[]): string {
  if (entries.length === 0) return "{}";
  return `{\n${entries.map((entry) => `  ${entry.replaceAll("\n", "\n  ")},`).join("\n")}\n}`;
}
