import type { QueryParameterDescriptor } from "../descriptors.js";

/**
 * Query strings per OpenAPI `style`/`explode`, parameter by parameter (openapi-fetch only
 * takes one style for all arrays and one for all objects). Values are percent-encoded,
 * so a `,` or `|` inside a value never reads as a separator; names keep `[` `]` readable
 * (`date[from]`, `type[]`). Parameters come in descriptor order, then undocumented ones,
 * then `extra` pairs (an API key), so the same call always yields the same URL.
 */

export type QueryPair = readonly [name: string, value: string];

type Style = Pick<QueryParameterDescriptor, "style" | "explode">;

const FORM_EXPLODE: Style = { style: "form", explode: true };
const JOINERS: Readonly<Record<QueryParameterDescriptor["style"], string>> = {
  form: ",",
  spaceDelimited: "%20",
  pipeDelimited: "|",
  deepObject: ",",
};

export function serializeQuery(
  values: Readonly<Record<string, unknown>>,
  parameters: readonly QueryParameterDescriptor[],
  extra: readonly QueryPair[] = [],
): string {
  const styles = new Map(parameters.map((parameter) => [parameter.name, parameter]));
  const names = [
    ...parameters.map((parameter) => parameter.name).filter((name) => Object.hasOwn(values, name)),
    ...Object.keys(values).filter((name) => !styles.has(name)),
  ];
  const parts = names.flatMap((name) => serializeParameter(name, values[name], styles.get(name) ?? FORM_EXPLODE));
  for (const [name, value] of extra) {
    parts.push(`${encodeName(name)}=${encodeURIComponent(value)}`);
  }
  return parts.join("&");
}

function serializeParameter(name: string, value: unknown, style: Style): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (Array.isArray(value)) {
    return serializeArray(name, value, style);
  }
  if (typeof value === "object") {
    return serializeObject(name, value, style);
  }
  return [`${encodeName(name)}=${encodeValue(name, value)}`];
}

function serializeArray(name: string, items: readonly unknown[], style: Style): string[] {
  const present = items.filter((item) => item !== undefined && item !== null);
  if (present.length === 0) {
    return [];
  }
  const encoded = present.map((item) => encodeValue(name, item));
  if (style.explode) {
    return encoded.map((item) => `${encodeName(name)}=${item}`);
  }
  return [`${encodeName(name)}=${encoded.join(JOINERS[style.style])}`];
}

function serializeObject(name: string, object: object, style: Style): string[] {
  const entries = Object.entries(object).filter(([, field]) => field !== undefined && field !== null);
  if (style.style === "deepObject") {
    return entries.flatMap(([key, field]) => serializeDeep(`${name}[${key}]`, field));
  }
  if (style.explode) {
    return entries.map(([key, field]) => `${encodeName(key)}=${encodeValue(`${name}.${key}`, field)}`);
  }
  const flat = entries.flatMap(([key, field]) => [encodeURIComponent(key), encodeValue(`${name}.${key}`, field)]);
  return flat.length === 0 ? [] : [`${encodeName(name)}=${flat.join(",")}`];
}

function serializeDeep(name: string, value: unknown): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (Array.isArray(value)) {
    throw new TypeError(`query parameter ${name}: deepObject has no standard form for arrays`);
  }
  if (typeof value === "object") {
    return Object.entries(value).flatMap(([key, field]) => serializeDeep(`${name}[${key}]`, field));
  }
  return [`${encodeName(name)}=${encodeValue(name, value)}`];
}

function encodeValue(name: string, value: unknown): string {
  if (typeof value === "string") {
    return encodeURIComponent(value);
  }
  if (typeof value === "boolean" || typeof value === "bigint") {
    return String(value);
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    return String(value);
  }
  throw new TypeError(`query parameter ${name} must hold strings, finite numbers, booleans or bigints`);
}

function encodeName(name: string): string {
  return encodeURIComponent(name).replaceAll("%5B", "[").replaceAll("%5D", "]");
}
