/**
 * RFC 6901 JSON pointers, the way descriptors locate values in request arguments and
 * response bodies (`/data/invoices`, `/query/page`). Reads see own properties only, so a
 * pointer can never reach into a prototype.
 */

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;
const FORBIDDEN_TOKENS = new Set(["__proto__", "constructor", "prototype"]);

export function parsePointer(pointer: string): string[] {
  if (pointer === "") {
    return [];
  }
  if (!pointer.startsWith("/")) {
    throw new TypeError(`Invalid JSON pointer ${JSON.stringify(pointer)}: must start with "/"`);
  }
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The value at `pointer`, or `undefined` when any step is missing. */
export function getByPointer(document: unknown, pointer: string): unknown {
  let current = document;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      current = ARRAY_INDEX.test(token) ? current[Number(token)] : undefined;
    } else if (typeof current === "object" && current !== null && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * A copy of `document` with `value` at `pointer`; containers on the way are copied (or
 * created as objects), the rest is shared. The input is never mutated.
 */
export function setByPointer<T extends object>(document: T, pointer: string, value: unknown): T {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) {
    throw new TypeError("Cannot replace the whole document through a JSON pointer");
  }
  // The result has the input's shape with one leaf replaced; TypeScript cannot follow a path given at run time.
  return setPath(document, tokens, value) as T;
}

function setPath(container: unknown, tokens: readonly string[], value: unknown): unknown {
  const [token, ...rest] = tokens;
  if (token === undefined) {
    return value;
  }
  if (FORBIDDEN_TOKENS.has(token)) {
    throw new TypeError(`Refusing to write the JSON pointer token ${token}`);
  }
  if (Array.isArray(container) && ARRAY_INDEX.test(token)) {
    const copy = [...container];
    copy[Number(token)] = setPath(copy[Number(token)], rest, value);
    return copy;
  }
  const record = typeof container === "object" && container !== null ? (container as Record<string, unknown>) : {};
  const child = Object.hasOwn(record, token) ? record[token] : undefined;
  return { ...record, [token]: setPath(child, rest, value) };
}
