/** Builders and a one-line view of findings for the tests of `compareSchemas`. */

import { compareSchemas, type SchemaFinding } from "../src/diff/compare-schemas.js";
import type { Direction, PropertyIR, Scalar, SchemaIR } from "../src/ir/types.js";

export const str: SchemaIR = { kind: "string" };
export const int: SchemaIR = { kind: "integer" };
export const num: SchemaIR = { kind: "number" };
export const bool: SchemaIR = { kind: "boolean" };
export const nul: SchemaIR = { kind: "null" };
export const any: SchemaIR = { kind: "unknown" };

export const ref = (name: string): SchemaIR => ({ kind: "ref", name });
export const enumOf = (...values: Scalar[]): SchemaIR => ({ kind: "enum", values });
export const arrayOf = (items: SchemaIR, bounds: { minItems?: number; maxItems?: number } = {}): SchemaIR => ({
  kind: "array",
  items,
  ...bounds,
});
export const prop = (name: string, schema: SchemaIR, required = true): PropertyIR => ({ name, schema, required });
export const object = (properties: PropertyIR[], additional: boolean | SchemaIR = true): SchemaIR => ({
  kind: "object",
  properties,
  additional,
});
export const union = (...variants: SchemaIR[]): SchemaIR => ({ kind: "union", variants });
export const allOf = (...parts: SchemaIR[]): SchemaIR => ({ kind: "intersection", parts });
export const components = (entries: Record<string, SchemaIR> = {}): Map<string, SchemaIR> =>
  new Map(Object.entries(entries));

export interface CompareOptions {
  readonly before?: Map<string, SchemaIR>;
  readonly after?: Map<string, SchemaIR>;
  /** Where the compared schemas sit; `x` unless given. */
  readonly where?: string;
}

/** The findings as returned. */
export function findings(
  before: SchemaIR,
  after: SchemaIR,
  direction: Direction,
  options: CompareOptions = {},
): SchemaFinding[] {
  const sides = { before: options.before ?? components(), after: options.after ?? components() };
  return compareSchemas(before, after, direction, options.where ?? "x", sides);
}

/** Each finding as `! kind where: message` when breaking, `- kind where: message` otherwise. */
export function compare(
  before: SchemaIR,
  after: SchemaIR,
  direction: Direction,
  options: CompareOptions = {},
): string[] {
  return findings(before, after, direction, options).map(
    (f) => `${f.breaking ? "!" : "-"} ${f.kind} ${f.where}: ${f.message}`,
  );
}
