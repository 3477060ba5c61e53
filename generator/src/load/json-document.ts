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
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^\s*[{[]/.test(body)) {
    return NOT_JSON;
  }
  try {
    return JSON.parse(body);
  } catch {
    return NOT_JSON;
  }
}
