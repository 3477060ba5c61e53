import { propertyKey } from "../ir/names.js";
import type { ApiIR, MediaIR, OperationIR, ResponseIR } from "../ir/types.js";
import { isBinaryMedia } from "../media-types.js";
import { typeAliasDeclaration } from "./declaration-text.js";
import type { ExportedNames } from "./exported-names.js";
import {
  argGroup,
  callerRequired,
  isClientFilled,
  isSuccessStatus,
  iteratorCounter,
  operationNames,
  takesArgs,
} from "./operation-names.js";
import { sourceText } from "./source-text.js";
import { escapeDoc } from "./tsdoc.js";

/**
 * `types.gen.ts`: friendly names over openapi-typescript's types: per operation its
 * arguments, result, error bodies and (paginated) item; per component schema its type.
 */
export function emitTypesFile(api: ApiIR, names: ExportedNames, header: string): string {
  const aliases: string[] = [];
  const typeTexts: string[] = [];
  const alias = (name: string, type: string, docs: string) => {
    typeTexts.push(type);
    aliases.push(typeAliasDeclaration({ name, type, docs }));
  };

  for (const operation of api.operations) {
    const n = operationNames(operation);
    const op = `paths[${JSON.stringify(operation.path)}][${JSON.stringify(operation.method.toLowerCase())}]`;
    if (takesArgs(operation)) {
      alias(n.args, argsType(operation, op), `Arguments of {@link ${n.fn}}.`);
    }
    alias(n.result, resultType(operation, op, names), `What {@link ${n.fn}} resolves to.`);
    alias(n.errorBody, errorBodyType(operation, op, names), `Error bodies {@link ${n.fn}} documents.`);
    if (operation.pagination) {
      alias(n.item, itemType(n.result, operation.pagination.items), `One item of {@link ${n.iterateFn}}.`);
      const counter = iteratorCounter(operation);
      if (counter && takesArgs(operation)) {
        alias(
          n.iterateArgs,
          iterateArgsType(operation, n.args, counter),
          `Arguments of {@link ${n.iterateFn}}: the ${counter.name} it sets itself is optional.`,
        );
      }
    }
  }
  for (const schema of api.schemas) {
    const description = schema.schema.description ? `${escapeDoc(schema.schema.description)}\n\n` : "";
    alias(
      names.componentType(schema.name),
      `Readable<components["schemas"][${JSON.stringify(schema.name)}]>`,
      `${description}As received; for request bodies see the operation's Args type.`,
    );
  }
  // Only what the aliases use is imported or declared: a package compiles with noUnusedLocals.
  const uses = (name: string) => typeTexts.some((text) => new RegExp(`\\b${name}\\b`).test(text));
  const imported = ["components", "paths", "Readable", "Writable"].filter(uses);
  return sourceText(
    header,
    imported.length > 0 ? [`import type { ${imported.join(", ")} } from "./openapi.gen.js";`] : [],
    [
      ...(uses("WithOptional")
        ? [
            typeAliasDeclaration({
              name: "WithOptional<T, K extends keyof T>",
              docs: "Marks some keys of T optional (filled by the client when left out).",
              type: "Omit<T, K> & Partial<Pick<T, K>>",
            }).replace("export type", "type"),
          ]
        : []),
      ...aliases,
    ],
  );
}

function argsType(operation: OperationIR, op: string): string {
  const members: string[] = [];
  for (const [key, location] of [
    ["path", "path"],
    ["query", "query"],
    ["headers", "header"],
  ] as const) {
    const parameters = operation.parameters.filter((p) => p.in === location);
    if (parameters.length === 0) {
      continue;
    }
    const required = parameters.some((p) => callerRequired(operation, p));
    let type = `NonNullable<${op}["parameters"][${JSON.stringify(location)}]>`;
    const filled = parameters.filter((p) => isClientFilled(operation, p)).map((p) => JSON.stringify(p.name));
    if (filled.length > 0) {
      type = `WithOptional<${type}, ${filled.join(" | ")}>`;
    }
    members.push(`${key}${required ? "" : "?"}: ${type};`);
  }
  const body = operation.requestBody;
  const media = body ? preferredMedia(body.media) : undefined;
  if (body && media) {
    // A body that is a component schema is written as that schema, not as an index chain.
    const content =
      media.schema?.kind === "ref"
        ? `components["schemas"][${JSON.stringify(media.schema.name)}]`
        : `NonNullable<${op}["requestBody"]>["content"][${JSON.stringify(media.mediaType)}]`;
    members.push(
      `body${body.required ? "" : "?"}: ${isBinaryMedia(media.mediaType) ? "Uint8Array | Blob | string | ReadableStream<Uint8Array>" : `Writable<${content}>`};`,
    );
  }
  return `{\n  ${members.join("\n  ")}\n}`;
}

function resultType(operation: OperationIR, op: string, names: ExportedNames): string {
  const successes = operation.responses.filter((r) => isSuccessStatus(r.status));
  const types = new Set(successes.map((r) => bodyType(r, op, names)));
  return types.size === 0 ? "undefined" : [...types].join(" | ");
}

function errorBodyType(operation: OperationIR, op: string, names: ExportedNames): string {
  const errors = operation.responses.filter((r) => !isSuccessStatus(r.status) && preferredMedia(r.media));
  const types = new Set(errors.map((r) => bodyType(r, op, names)));
  return types.size === 0 ? "unknown" : [...types].join(" | ");
}

/**
 * The preferred media's type, joined by the type of every other media whose schema differs
 * (an XML error list read differently from its JSON twin): the result is what any format gives.
 */
function bodyType(response: ResponseIR, op: string, names: ExportedNames): string {
  const media = preferredMedia(response.media);
  if (!media) {
    return "undefined";
  }
  if (isBinaryMedia(media.mediaType)) {
    return "Uint8Array";
  }
  const status = /^\d+$/.test(response.status) ? response.status : JSON.stringify(response.status);
  const shapes = new Map([[JSON.stringify(media.schema), media]]);
  for (const other of response.media) {
    if (isBinaryMedia(other.mediaType)) {
      continue;
    }
    const shape = JSON.stringify(other.schema);
    if (!shapes.has(shape)) {
      shapes.set(shape, other);
    }
  }
  // A component schema reads as its exported alias (what a hover shows), the rest as index chains.
  return [...shapes.values()]
    .map((m) =>
      m.schema?.kind === "ref"
        ? names.componentType(m.schema.name)
        : `Readable<${op}["responses"][${status}]["content"][${JSON.stringify(m.mediaType)}]>`,
    )
    .join(" | ");
}

/** JSON first: every format decodes to the same typed values, and JSON is the default one. */
function preferredMedia(media: readonly MediaIR[]): MediaIR | undefined {
  return media.find((m) => /json/i.test(m.mediaType)) ?? media[0];
}

/** The item type at a JSON pointer into the result, e.g. `/data/invoices` → `…["data"]["invoices"][number]`. */
function itemType(result: string, pointer: string): string {
  const segments = pointer.split("/").slice(1);
  const path = segments.reduce((type, segment) => `NonNullable<${type}>[${JSON.stringify(segment)}]`, result);
  return `NonNullable<${path}>[number]`;
}

/** The operation's arguments with the iterator's counter (and, if nothing else in its group is required, the group) optional. */
function iterateArgsType(operation: OperationIR, args: string, counter: { group: string; name: string }): string {
  const othersRequired = operation.parameters.some(
    (p) => callerRequired(operation, p) && argGroup(p.in) === counter.group && p.name !== counter.name,
  );
  const group = JSON.stringify(counter.group);
  const inner = `WithOptional<NonNullable<${args}[${group}]>, ${JSON.stringify(counter.name)}>`;
  return `Omit<${args}, ${group}> & { ${propertyKey(counter.group)}${othersRequired ? "" : "?"}: ${inner} }`;
}
