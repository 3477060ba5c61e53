import { propertyKey } from "../ir/names.js";
import { INDENT } from "./layout.js";

/** Source text inserted as is (an expression), inside a value written by `literal`. */
export class Code {
  constructor(readonly text: string) {}
}

export const code = (text: string): Code => new Code(text);

export type LiteralValue =
  | Code
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly LiteralValue[]
  | { readonly [key: string]: LiteralValue };

/**
 * A data value as TypeScript literal source: objects one property per line, short scalar
 * arrays on one line, `undefined` properties left out. Nested levels are indented relative
 * to the first line (the block around the value adds its own indentation to every line).
 * Built as one string: thousands of small nested writes cost far more than one pass.
 */
export function literalSource(value: LiteralValue, options: LiteralOptions = {}): string {
  const parts: string[] = [];
  appendValue(parts, value, "", options.width ?? 0, options.column ?? 0);
  return parts.join("");
}

export interface LiteralOptions {
  /**
   * Objects and arrays whose one-line form (`{ a: 1, b: [2] }`) ends within this column stay
   * on one line, as a formatter would print them; 0 (the default): one property per line.
   */
  readonly width?: number;
  /** Where the value starts on its first line (after `export const name = `). */
  readonly column?: number;
}

/** `value` on one line, or undefined when it holds multi-line code or is longer than `limit`. */
export function flatSource(value: LiteralValue, limit = Number.POSITIVE_INFINITY): string | undefined {
  if (value instanceof Code) {
    return value.text.includes("\n") || value.text.length > limit ? undefined : value.text;
  }
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    return text.length > limit ? undefined : text;
  }
  const isArray = Array.isArray(value);
  const items: string[] = [];
  let length = 4;
  const entries = isArray
    ? (value as readonly LiteralValue[]).map((item) => [undefined, item] as const)
    : Object.entries(value);
  for (const [key, item] of entries) {
    if (item === undefined) {
      continue;
    }
    const text = flatSource(item, limit - length);
    if (text === undefined) {
      return undefined;
    }
    const entry = key === undefined ? text : propertySource(key, item, text);
    length += entry.length + 2;
    // Two spare characters: the separator counted after the last entry.
    if (length > limit + 2) {
      return undefined;
    }
    items.push(entry);
  }
  const text = isArray ? `[${items.join(", ")}]` : items.length === 0 ? "{}" : `{ ${items.join(", ")} }`;
  return text.length > limit ? undefined : text;
}

/** `column` is where the value starts on its line; a trailing `,` or `;` follows it. */
function appendValue(parts: string[], value: LiteralValue, indentation: string, width: number, column: number): void {
  if (width > 0 && value !== null && typeof value === "object" && !(value instanceof Code)) {
    const flat = flatSource(value, width - column - 1);
    if (flat !== undefined) {
      parts.push(flat);
      return;
    }
  }
  if (value instanceof Code) {
    // A multi-line expression continues at the current depth, as a block indents it (blank lines stay empty).
    parts.push(indentation === "" ? value.text : value.text.replace(/\n(?=[^\n])/g, `\n${indentation}`));
  } else if (Array.isArray(value)) {
    const items = value as readonly LiteralValue[];
    if (items.every(isScalar)) {
      parts.push(`[${items.map((item) => JSON.stringify(item)).join(", ")}]`);
      return;
    }
    const inner = indentation + INDENT;
    parts.push("[\n");
    for (const item of items) {
      parts.push(inner);
      appendValue(parts, item, inner, width, inner.length);
      parts.push(",\n");
    }
    parts.push(indentation, "]");
  } else if (value !== null && typeof value === "object") {
    const inner = indentation + INDENT;
    let empty = true;
    for (const key in value) {
      const item = (value as Record<string, LiteralValue>)[key];
      if (item === undefined) {
        continue;
      }
      if (empty) {
        parts.push("{\n");
      }
      empty = false;
      if (item instanceof Code && item.text === key) {
        parts.push(inner, key, ",\n");
        continue;
      }
      const keyText = propertyKey(key);
      parts.push(inner, keyText, ": ");
      appendValue(parts, item, inner, width, inner.length + keyText.length + 2);
      parts.push(",\n");
    }
    parts.push(empty ? "{}" : `${indentation}}`);
  } else {
    parts.push(JSON.stringify(value));
  }
}

/** `key: value`, or the shorthand `key` when the value is the variable of that name. */
function propertySource(key: string, item: LiteralValue, text: string): string {
  return item instanceof Code && item.text === key ? key : `${propertyKey(key)}: ${text}`;
}

function isScalar(value: LiteralValue): boolean {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
