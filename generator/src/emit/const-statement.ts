import { docComment } from "./doc-comment.js";
import { type LiteralValue, literalSource } from "./literal-writer.js";

export interface ConstStatement {
  readonly name: string;
  readonly type?: string | undefined;
  readonly docs?: string;
  readonly exported?: boolean;
  /** Source text of an expression, or a data value printed as a literal. */
  readonly initializer: LiteralValue;
  /** Keep objects and arrays that fit within this width on one line (see `literalSource`). */
  readonly width?: number;
}

/** `export const name: Type = …;` preceded by its TSDoc, as one string. */
export function constDeclaration(statement: ConstStatement): string {
  const docs = statement.docs ? docComment(statement.docs) : "";
  const type = statement.type ? `: ${statement.type}` : "";
  const exported = statement.exported === false ? "" : "export ";
  const head = `${exported}const ${statement.name}${type} = `;
  const initializer = literalSource(statement.initializer, { width: statement.width ?? 0, column: head.length });
  return `${docs}${head}${initializer};`;
}
