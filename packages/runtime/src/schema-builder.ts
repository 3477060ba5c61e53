import type { core, ZodType, z } from "zod";

/** A schema under construction; `optional()` and `nullable()` apply to every kind. */
export interface BuiltSchema {
  /** zod's internals, as every zod schema has them: what lets zod's builders take a BuiltSchema. */
  readonly _zod: core.$ZodTypeInternals;
  optional(): BuiltSchema;
  nullable(): BuiltSchema;
}
export interface BuiltString extends BuiltSchema {
  min(length: number): BuiltString;
  max(length: number): BuiltString;
  regex(pattern: RegExp): BuiltString;
}
export interface BuiltNumber extends BuiltSchema {
  min(value: number): BuiltNumber;
  max(value: number): BuiltNumber;
  gt(value: number): BuiltNumber;
  lt(value: number): BuiltNumber;
  multipleOf(value: number): BuiltNumber;
}
export interface BuiltArray extends BuiltSchema {
  min(length: number): BuiltArray;
  max(length: number): BuiltArray;
}
export interface BuiltObject extends BuiltSchema {
  catchall(schema: SchemaInput): BuiltSchema;
}
/** What a schema is built from: another schema being built, or a named component's (a `LazySchema` result). */
export type SchemaInput = BuiltSchema | ZodType;
export type SchemaShape = Readonly<Record<string, SchemaInput>>;

/**
 * The part of zod's API that generated schemas are built with, typed without zod's
 * inference. Every generated schema is a `LazySchema` (`() => ZodType`), so the types zod
 * infers for each shape were never used, yet computing them was most of a generated
 * package's type-check time (InvoiceXpress: 251,000 type instantiations and 2.8 s of
 * checking with zod's own types, 8,800 and 0.75 s with these).
 */
export interface SchemaBuilder {
  string(): BuiltString;
  int(): BuiltNumber;
  number(): BuiltNumber;
  boolean(): BuiltSchema;
  null(): BuiltSchema;
  undefined(): BuiltSchema;
  unknown(): BuiltSchema;
  never(): BuiltSchema;
  literal(value: string | number | boolean | null): BuiltSchema;
  enum(values: readonly string[]): BuiltSchema;
  array(items: SchemaInput): BuiltArray;
  union(options: readonly SchemaInput[]): BuiltSchema;
  intersection(left: SchemaInput, right: SchemaInput): BuiltSchema;
  object(shape: SchemaShape): BuiltObject;
  looseObject(shape: SchemaShape): BuiltSchema;
  strictObject(shape: SchemaShape): BuiltSchema;
  lazy(getter: () => SchemaInput): BuiltSchema;
}

/**
 * zod itself, seen as a SchemaBuilder. The `return` below is the proof that zod implements
 * every builder method with these types; it is checked once, here, instead of in every
 * generated file.
 */
export function schemaBuilder(zod: typeof z): SchemaBuilder {
  return zod;
}
