import type { WriterFunction } from "ts-morph";
import { type LiteralValue, writeLiteral } from "./literal-writer.js";

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
    if (statement.docs) writeDocs(writer, statement.docs);
    const type = statement.type ? `: ${statement.type}` : "";
    writer.write(`${statement.exported === false ? "" : "export "}const ${statement.name}${type} = `);
    writeLiteral(writer, statement.initializer);
    writer.write(";").newLine();
  };
}

export function writeDocs(writer: Parameters<WriterFunction>[0], docs: string): void {
  const lines = docs.split("\n");
  if (lines.length === 1) {
    writer.writeLine(`/** ${lines[0]} */`);
    return;
  }
  writer.writeLine("/**");
  for (const line of lines) writer.writeLine(line === "" ? " *" : ` * ${line}`);
  writer.writeLine(" */");
}
