/**
 * Scalar text ↔ value, shared by the decoder and the encoder so both agree on every
 * lexical form, plus the choice of a union member.
 */
import type { ScalarMapping, ScalarType, UnionMapping } from "./mapping.js";

export type Scalar = string | number | boolean;

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

/** The value `text` denotes as `type`, or undefined when it is not of that type. */
export function parseScalar(text: string, type: ScalarType): Scalar | undefined {
  if (type === "string") {
    return text;
  }
  const trimmed = text.trim();
  switch (type) {
    case "decimal-string":
      return DECIMAL.test(trimmed) ? trimmed : undefined;
    case "integer": {
      const n = INTEGER.test(trimmed) ? Number(trimmed) : Number.NaN;
      return Number.isSafeInteger(n) ? n : undefined;
    }
    case "number": {
      const n = NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
      return Number.isFinite(n) ? n : undefined;
    }
    case "boolean":
      return trimmed === "true" || trimmed === "1" ? true : trimmed === "false" || trimmed === "0" ? false : undefined;
  }
}

function formatNumber(n: number): string {
  return Object.is(n, -0) ? "-0" : String(n);
}

/** The text for `value` as `type`, or undefined when the value is not of that type. */
export function formatScalar(value: unknown, type: ScalarType): string | undefined {
  switch (type) {
    case "string":
      return typeof value === "string" ? value : undefined;
    case "decimal-string":
      return typeof value === "string" && DECIMAL.test(value) ? value : undefined;
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value) ? formatNumber(value) : undefined;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? formatNumber(value) : undefined;
    case "boolean":
      return typeof value === "boolean" ? String(value) : undefined;
  }
}

export function inEnum(mapping: ScalarMapping, value: Scalar): boolean {
  return mapping.enum === undefined || mapping.enum.includes(value);
}

/** Whether text counts as empty (→ null where allowed): only "" for types that accept any string. */
export function isEmptyText(text: string, acceptsStrings: boolean): boolean {
  return acceptsStrings ? text === "" : text.trim() === "";
}

export function acceptsStrings(mapping: ScalarMapping | UnionMapping): boolean {
  return mapping.kind === "scalar" ? mapping.type === "string" : mapping.of.some((m) => m.type === "string");
}

const PRECEDENCE: readonly ScalarType[] = ["string", "decimal-string", "integer", "number", "boolean"];

/** Rails `type` attribute values → the member types they put first. */
const TYPE_HINTS: Readonly<Record<string, readonly ScalarType[]>> = {
  integer: ["integer", "number"],
  decimal: ["number", "integer"],
  float: ["number", "integer"],
  double: ["number", "integer"],
  boolean: ["boolean"],
};

const orderCache = new WeakMap<UnionMapping, Map<string | undefined, readonly ScalarMapping[]>>();

/** Union members in the order decoding tries them (see {@link UnionMapping}); sorted once per union and hint. */
export function membersInOrder(union: UnionMapping, typeHint?: string): readonly ScalarMapping[] {
  let byHint = orderCache.get(union);
  if (byHint === undefined) {
    byHint = new Map();
    orderCache.set(union, byHint);
  }
  // Hints come from the document: only the known ones are keys, so the cache stays bounded.
  const hint = typeHint !== undefined && Object.hasOwn(TYPE_HINTS, typeHint) ? typeHint : undefined;
  let members = byHint.get(hint);
  if (members === undefined) {
    members = sortMembers(union, hint);
    byHint.set(hint, members);
  }
  return members;
}

function sortMembers(union: UnionMapping, typeHint: string | undefined): ScalarMapping[] {
  const hinted =
    (typeHint !== undefined && Object.hasOwn(TYPE_HINTS, typeHint) ? TYPE_HINTS[typeHint] : undefined) ?? [];
  const rank = (m: ScalarMapping) => (hinted.includes(m.type) ? 0 : 10) + PRECEDENCE.indexOf(m.type);
  return [...union.of].sort((a, b) => rank(a) - rank(b));
}

/** The `type` attribute the encoder writes so a non-string union value is not read back as a string. */
export function typeHintFor(union: UnionMapping, chosen: ScalarType): string | undefined {
  if (chosen === "string" || chosen === "decimal-string") {
    return undefined;
  }
  if (!union.of.some((m) => m.type === "string" || m.type === "decimal-string")) {
    return undefined;
  }
  return chosen === "number" ? "decimal" : chosen;
}
