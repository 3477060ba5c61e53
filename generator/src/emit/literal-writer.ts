import { propertyKey } from "../ir/names.js";
import { INDENT } from "./source-project.js";

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
 * to the first line (a writer adds its own indentation to every line). Built as one string:
 * thousands of small nested writes cost far more than the writer's pass over the finished text.
 */
export function literalSource(value: LiteralValue): string {
  const parts: string[] = [];
  appendValue(parts, value, "");
  return parts.join("");
}

function appendValue(parts: string[], value: LiteralValue, indentation: string): void {
  if (value instanceof Code) {
    // A multi-line expression continues at the current depth, as a writer indents it (blank lines stay empty).
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
      appendValue(parts, item, inner);
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
      parts.push(inner, propertyKey(key), ": ");
      appendValue(parts, item, inner);
      parts.push(",\n");
    }
    parts.push(empty ? "{}" : `${indentation}}`);
  } else {
    parts.push(JSON.stringify(value));
  }
}

function isScalar(value: LiteralValue): boolean {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
