import type { BodyCodec } from "./body-codec.js";

/**
 * `application/x-www-form-urlencoded` for flat records: OAuth2 token requests (RFC 6749)
 * and the occasional form-encoded operation. Arrays repeat the key; nesting has no
 * standard form encoding, so it is refused rather than guessed.
 */
export const formCodec: BodyCodec = {
  mediaTypes: ["application/x-www-form-urlencoded"],
  encode: (value) => encodeForm(value),
  decode: (text) => decodeForm(text),
};

export function encodeForm(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError("A form body must be an object");
  }
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(value)) {
    for (const item of Array.isArray(field) ? field : [field]) {
      if (item === undefined || item === null) {
        continue;
      }
      if (typeof item === "object") {
        throw new TypeError(`Form field ${key} must hold primitives, not objects`);
      }
      params.append(key, String(item));
    }
  }
  return params.toString();
}

function decodeForm(text: string): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    if (key === "__proto__") {
      continue;
    }
    const existing = record[key];
    record[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return record;
}
