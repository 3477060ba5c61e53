import type { ApiIR, OperationIR } from "../ir/types.js";
import { functionDeclaration, type ParameterText } from "./declaration-text.js";
import type { ExportedNames } from "./exported-names.js";
import { argsOptional, iterateArgsOptional, iteratorCounter, operationNames, takesArgs } from "./operation-names.js";
import { sourceText } from "./source-text.js";
import { operationLinkDoc } from "./tsdoc.js";

/**
 * `functions.gen.ts`: every operation as a standalone function taking the client core, so
 * a bundler keeps only the operations (and schemas) a program calls.
 */
export function emitFunctionsFile(api: ApiIR, names: ExportedNames, header: string): string {
  const functions = api.operations.flatMap((operation) => operationFunctions(operation, names));
  // `paginate` is imported only by APIs that paginate, so others never bundle it.
  const paginates = api.operations.some((operation) => operation.pagination);
  return sourceText(
    header,
    [
      paginates
        ? 'import { type CallOptions, type ClientCore, paginate, type SafeResult } from "@billforge/runtime";'
        : 'import type { CallOptions, ClientCore, SafeResult } from "@billforge/runtime";',
      // The client interface holds each operation's full doc: the functions link to it.
      `import type { ${names.client} } from "./client.gen.js";`,
      `import type { ${names.apiError} } from "./errors.gen.js";`,
      'import * as operations from "./operations.gen.js";',
      'import type * as types from "./types.gen.js";',
    ],
    functions,
  );
}

export interface CallParameter {
  readonly name: string;
  readonly type: string;
  /** May be left out by the caller. */
  readonly optional: boolean;
}

/** The parameter list and call arguments shared by every form of one operation. */
export function callSignature(
  operation: OperationIR,
  typesAlias: string,
  form: "call" | "iterate" = "call",
): { params: CallParameter[]; args: string } {
  const options = { name: "options", type: "CallOptions", optional: true };
  if (!takesArgs(operation)) {
    return { params: [options], args: "{}" };
  }
  const names = operationNames(operation);
  const iterate = form === "iterate" && iteratorCounter(operation) !== undefined;
  const args = {
    name: "args",
    type: `${typesAlias}${iterate ? names.iterateArgs : names.args}`,
    optional: iterate ? iterateArgsOptional(operation) : argsOptional(operation),
  };
  return { params: [args, options], args: "args" };
}

function operationFunctions(operation: OperationIR, names: ExportedNames): string[] {
  const n = operationNames(operation);
  // Optional arguments get a default, so the runtime always receives an object.
  const parametersOf = (params: CallParameter[]): ParameterText[] =>
    params.map((p) =>
      p.name === "args" && p.optional
        ? { name: p.name, type: p.type, initializer: "{}" }
        : { name: p.name, type: p.type, optional: p.optional },
    );
  const { params, args } = callSignature(operation, "types.");
  const parameters = parametersOf(params);
  const core = { name: "client", type: "ClientCore" };
  const call = (method: string, generics: string) =>
    `return client.${method}<${generics}>(operations.${n.descriptor}, ${args}, options);`;
  const iterate = `return paginate<types.${n.item}>(client, operations.${n.descriptor}, ${args}, options);`;
  const fn = (name: string, doc: string, returnType: string, body: string, own = parameters): string =>
    functionDeclaration({ name, docs: doc, parameters: [core, ...own], returnType, statements: [body] });
  const errorType = `${names.apiError}<types.${n.errorBody}>`;
  const forms = [
    fn(n.fn, operationLinkDoc(operation, names), `Promise<types.${n.result}>`, call("request", `types.${n.result}`)),
    fn(
      n.safeFn,
      operationLinkDoc(operation, names, "Never rejects: resolves to `{ data, error, response }`."),
      `Promise<SafeResult<types.${n.result}, ${errorType}>>`,
      call("requestSafe", `types.${n.result}, ${errorType}`),
    ),
  ];
  if (operation.pagination) {
    forms.push(
      fn(
        n.iterateFn,
        operationLinkDoc(operation, names, "Every item, fetched lazily page by page."),
        `AsyncIterableIterator<types.${n.item}>`,
        iterate,
        parametersOf(callSignature(operation, "types.", "iterate").params),
      ),
    );
  }
  return forms;
}
