import { ts } from "ts-morph";
import { GeneratedSyntaxError } from "./generated-syntax-error.js";

/**
 * Parses an emitted TypeScript file with the compiler ts-morph bundles (parse only: no
 * binding, no type check, no parent pointers) and throws a GeneratedSyntaxError for its
 * first syntax error. The emitters build text, so only this notices a bracket the layout
 * misplaced or a literal written unescaped.
 */
export function assertParses(path: string, text: string): void {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  // The parser's own diagnostics: public on a program, but a program would cost a binder pass.
  const [first] = (source as unknown as { readonly parseDiagnostics: readonly ts.DiagnosticWithLocation[] })
    .parseDiagnostics;
  if (first === undefined) {
    return;
  }
  const { line, character } = source.getLineAndCharacterOfPosition(first.start);
  throw new GeneratedSyntaxError(
    path,
    line + 1,
    character + 1,
    ts.flattenDiagnosticMessageText(first.messageText, " "),
    snippet(text, line, character),
  );
}

/** At most this many columns of each snippet line are shown (generated lines can be long). */
const SNIPPET_COLUMNS = 160;

/**
 * The offending line with the one before and after it, numbered, and a caret under the
 * error; all three cut to the same window around the error's column.
 */
function snippet(text: string, line: number, character: number): string {
  const lines = text.split("\n");
  const numbers = [line - 1, line, line + 1].filter((n) => n >= 0 && n < lines.length);
  const width = String((numbers.at(-1) ?? 0) + 1).length;
  const from = Math.max(0, character - SNIPPET_COLUMNS / 2);
  const clip = (s: string) =>
    `${from > 0 ? "…" : ""}${s.slice(from, from + SNIPPET_COLUMNS)}${s.length > from + SNIPPET_COLUMNS ? "…" : ""}`;
  return numbers
    .flatMap((n) => {
      const shown = `${String(n + 1).padStart(width)} | ${clip(lines[n] ?? "")}`;
      const caret = `${" ".repeat(width)} | ${" ".repeat(character - from + (from > 0 ? 1 : 0))}^`;
      return n === line ? [shown, caret] : [shown];
    })
    .join("\n");
}
