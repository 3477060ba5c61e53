import type { CodeBlockWriter } from "ts-morph";
import { propertyKey } from "../ir/names.js";

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
 * Prints a data value as a TypeScript literal: objects one property per line, short
 * scalar arrays on one line, `undefined` properties left out.
 */
export function writeLiteral(writer: CodeBlockWriter, value: LiteralValue): void {
  writeValue(writer, value);
}

function writeValue(writer: CodeBlockWriter, value: LiteralValue): void {
  if (value instanceof Code) {
    writer.write(value.text);
  } else if (Array.isArray(value)) {
    const items = value as readonly LiteralValue[];
    if (items.every(isScalar)) {
      writer.write(`[${items.map((item) => JSON.stringify(item)).join(", ")}]`);
      return;
    }
    writer.write("[").newLine();
    writer.indent(() => {
      for (const item of items) {
        writeValue(writer, item);
        writer.write(",").newLine();
      }
    });
    writer.write("]");
  } else if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, LiteralValue>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) {
      writer.write("{}");
      return;
    }
    writer.write("{").newLine();
    writer.indent(() => {
      for (const [key, item] of entries) {
        writer.write(`${propertyKey(key)}: `);
        writeValue(writer, item);
        writer.write(",").newLine();
      }
    });
    writer.write("}");
  } else {
    writer.write(JSON.stringify(value));
  }
}

function isScalar(value: LiteralValue): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}
