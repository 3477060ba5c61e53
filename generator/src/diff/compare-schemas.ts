import type { Direction, PropertyIR, SchemaIR } from "../ir/types.js";
import type { Change, ChangeKind } from "./change.js";
import { describeSchema } from "./describe-schema.js";

/** A schema change before it is placed in an operation or a named schema. */
export type SchemaFinding = Omit<Change, "scope">;

/** Component schemas by name, before and after. */
export interface SchemaSides {
  readonly before: ReadonlyMap<string, SchemaIR>;
  readonly after: ReadonlyMap<string, SchemaIR>;
}

/**
 * Compares two schemas structurally, as seen from one direction: a value the client sends
 * (`request`: narrowing breaks callers) or receives (`response`: widening breaks readers).
 * References to the same component on both sides are not followed: that component is
 * compared once, under its own name. Other references are resolved, with cycle protection.
 */
export function compareSchemas(
  before: SchemaIR,
  after: SchemaIR,
  direction: Direction,
  where: string,
  sides: SchemaSides,
): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const resolvedPairs = new Set<string>();
  const inlineIds = new Map<SchemaIR, number>();
  const identity = (schema: SchemaIR): string => {
    if (schema.kind === "ref") {
      return `ref:${schema.name}`;
    }
    if (!inlineIds.has(schema)) {
      inlineIds.set(schema, inlineIds.size);
    }
    return `inline:${inlineIds.get(schema)}`;
  };

  const report = (kind: ChangeKind, at: string, message: string) => {
    findings.push({ kind, breaking: breaks(kind, direction), where: at, message, directions: [direction] });
  };

  const walk = (b: SchemaIR, a: SchemaIR, at: string): void => {
    if (b.kind === "ref" && a.kind === "ref" && b.name === a.name && sides.before.has(b.name)) {
      return;
    }
    if (b.kind === "ref" || a.kind === "ref") {
      // Each pair (of components, or of a component and an inline schema) is compared once,
      // where it is first met: recursion through cyclic schemas ends there.
      const pair = `${identity(b)}\u0000${identity(a)}`;
      if (resolvedPairs.has(pair)) {
        return;
      }
      resolvedPairs.add(pair);
      walk(resolve(b, sides.before), resolve(a, sides.after), at);
      return;
    }
    const [bNullable, bCore] = splitNull(b);
    const [aNullable, aCore] = splitNull(a);
    if (!bNullable && aNullable) {
      report("type-widened", at, "now also null");
    }
    if (bNullable && !aNullable) {
      report("type-narrowed", at, "no longer null");
    }
    compareCore(bCore, aCore, at);
  };

  const compareCore = (b: SchemaIR, a: SchemaIR, at: string): void => {
    if (b.kind === "ref" || a.kind === "ref") {
      walk(b, a, at);
      return;
    }
    const change = `${describeSchema(b)} → ${describeSchema(a)}`;
    if (b.kind === "unknown" || a.kind === "unknown") {
      if (b.kind !== a.kind) {
        report(a.kind === "unknown" ? "type-widened" : "type-narrowed", at, change);
      }
      return;
    }
    if (b.kind === "string" && a.kind === "string") {
      compareFacet(b.format, a.format, at, "format");
      compareFacet(b.pattern, a.pattern, at, "pattern");
      compareBounds(b.minLength, a.minLength, b.maxLength, a.maxLength, at, "length");
      return;
    }
    if ((b.kind === "number" || b.kind === "integer") && (a.kind === "number" || a.kind === "integer")) {
      if (b.kind !== a.kind) {
        report(a.kind === "number" ? "type-widened" : "type-narrowed", at, change);
      }
      compareBounds(b.minimum, a.minimum, b.maximum, a.maximum, at, "value");
      compareBounds(b.exclusiveMinimum, a.exclusiveMinimum, b.exclusiveMaximum, a.exclusiveMaximum, at, "value");
      return;
    }
    if (b.kind === "enum" && a.kind === "enum") {
      for (const value of a.values.filter((v) => !b.values.includes(v))) {
        report("enum-value-added", at, `enum value ${JSON.stringify(value)} added`);
      }
      for (const value of b.values.filter((v) => !a.values.includes(v))) {
        report("enum-value-removed", at, `enum value ${JSON.stringify(value)} removed`);
      }
      return;
    }
    if (b.kind === "enum" && b.values.every((v) => matchesKind(v, a.kind))) {
      report("type-widened", at, change);
      return;
    }
    if (a.kind === "enum" && a.values.every((v) => matchesKind(v, b.kind))) {
      report("type-narrowed", at, change);
      return;
    }
    if (b.kind === "array" && a.kind === "array") {
      walk(b.items, a.items, `${at}[]`);
      compareBounds(b.minItems, a.minItems, b.maxItems, a.maxItems, at, "item count");
      return;
    }
    const bObject = objectView(b, sides.before);
    const aObject = objectView(a, sides.after);
    if (bObject && aObject) {
      compareObjects(bObject, aObject, at);
      return;
    }
    if (b.kind === "union" || a.kind === "union") {
      compareVariants(variantsOf(b), variantsOf(a), at, change);
      return;
    }
    if (b.kind === a.kind && (b.kind === "boolean" || b.kind === "null")) {
      return;
    }
    if (b.kind === "intersection" && a.kind === "intersection" && b.parts.length === a.parts.length) {
      for (const [i, part] of b.parts.entries()) {
        walk(part, a.parts[i]!, at);
      }
      return;
    }
    report("type-changed", at, change);
  };

  const compareVariants = (b: readonly SchemaIR[], a: readonly SchemaIR[], at: string, change: string) => {
    const matched = pairVariants(b, a);
    const added = a.filter((variant) => !matched.includes(variant));
    const removed = b.filter((_, i) => matched[i] === undefined);
    if (added.length > 0 && removed.length > 0 && matched.every((m) => m === undefined)) {
      report("type-changed", at, change);
      return;
    }
    for (const variant of added) {
      report("type-widened", at, `now also ${describeSchema(variant)}`);
    }
    for (const variant of removed) {
      report("type-narrowed", at, `no longer ${describeSchema(variant)}`);
    }
    for (const [i, variant] of b.entries()) {
      const match = matched[i];
      if (match) {
        walk(variant, match, at);
      }
    }
  };

  const compareObjects = (b: ObjectView, a: ObjectView, at: string) => {
    const visible = (properties: readonly PropertyIR[]) =>
      new Map(
        properties
          .filter((p) => (direction === "request" ? !p.schema.readOnly : !p.schema.writeOnly))
          .map((p) => [p.name, p]),
      );
    const bProps = visible(b.properties);
    const aProps = visible(a.properties);
    const field = (name: string) => (at === "" ? name : `${at}.${name}`);
    for (const [name, property] of bProps) {
      const now = aProps.get(name);
      if (!now) {
        report("field-removed", field(name), `field ${name} removed`);
        continue;
      }
      if (!property.required && now.required) {
        report("field-made-required", field(name), `field ${name} now required`);
      }
      if (property.required && !now.required) {
        report("field-made-optional", field(name), `field ${name} now optional`);
      }
      walk(property.schema, now.schema, field(name));
    }
    for (const [name, property] of aProps) {
      if (bProps.has(name)) {
        continue;
      }
      const kind = `${property.required ? "required" : "optional"} field`;
      findings.push({
        kind: "field-added",
        breaking: direction === "request" && property.required,
        where: field(name),
        message: `${kind} ${name} added (${describeSchema(property.schema)})`,
        directions: [direction],
      });
    }
    compareAdditional(b.additional, a.additional, at);
  };

  const compareAdditional = (b: boolean | SchemaIR, a: boolean | SchemaIR, at: string) => {
    if (typeof b !== "boolean" && typeof a !== "boolean") {
      walk(b, a, `${at}[*]`);
      return;
    }
    if (b === a) {
      return;
    }
    const open = (x: boolean | SchemaIR) => (x === true ? 2 : x === false ? 0 : 1);
    const message = `extra properties: ${describeAdditional(b)} → ${describeAdditional(a)}`;
    report(open(a) > open(b) ? "type-widened" : "type-narrowed", at, message);
  };

  const compareFacet = (b: string | undefined, a: string | undefined, at: string, facet: string) => {
    if (b === a) {
      return;
    }
    const message = `${facet} ${b ?? "(none)"} → ${a ?? "(none)"}`;
    report(b === undefined ? "type-narrowed" : a === undefined ? "type-widened" : "type-changed", at, message);
  };

  const compareBounds = (
    bMin: number | undefined,
    aMin: number | undefined,
    bMax: number | undefined,
    aMax: number | undefined,
    at: string,
    what: string,
  ) => {
    const show = (n: number | undefined) => (n === undefined ? "(none)" : String(n));
    if (bMin !== aMin) {
      const tighter = aMin !== undefined && (bMin === undefined || aMin > bMin);
      report(tighter ? "type-narrowed" : "type-widened", at, `minimum ${what} ${show(bMin)} → ${show(aMin)}`);
    }
    if (bMax !== aMax) {
      const tighter = aMax !== undefined && (bMax === undefined || aMax < bMax);
      report(tighter ? "type-narrowed" : "type-widened", at, `maximum ${what} ${show(bMax)} → ${show(aMax)}`);
    }
  };

  walk(before, after, where);
  return findings;
}

/**
 * Severity by direction: what the client sends may not shrink (callers' values get
 * refused), what it receives may not grow (readers meet values they do not handle).
 */
function breaks(kind: ChangeKind, direction: Direction): boolean {
  switch (kind) {
    case "type-narrowed":
    case "enum-value-removed":
    case "field-made-required":
      return direction === "request";
    case "type-widened":
    case "enum-value-added":
    case "field-made-optional":
      return direction === "response";
    default:
      return true;
  }
}

function resolve(schema: SchemaIR, components: ReadonlyMap<string, SchemaIR>): SchemaIR {
  let current = schema;
  for (let hops = 0; current.kind === "ref" && hops < 64; hops++) {
    const target = components.get(current.name);
    if (!target) {
      return { kind: "unknown" };
    }
    current = target;
  }
  return current;
}

function splitNull(schema: SchemaIR): [nullable: boolean, core: SchemaIR] {
  if (schema.kind !== "union") {
    return [false, schema];
  }
  const variants = schema.variants.filter((v) => v.kind !== "null");
  if (variants.length === schema.variants.length) {
    return [false, schema];
  }
  if (variants.length === 0) {
    return [true, { kind: "null" }];
  }
  return [true, variants.length === 1 ? variants[0]! : { kind: "union", variants }];
}

function variantsOf(schema: SchemaIR): readonly SchemaIR[] {
  return schema.kind === "union" ? schema.variants : [schema];
}

/**
 * Pairs each variant before with at most one variant after: identical variants first, then
 * variants of the same shape, so `oneOf: [string enum, integer enum]` is not paired twice
 * with the string enum.
 */
function pairVariants(before: readonly SchemaIR[], after: readonly SchemaIR[]): (SchemaIR | undefined)[] {
  const free = new Set(after);
  const pairs: (SchemaIR | undefined)[] = before.map(() => undefined);
  const claim = (matches: (b: SchemaIR, a: SchemaIR) => boolean) => {
    for (const [i, variant] of before.entries()) {
      if (pairs[i] !== undefined) {
        continue;
      }
      const found = [...free].find((candidate) => matches(variant, candidate));
      if (found === undefined) {
        continue;
      }
      pairs[i] = found;
      free.delete(found);
    }
  };
  claim((b, a) => JSON.stringify(b) === JSON.stringify(a));
  claim(sameShape);
  return pairs;
}

/** Variants pair up by shape: the same component, the same kind of value, enums of the same value types. */
function sameShape(a: SchemaIR, b: SchemaIR): boolean {
  if (a.kind === "ref" || b.kind === "ref") {
    return a.kind === "ref" && b.kind === "ref" && a.name === b.name;
  }
  if (a.kind === "enum" && b.kind === "enum") {
    return valueTypes(a.values) === valueTypes(b.values);
  }
  const numeric = (k: string) => k === "number" || k === "integer";
  return a.kind === b.kind || (numeric(a.kind) && numeric(b.kind));
}

function valueTypes(values: readonly unknown[]): string {
  return [...new Set(values.map((v) => (v === null ? "null" : typeof v)))].sort().join("|");
}

function matchesKind(value: unknown, kind: SchemaIR["kind"]): boolean {
  if (kind === "string") {
    return typeof value === "string";
  }
  if (kind === "number") {
    return typeof value === "number";
  }
  if (kind === "integer") {
    return Number.isInteger(value);
  }
  if (kind === "boolean") {
    return typeof value === "boolean";
  }
  return false;
}

interface ObjectView {
  readonly properties: readonly PropertyIR[];
  readonly additional: boolean | SchemaIR;
}

/** An object, or an allOf of objects (merged), seen as one list of properties. */
function objectView(schema: SchemaIR, components: ReadonlyMap<string, SchemaIR>, depth = 0): ObjectView | undefined {
  const target = resolve(schema, components);
  if (target.kind === "object") {
    return target;
  }
  if (target.kind !== "intersection" || depth > 16) {
    return undefined;
  }
  const parts = target.parts.map((part) => objectView(part, components, depth + 1));
  if (parts.some((p) => p === undefined)) {
    return undefined;
  }
  const properties = new Map<string, PropertyIR>();
  for (const part of parts as ObjectView[]) {
    for (const property of part.properties) {
      const known = properties.get(property.name);
      properties.set(property.name, known ? { ...property, required: known.required || property.required } : property);
    }
  }
  const closed = (parts as ObjectView[]).some((p) => p.additional === false);
  return { properties: [...properties.values()], additional: !closed };
}

function describeAdditional(value: boolean | SchemaIR): string {
  return value === true ? "any" : value === false ? "none" : describeSchema(value);
}
