/**
 * Offsets of JSON pointers in a JSON text, without building a document. A large JSON spec
 * can carry thousands of warnings; parsing it again with positions (a YAML document of the
 * whole text) cost more time and memory than the rest of generation. Here a lookup scans
 * only the containers on the pointer's path, and each container's members are indexed the
 * first time it is visited, so every container is scanned at most once.
 *
 * The scanner accepts strict JSON only; `JsonScanError` tells the caller to use the YAML
 * parser instead (YAML flow syntax, comments, anything else).
 */
export class JsonScanError extends Error {}

type Members = Map<string, number> | number[];

export interface JsonOffsets {
  /** Offset of the value at the deepest existing prefix of `segments` (the root value for none). */
  offset(segments: readonly string[]): number;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

export function jsonOffsets(text: string): JsonOffsets {
  const members = new Map<number, Members>();

  const fail = (at: number, what: string): never => {
    throw new JsonScanError(`not JSON at offset ${at}: ${what}`);
  };

  const skipSpace = (from: number): number => {
    let i = from;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c !== SPACE && c !== LF && c !== CR && c !== TAB) {
        return i;
      }
      i += 1;
    }
  };

  /** `from` is at an opening quote; returns the offset after the closing one. */
  const skipString = (from: number): number => {
    let i = from + 1;
    for (;;) {
      const quote = text.indexOf('"', i);
      if (quote < 0) {
        return fail(from, "unterminated string");
      }
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) {
        backslashes += 1;
      }
      if (backslashes % 2 === 0) {
        return quote + 1;
      }
      i = quote + 1;
    }
  };

  /** Offset after the value starting at `from` (no leading space). */
  const skipValue = (from: number): number => {
    const first = text.charCodeAt(from);
    if (first === QUOTE) {
      return skipString(from);
    }
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      let i = from;
      for (;;) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          i = skipString(i);
          continue;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          depth += 1;
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          depth -= 1;
          if (depth === 0) {
            return i + 1;
          }
        } else if (Number.isNaN(c)) {
          return fail(from, "unterminated container");
        }
        i += 1;
      }
    }
    // A number or a literal: up to the next delimiter.
    let i = from;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c) || c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        break;
      }
      if (c === SPACE || c === LF || c === CR || c === TAB) {
        break;
      }
      i += 1;
    }
    const literal = text.slice(from, i);
    if (!/^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/.test(literal)) {
      return fail(from, `unexpected ${JSON.stringify(literal.slice(0, 20))}`);
    }
    return i;
  };

  /** Members of the container at `start`: key → value offset, or the items' offsets. */
  const membersAt = (start: number): Members | undefined => {
    const cached = members.get(start);
    if (cached !== undefined) {
      return cached;
    }
    const open = text.charCodeAt(start);
    if (open !== OPEN_BRACE && open !== OPEN_BRACKET) {
      return undefined;
    }
    const close = open === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
    const found: Members = open === OPEN_BRACE ? new Map() : [];
    let i = skipSpace(start + 1);
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        if (found instanceof Map) {
          if (text.charCodeAt(i) !== QUOTE) {
            fail(i, "expected a quoted key");
          }
          const keyEnd = skipString(i);
          const key = JSON.parse(text.slice(i, keyEnd)) as string;
          i = skipSpace(keyEnd);
          if (text.charCodeAt(i) !== COLON) {
            fail(i, "expected ':'");
          }
          i = skipSpace(i + 1);
          // Of duplicate keys the last wins, as in the parsed document (json-document.ts).
          found.set(key, i);
        } else {
          found.push(i);
        }
        i = skipSpace(skipValue(i));
        const c = text.charCodeAt(i);
        if (c === close) {
          break;
        }
        if (c !== COMMA) {
          fail(i, "expected ',' or a closing bracket");
        }
        i = skipSpace(i + 1);
      }
    }
    members.set(start, found);
    return found;
  };

  const root = skipSpace(text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (text.charCodeAt(root) !== OPEN_BRACE && text.charCodeAt(root) !== OPEN_BRACKET) {
    fail(root, "not a JSON document");
  }

  return {
    offset(segments) {
      let offset = root;
      for (const segment of segments) {
        const found = membersAt(offset);
        if (found === undefined) {
          break;
        }
        const next = Array.isArray(found) ? itemAt(found, segment) : found.get(segment);
        if (next === undefined) {
          break;
        }
        offset = next;
      }
      return offset;
    },
  };
}

function itemAt(items: readonly number[], segment: string): number | undefined {
  return /^\d+$/.test(segment) ? items[Number(segment)] : undefined;
}

/** 1-based line and column of `offset`, counting `\n` as the line break (as the YAML parser's line counter does). */
export function lineColumn(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offset < (lineStarts[mid] as number)) {
      high = mid;
    } else {
      low = mid + 1;
    }
  }
  const start = lineStarts[low - 1] ?? 0;
  return { line: low, column: offset - start + 1 };
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    starts.push(i + 1);
  }
  return starts;
}
