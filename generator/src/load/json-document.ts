/**
 * A spec file's value when its text is strict JSON, parsed with `JSON.parse`: on a large
 * JSON spec (13 MB, 1,200 operations) redocly's YAML parser took 1.5–2.5 s where
 * `JSON.parse` takes 0.2–0.3 s. The value is the one the YAML parser gives JSON text,
 * with one difference: duplicate keys, which the YAML parser refused (a BF100 syntax
 * error), are read as `JSON.parse` and most JSON tools read them: the last wins, in the
 * place of the first (diagnostics point at the last, json-positions.ts). Text that is not strict JSON (YAML, JSON with comments or trailing commas)
 * is `NOT_JSON`: the YAML parser reads it, and reports its syntax errors as before.
 */
export const NOT_JSON: unique symbol = Symbol("not JSON");

export function parseJsonDocument(text: string): unknown {
  if (!startsLikeJson(text)) {
    return NOT_JSON;
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    return NOT_JSON;
  }
}

/**
 * Whether the text, after a byte order mark and white space, opens an object or an array.
 * A loop over the first characters: a regular expression took 0.1–0.2 s on a 13 MB spec.
 */
export function startsLikeJson(text: string): boolean {
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      return true;
    }
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
      return false;
    }
  }
  return false;
}
