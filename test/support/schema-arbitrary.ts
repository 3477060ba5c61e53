import type { NamedSchemaIR, SchemaIR } from "@billforge/generator";
import fc from "fast-check";

/**
 * fast-check arbitraries of values valid against a spec schema, read from the generator's
 * IR (the same SchemaIR the zod schemas are emitted from), for the request side: read-only
 * properties are never produced, `additionalProperties: false` adds nothing extra. Every
 * value survives JSON (no `-0`, no `undefined`, no `__proto__` keys), so "encode then parse"
 * can be compared with the value itself.
 */

/** Below this depth, objects keep required properties only and arrays their minimum length. */
const MAX_DEPTH = 3;
const MAX_EXTRA_LENGTH = 3;
const MAX_STRING_LENGTH = 24;

export class SchemaArbitraries {
  private readonly named: ReadonlyMap<string, SchemaIR>;

  constructor(schemas: readonly NamedSchemaIR[]) {
    this.named = new Map(schemas.map((s) => [s.name, s.schema]));
  }

  /** Values of `schema` as a request body may carry them. */
  request(schema: SchemaIR): fc.Arbitrary<unknown> {
    return this.of(schema, 0);
  }

  private of(schema: SchemaIR, depth: number): fc.Arbitrary<unknown> {
    switch (schema.kind) {
      case "ref": {
        const target = this.named.get(schema.name);
        if (target === undefined) {
          throw new Error(`unknown component schema ${schema.name}`);
        }
        return this.of(target, depth + 1);
      }
      case "string":
        return stringArbitrary(schema);
      case "integer":
      case "number":
        return numberArbitrary(schema);
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "enum":
        return fc.constantFrom(...schema.values);
      case "array": {
        const min = schema.minItems ?? 0;
        const max =
          depth >= MAX_DEPTH ? min : Math.min(schema.maxItems ?? min + MAX_EXTRA_LENGTH, min + MAX_EXTRA_LENGTH);
        return fc.array(this.of(schema.items, depth + 1), { minLength: min, maxLength: max });
      }
      case "object":
        return this.object(schema, depth);
      case "union":
        return fc.oneof(...schema.variants.map((variant) => this.of(variant, depth + 1)));
      case "intersection":
        return fc
          .tuple(...schema.parts.map((part) => this.of(part, depth + 1)))
          .map((parts) => Object.assign({}, ...parts.filter((part) => typeof part === "object" && part !== null)));
      case "unknown":
        return jsonValue;
    }
  }

  private object(schema: Extract<SchemaIR, { kind: "object" }>, depth: number): fc.Arbitrary<unknown> {
    const writable = schema.properties.filter((p) => p.schema.readOnly !== true);
    const kept = depth >= MAX_DEPTH ? writable.filter((p) => p.required) : writable;
    const record = fc.record(Object.fromEntries(kept.map((p) => [p.name, this.of(p.schema, depth + 1)])), {
      requiredKeys: kept.filter((p) => p.required).map((p) => p.name),
    });
    if (schema.additional === false || depth >= MAX_DEPTH) {
      return record;
    }
    const claimed = new Set(schema.properties.map((p) => p.name));
    const extraValue = schema.additional === true ? jsonValue : this.of(schema.additional, depth + 1);
    const extras = fc.dictionary(
      safeKey.filter((key) => !claimed.has(key)),
      extraValue,
      { maxKeys: 2 },
    );
    return fc.tuple(record, extras).map(([own, extra]) => ({ ...extra, ...own }));
  }
}

/** Keys JSON carries back unchanged; `__proto__` is dropped by the runtime's parser on purpose. */
const safeKey = fc.string({ minLength: 1, maxLength: 8 }).filter((key) => key !== "__proto__");

/** Free-form JSON, normalized through JSON itself (fast-check may produce `-0`). */
const jsonValue: fc.Arbitrary<unknown> = fc
  .jsonValue({ maxDepth: 2 })
  .map((value) => JSON.stringify(value))
  .filter((text) => !text.includes('"__proto__"'))
  .map((text): unknown => JSON.parse(text));

function stringArbitrary(schema: Extract<SchemaIR, { kind: "string" }>): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(min, MAX_STRING_LENGTH);
  const fits = (text: string) => text.length >= min && text.length <= max;
  if (schema.pattern !== undefined) {
    // zod checks `new RegExp(pattern)`: unanchored patterns match anywhere, as here.
    const pattern = new RegExp(schema.pattern);
    return fc.stringMatching(pattern).filter((text) => fits(text) && pattern.test(text));
  }
  // Any UTF-16 text, lone surrogates included; lengths count code units as zod does.
  return fc.string({ unit: "binary", minLength: min, maxLength: Math.min(max, min + MAX_STRING_LENGTH) }).filter(fits);
}

function numberArbitrary(schema: Extract<SchemaIR, { kind: "number" | "integer" }>): fc.Arbitrary<number> {
  const min = Math.max(
    schema.minimum ?? -1e9,
    schema.exclusiveMinimum === undefined ? -1e9 : schema.exclusiveMinimum + 1,
  );
  const max = Math.min(
    schema.maximum ?? 1e9,
    schema.exclusiveMaximum === undefined ? 1e9 : schema.exclusiveMaximum - 1,
  );
  const { multipleOf } = schema;
  if (multipleOf !== undefined) {
    return fc
      .integer({ min: Math.ceil(min / multipleOf), max: Math.floor(max / multipleOf) })
      .map((k) => noNegativeZero(k * multipleOf));
  }
  if (schema.kind === "integer") {
    return fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).map(noNegativeZero);
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
}

/** JSON writes -0 as 0. */
function noNegativeZero(value: number): number {
  return Object.is(value, -0) ? 0 : value;
}
