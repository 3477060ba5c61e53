import { type Project, StructureKind } from "ts-morph";
import type { ApiIR } from "../ir/types.js";
import type { ExportedNames } from "./exported-names.js";
import { printSourceFile } from "./source-project.js";

/** `errors.gen.ts`: the provider's error class, so `instanceof` tells providers apart. */
export function emitErrorsFile(project: Project, api: ApiIR, names: ExportedNames, header: string): string {
  return printSourceFile(project, "errors.gen.ts", header, [
    'import { ApiError } from "@billforge/runtime";',
    {
      kind: StructureKind.Class,
      isExported: true,
      name: names.apiError,
      typeParameters: [{ name: "TBody", default: "unknown" }],
      extends: "ApiError<TBody>",
      docs: [
        `An HTTP error answered by ${api.title}: \`status\`, \`kind\`, the provider's \`code\` and \`message\`, ` +
          "`requestId`, `operationId`, response `headers` and the typed error `body`.",
      ],
      properties: [
        { name: "name", isReadonly: true, hasOverrideKeyword: true, initializer: JSON.stringify(names.apiError) },
      ],
    },
  ]);
}
