import { type Project, StructureKind } from "ts-morph";
import type { ApiIR } from "../ir/types.js";
import type { ExportedNames } from "./exported-names.js";
import { operationNames } from "./operation-names.js";
import { printSourceFile } from "./source-project.js";

/**
 * `errors.gen.ts`: the provider's error class, so `instanceof` tells providers apart and
 * types `body` as the union of the API's documented error bodies, and a guard that narrows
 * an error to one operation's.
 */
export function emitErrorsFile(project: Project, api: ApiIR, names: ExportedNames, header: string): string {
  const { apiError, errorBodies, errorBody, isApiError } = names;
  return printSourceFile(project, "errors.gen.ts", header, [
    'import { ApiError } from "@billforge/runtime";',
    ...(api.operations.length > 0 ? ['import type * as types from "./types.gen.js";'] : []),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: errorBodies,
      docs: [`Each operation's documented error bodies, by operation id.`],
      properties: api.operations.map((operation) => ({
        name: /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(operation.id) ? operation.id : JSON.stringify(operation.id),
        isReadonly: true,
        type: `types.${operationNames(operation).errorBody}`,
      })),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: errorBody,
      docs: [`Every error body ${api.title} documents.`],
      type: api.operations.length > 0 ? `${errorBodies}[keyof ${errorBodies}]` : "unknown",
    },
    {
      kind: StructureKind.Class,
      isExported: true,
      name: apiError,
      typeParameters: [{ name: "TBody", default: errorBody }],
      extends: "ApiError<TBody>",
      docs: [
        `An HTTP error answered by ${api.title}: \`status\`, \`kind\`, the provider's \`code\` and \`message\`, ` +
          "`requestId`, `operationId`, response `headers` and the typed error `body`.",
      ],
      properties: [{ name: "name", isReadonly: true, hasOverrideKeyword: true, initializer: JSON.stringify(apiError) }],
      methods: [
        {
          // A generic class's `instanceof` would type `body` as `any`: this types it as every documented error body.
          name: "[Symbol.hasInstance]",
          isStatic: true,
          hasOverrideKeyword: true,
          parameters: [{ name: "value", type: "unknown" }],
          returnType: `value is ${apiError}<${errorBody}>`,
          docs: [`\`error instanceof ${apiError}\` types \`error.body\` as {@link ${errorBody}}.`],
          statements: ["return Function.prototype[Symbol.hasInstance].call(this, value);"],
        },
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: isApiError,
      typeParameters: [{ name: "K", constraint: `keyof ${errorBodies}` }],
      parameters: [
        { name: "error", type: "unknown" },
        { name: "operationId", type: "K" },
      ],
      returnType: `error is ${apiError}<${errorBodies}[K]>`,
      docs: [
        `An error of one operation, its \`body\` typed as that operation's documented error bodies: \`if (${isApiError}(error, "${api.operations[0]?.id ?? "operationId"}"))\`.`,
      ],
      statements: [`return error instanceof ${apiError} && error.operationId === operationId;`],
    },
  ]);
}
