import { layoutText } from "./layout-text.js";

/**
 * A generated file as text, the one way our emitters print one: the header, the imports
 * one per line, then each declaration (built as text by declaration-text.ts) after a
 * blank line; the whole laid out at WIDTH columns by layout-text.ts.
 */
export function sourceText(header: string, imports: readonly string[], declarations: readonly string[]): string {
  const head = `${header.endsWith("\n") ? header : `${header}\n`}${imports.map((i) => `${i}\n`).join("")}`;
  const body = declarations.filter((d) => d !== "").join("\n\n");
  return layoutText(body === "" ? head : `${head}\n${body}\n`);
}
