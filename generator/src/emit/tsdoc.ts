import type { OperationIR } from "../ir/types.js";

/** TSDoc lines for an operation: summary, description, deprecation and source page. */
export function operationDocs(operation: OperationIR): string {
  const parts: string[] = [];
  if (operation.summary) {
    parts.push(escapeDoc(operation.summary));
  }
  if (operation.description && operation.description !== operation.summary) {
    parts.push(escapeDoc(operation.description));
  }
  parts.push(`\`${operation.method} ${operation.path}\``);
  const tags: string[] = [];
  if (operation.deprecated) {
    tags.push("@deprecated This operation is deprecated by the provider.");
  }
  if (operation.docsUrl) {
    tags.push(`@see {@link ${operation.docsUrl}}`);
  }
  return [...parts, ...(tags.length > 0 ? [tags.join("\n")] : [])].join("\n\n");
}

/** Text safe inside a `/** … *\/` block. */
export function escapeDoc(text: string): string {
  return text.replaceAll("*/", "*\\/").trim();
}
