import type { OperationIR } from "../ir/types.js";
import type { ExportedNames } from "./exported-names.js";
import { isSuccessStatus, operationNames, takesArgs } from "./operation-names.js";

/**
 * The full TSDoc of an operation: summary, description, method and path, parameters,
 * errors, deprecation and source page. Written once, on the client interface's method
 * (what an editor shows on hover); every other form of the operation links to it with
 * {@link operationLinkDoc}.
 */
export function operationDocs(operation: OperationIR, names?: ExportedNames): string {
  const parts: string[] = [];
  if (operation.summary) {
    parts.push(escapeDoc(operation.summary));
  }
  if (operation.description && operation.description !== operation.summary) {
    parts.push(escapeDoc(operation.description));
  }
  parts.push(`\`${operation.method} ${operation.path}\``);
  const tags: string[] = [];
  if (names) {
    tags.push(...parameterTags(operation), ...throwsTags(operation, names));
  }
  if (operation.deprecated) {
    tags.push("@deprecated This operation is deprecated by the provider.");
  }
  if (operation.docsUrl) {
    tags.push(`@see {@link ${operation.docsUrl}}`);
  }
  return [...parts, ...(tags.length > 0 ? [tags.join("\n")] : [])].join("\n\n");
}

/**
 * The one-line doc of every other form of an operation (standalone function, `Safe` and
 * `iterate…` forms, descriptor, safe client method): its summary, what this form adds
 * (`suffix`), and a link to the full doc on `<Provider>Client.<operation>`.
 */
export function operationLinkDoc(operation: OperationIR, names: ExportedNames, suffix = ""): string {
  const summary = sentence(summaryLine(operation));
  const extra = suffix === "" ? "" : ` ${suffix}`;
  const deprecated = operation.deprecated ? "\n\n@deprecated This operation is deprecated by the provider." : "";
  return `${summary}${extra} See {@link ${names.client}.${operationNames(operation).fn}}.${deprecated}`;
}

/** The operation's summary on one line, else its method and path. */
function summaryLine(operation: OperationIR): string {
  const summary = operation.summary?.replace(/\s+/g, " ").trim();
  return escapeDoc(summary ? summary : `\`${operation.method} ${operation.path}\``);
}

function parameterTags(operation: OperationIR): string[] {
  const tags: string[] = [];
  if (takesArgs(operation)) {
    const groups = [
      ["path", "path"],
      ["query", "query"],
      ["headers", "header"],
    ] as const;
    const present = groups.filter(([, location]) => operation.parameters.some((p) => p.in === location));
    const what = [...present.map(([key]) => `\`${key}\``), ...(operation.requestBody ? ["`body`"] : [])];
    tags.push(`@param args - The call's ${what.join(", ")}; checked before anything is sent.`);
  }
  return tags;
}

function throwsTags(operation: OperationIR, names: ExportedNames): string[] {
  const statuses = operation.responses.filter((r) => !isSuccessStatus(r.status)).map((r) => `\`${r.status}\``);
  const documented = statuses.length > 0 ? ` (documented: ${statuses.join(", ")})` : "";
  return [
    `@throws {@link ${names.apiError}} on an error status${documented}; another \`BillforgeError\` on any other failure.`,
  ];
}

function sentence(text: string): string {
  return /[.!?:]$/.test(text) ? text : `${text}.`;
}

/** Text safe inside a `/** … *\/` block. */
export function escapeDoc(text: string): string {
  return text.replaceAll("*/", "*\\/").trim();
}
