import type { ApiIR } from "../ir/types.js";
import {
  classDeclaration,
  functionDeclaration,
  interfaceDeclaration,
  propertySignature,
  typeAliasDeclaration,
} from "./declaration-text.js";
import { docComment } from "./doc-comment.js";
import type { ExportedNames } from "./exported-names.js";
import { operationNames } from "./operation-names.js";
import { sourceText } from "./source-text.js";

/**
 * `errors.gen.ts`: the provider's error class, so `instanceof` tells providers apart and
 * types `body` as the union of the API's documented error bodies, and a guard that narrows
 * an error to one operation's.
 */
export function emitErrorsFile(api: ApiIR, names: ExportedNames, header: string): string {
  const { apiError, errorBodies, errorBody, isApiError } = names;
  const imports = [
    'import { ApiError } from "@billforge/runtime";',
    ...(api.operations.length > 0 ? ['import type * as types from "./types.gen.js";'] : []),
  ];
  return sourceText(header, imports, [
    interfaceDeclaration({
      name: errorBodies,
      docs: "Each operation's documented error bodies, by operation id.",
      members: api.operations.map((operation) =>
        propertySignature({
          name: /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(operation.id) ? operation.id : JSON.stringify(operation.id),
          readonly: true,
          type: `types.${operationNames(operation).errorBody}`,
        }),
      ),
    }),
    typeAliasDeclaration({
      name: errorBody,
      docs: `Every error body ${api.title} documents.`,
      type: api.operations.length > 0 ? `${errorBodies}[keyof ${errorBodies}]` : "unknown",
    }),
    classDeclaration({
      name: `${apiError}<TBody = ${errorBody}>`,
      heritage: "extends ApiError<TBody>",
      docs:
        `An HTTP error answered by ${api.title}: \`status\`, \`kind\`, the provider's \`code\` and \`message\`, ` +
        "`requestId`, `operationId`, response `headers` and the typed error `body`.",
      members: [
        `override readonly name = ${JSON.stringify(apiError)};`,
        // A generic class's `instanceof` would type `body` as `any`: this types it as every documented error body.
        [
          docComment(`\`error instanceof ${apiError}\` types \`error.body\` as {@link ${errorBody}}.`),
          `static override [Symbol.hasInstance](value: unknown): value is ${apiError}<${errorBody}> {\n`,
          "  return Function.prototype[Symbol.hasInstance].call(this, value);\n}",
        ].join(""),
      ],
    }),
    functionDeclaration({
      name: isApiError,
      typeParameters: `K extends keyof ${errorBodies}`,
      docs: `An error of one operation, its \`body\` typed as that operation's documented error bodies: \`if (${isApiError}(error, "${api.operations[0]?.id ?? "operationId"}"))\`.`,
      parameters: [
        { name: "error", type: "unknown" },
        { name: "operationId", type: "K" },
      ],
      returnType: `error is ${apiError}<${errorBodies}[K]>`,
      statements: [`return error instanceof ${apiError} && error.operationId === operationId;`],
    }),
  ]);
}
