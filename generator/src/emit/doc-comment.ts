/**
 * A TSDoc block as ts-morph's printer writes `docs`, followed by a newline: one line
 * `/** text *\/` for single-line text, otherwise one ` * ` line per line (` *` when blank).
 */
export function docComment(docs: string): string {
  const lines = docs.split(/\r?\n/);
  if (lines.length === 1) {
    const line = `/** ${docs}`;
    return `${line}${line.endsWith(" ") ? "" : " "}*/\n`;
  }
  // ts-morph drops a leading empty line.
  const body = (lines[0] === "" ? lines.slice(1) : lines).map((line) => (line === "" ? " *" : ` * ${line}`));
  return `/**\n${body.join("\n")}\n */\n`;
}
