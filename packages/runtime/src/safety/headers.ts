/**
 * Header names and values that cannot be sent as given. CR or LF in a value would let
 * an argument inject headers (or a second request); fetch would refuse some of these
 * with an unhelpful TypeError, after a token may already have been fetched.
 */

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FORBIDDEN_IN_VALUE = ["\r", "\n", "\0"];
const LATIN1_MAX = 0xff;

/** Why this header cannot be sent, or `undefined` when it can. */
export function headerProblem(name: string, value: string): string | undefined {
  if (!TOKEN.test(name)) {
    return `header name ${JSON.stringify(name)} is not a valid HTTP token`;
  }
  if (FORBIDDEN_IN_VALUE.some((character) => value.includes(character))) {
    return `header ${name} must not contain CR, LF or NUL`;
  }
  if ([...value].some((character) => (character.codePointAt(0) ?? 0) > LATIN1_MAX)) {
    return `header ${name} must contain only Latin-1 characters (encode it first)`;
  }
  return undefined;
}

/** Header argument values as text: primitives as they print, arrays joined by commas (OpenAPI `simple` style). */
export function headerText(value: unknown): string | undefined {
  if (typeof value === "string") {
    return value;
  }
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    return String(value);
  }
  if (Array.isArray(value)) {
    const parts = value.map(headerText);
    return parts.every((part) => part !== undefined) ? parts.join(",") : undefined;
  }
  return undefined;
}
