/**
 * The builders generated schemas are written with: zod's tree-shakeable API (`zod/mini`,
 * one function per builder), re-exported one by one so a bundler keeps only the builders a
 * called operation uses. Generated files import this module as a namespace
 * (`import * as z from "@billforge/runtime/schema-builder"`) and write `z.optional(z.string())`.
 *
 * Each builder is zod's own function; only its type is narrower. Every generated schema is
 * a `LazySchema`, so the types zod infers for each shape were never used, yet computing them
 * was most of a generated package's type-check time (InvoiceXpress: 251,000 type
 * instantiations with zod's own types, 8,800 with types like these). The assignments below
 * are the proof that zod's functions fit these types, checked once here.
 */
import {
  type core,
  array as zArray,
  boolean as zBoolean,
  catchall as zCatchall,
  custom as zCustom,
  discriminatedUnion as zDiscriminatedUnion,
  enum as zEnum,
  gt as zGt,
  gte as zGte,
  int as zInt,
  intersection as zIntersection,
  lazy as zLazy,
  literal as zLiteral,
  looseObject as zLooseObject,
  lt as zLt,
  lte as zLte,
  maxLength as zMaxLength,
  minLength as zMinLength,
  multipleOf as zMultipleOf,
  never as zNever,
  null as zNull,
  nullable as zNullable,
  number as zNumber,
  object as zObject,
  optional as zOptional,
  pipe as zPipe,
  regex as zRegex,
  strictObject as zStrictObject,
  string as zString,
  undefined as zUndefined,
  union as zUnion,
  unknown as zUnknown,
} from "zod/mini";
import { isBinaryValue } from "./body/binary-value.js";

/** A schema under construction: anything zod's builders accept (every zod 4 schema has `_zod`). */
export interface BuiltSchema {
  readonly _zod: core.$ZodTypeInternals;
}
/** A refinement added with `.check()`; opaque here, zod's own check objects at run time. */
export interface BuiltCheck {
  readonly _zod: core.$ZodCheckInternals<never>;
}
/** A schema that takes checks (`z.string().check(z.minLength(1))`). */
export interface CheckedSchema extends BuiltSchema {
  check(...checks: BuiltCheck[]): CheckedSchema;
}
export type SchemaShape = Readonly<Record<string, BuiltSchema>>;

export const string: () => CheckedSchema = zString;
export const int: () => CheckedSchema = zInt;
export const number: () => CheckedSchema = zNumber;
export const boolean: () => BuiltSchema = zBoolean;
const nullSchema: () => BuiltSchema = zNull;
const undefinedSchema: () => BuiltSchema = zUndefined;
export const unknown: () => BuiltSchema = zUnknown;
export const never: () => BuiltSchema = zNever;
export const literal: (value: string | number | boolean | null) => BuiltSchema = zLiteral;
const enumSchema: (values: readonly string[]) => BuiltSchema = zEnum;
export const array: (items: BuiltSchema) => CheckedSchema = zArray;
export const union: (options: readonly BuiltSchema[]) => BuiltSchema = zUnion;
/**
 * Options must be objects whose `discriminator` property is a literal (or enum) in each;
 * zod checks that when the schema is built (the only builder typed by assertion).
 */
export const discriminatedUnion = zDiscriminatedUnion as unknown as (
  discriminator: string,
  options: readonly BuiltSchema[],
) => BuiltSchema;
export const intersection: (left: BuiltSchema, right: BuiltSchema) => BuiltSchema = zIntersection;
/** Unknown keys stripped from the parse result (the runtime only reads the verdict: accepted). */
export const object: (shape: SchemaShape) => BuiltSchema = zObject;
export const looseObject: (shape: SchemaShape) => BuiltSchema = zLooseObject;
export const strictObject: (shape: SchemaShape) => BuiltSchema = zStrictObject;
/** Extra keys of `object` (an `object(…)` schema: asserted, as zod needs one) must match `rest`. */
export const catchall = zCatchall as unknown as (object: BuiltSchema, rest: BuiltSchema) => BuiltSchema;
export const lazy: (getter: () => BuiltSchema) => BuiltSchema = zLazy;
export const optional: (schema: BuiltSchema) => BuiltSchema = zOptional;
/** `input` checks the value first, then `output` checks what `input` returned (a discriminated union's variants). */
export const pipe = zPipe as unknown as (input: BuiltSchema, output: BuiltSchema) => BuiltSchema;
export const nullable: (schema: BuiltSchema) => BuiltSchema = zNullable;

export const minLength: (length: number) => BuiltCheck = zMinLength;
export const maxLength: (length: number) => BuiltCheck = zMaxLength;
export const regex: (pattern: RegExp) => BuiltCheck = zRegex;
/** `minimum` / `maximum` (inclusive) and the exclusive bounds. */
export const gte: (value: number) => BuiltCheck = zGte;
export const lte: (value: number) => BuiltCheck = zLte;
export const gt: (value: number) => BuiltCheck = zGt;
export const lt: (value: number) => BuiltCheck = zLt;
export const multipleOf: (value: number) => BuiltCheck = zMultipleOf;

/** A file or other raw bytes (`format: binary`): a `Blob` (a `File` is one) or a `Uint8Array` (a `Buffer` is one). */
export function binary(): BuiltSchema {
  return zCustom(isBinaryValue, { error: "Invalid input: expected a Blob or a Uint8Array" });
}

export { enumSchema as enum, nullSchema as null, undefinedSchema as undefined };
