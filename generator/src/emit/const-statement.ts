import type { WriterFunction } from "ts-morph";
import { docComment } from "./doc-comment.js";
import { type LiteralValue, literalSource } from "./literal-writer.js";

export interface ConstStatement {
  readonly name: string;
  readonly type?: string;
  readonly docs?: string;
  readonly exported?: boolean;
  /** Source text of an expression, or a data value printed as a literal. */
  readonly initializer: LiteralValue;
}

/**
 * `export const name: Type = …;` preceded by its TSDoc and a blank line. Written as a
 * statement-level writer because ts-morph hangs the indentation of multi-line
 * initializers inside variable structures.
 */
export function constStatement(statement: ConstStatement): WriterFunction {
  return (writer) => {
    writer.blankLineIfLastNot();
    // One write of the whole statement: far cheaper than many small ones on large specs.
    const docs = statement.docs ? docComment(statement.docs) : "";
    const type = statement.type ? `: ${statement.type}` : "";
    const exported = statement.exported === false ? "" : "export ";
    writer.write(`${docs}${exported}const ${statement.name}${type} = ${literalSource(statement.initializer)};\n`);
  };
}
