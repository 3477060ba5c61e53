import { GENERATED_FILE_NAMES, propertyKey } from "../ir/names.js";
import type { ApiIR, Direction, MediaIR, OperationIR, ParameterIR, SchemaIR } from "../ir/types.js";
import { isMultipartMedia, isXmlMedia } from "../media-types.js";
import type { ComponentSchemaPlan } from "./component-schemas.js";
import { constDeclaration } from "./const-statement.js";
import { Code, code, flatSource, type LiteralValue } from "./literal-writer.js";
import { callerRequired, operationNames, takesArgs } from "./operation-names.js";
import { shareRepeatedValues, type ValuePath } from "./shared-values.js";
import { sourceText } from "./source-text.js";
import { escapeDoc } from "./tsdoc.js";
import { componentOfSchema, valueNamer } from "./value-names.js";
import { xmlMappingName } from "./xml-files.js";
import { ZOD_IMPORT } from "./zod-builder.js";
import { objectShape, optionalIf, zodExpression } from "./zod-expression.js";

const SCHEMAS = "schemas";
const ARG_GROUPS = [
  ["path", "path"],
  ["query", "query"],
  ["headers", "header"],
] as const;

/** Descriptors print at the width a formatter would use; a value that fits stays on one line. */
const WIDTH = 120;
/** A repeated value shorter than this is clearer written out than named. */
const MIN_SHARED_LENGTH = 48;
/**
 * Parts a descriptor refers to by name when repeated: lists, bodies, parameter schemas.
 * One response or media entry stays inline (`{ status: "401", media: errorListMedia }`):
 * once its list is named it is shorter than a name for it.
 */
const SHARED_PARTS = new Set([
  "queryParams",
  "security",
  "parameters",
  "pagination",
  "requestBody",
  "requestBody/media",
  "responses",
  "responses/#/media",
  "requestBody/media/#/schema",
  "responses/#/media/#/schema",
]);

/**
 * `operations.gen.ts`: one descriptor per operation, the data the runtime interprets. A
 * value several descriptors share (the error responses every operation lists, a parameter
 * schema) is one module-level const they refer to; a bundler keeps only the consts the
 * imported descriptors use.
 */
export function emitOperationsFile(api: ApiIR, plan: ComponentSchemaPlan, header: string): string {
  const schemaOf = (schema: SchemaIR, direction: Direction, mediaType: string): LiteralValue => {
    if (schema.kind === "ref") {
      return code(`${SCHEMAS}.${plan.identifierOf(schema.name, direction)}`);
    }
    const expression = zodExpression(schema, {
      direction,
      refExpression: plan.refFrom(SCHEMAS, direction),
      binaryStrings: isMultipartMedia(mediaType),
    });
    return code(`/* @__PURE__ */ lazySchema(() => ${expression})`);
  };
  const media = (list: readonly MediaIR[], direction: Direction, mappingName: (m: MediaIR) => string): LiteralValue =>
    list.map((m) => ({
      mediaType: m.mediaType,
      schema: m.schema ? schemaOf(m.schema, direction, m.mediaType) : undefined,
      xmlMapping: m.schema && isXmlMedia(m.mediaType) ? mappingName(m) : undefined,
    }));
  // The parameter names behind each parameters schema, to name the schema's const after them.
  const parameterNames = new Map<string, string[]>();

  const roots = api.operations.map((operation) => {
    const parameters = parametersSchema(operation, plan);
    if (parameters instanceof Code) {
      parameterNames.set(
        parameters.text,
        operation.parameters.map((p) => p.name),
      );
    }
    return {
      label: operationNames(operation).descriptor,
      operation,
      value: {
        id: operation.id,
        method: operation.method,
        path: operation.path,
        pathParams: byLocation(operation, "path").map((p) => p.name),
        queryParams: byLocation(operation, "query").map((p) => ({
          name: p.name,
          style: p.style,
          explode: p.explode,
        })),
        headerParams: byLocation(operation, "header").map((p) => p.name),
        idempotent: operation.idempotent,
        idempotencyKeyHeader: operation.idempotencyKeyHeader,
        security: operation.security.map((alternative) => [...alternative]),
        parameters,
        requestBody: operation.requestBody
          ? {
              required: operation.requestBody.required,
              media: media(operation.requestBody.media, "request", (m) => xmlMappingName(operation, "request", m)),
            }
          : undefined,
        responses: operation.responses.map((r) => ({
          status: r.status,
          media: media(r.media, "response", (m) => xmlMappingName(operation, r.status, m)),
        })),
        pagination: operation.pagination ? { ...operation.pagination } : undefined,
      } satisfies LiteralValue,
    };
  });
  const name = valueNamer([...GENERATED_FILE_NAMES, ...roots.map((root) => root.label)]);
  const shared = shareRepeatedValues(roots, {
    worthSharing: (value, path) => SHARED_PARTS.has(partOf(path)) && flatSource(value, MIN_SHARED_LENGTH) === undefined,
    nameFor: (value, path) => {
      const [subject, kind] = describeValue(value, path, parameterNames);
      return name(subject, kind);
    },
  });
  const sharedConsts = shared.consts.map((c) =>
    constDeclaration({
      name: c.name,
      type: descriptorTypeAt(c.path),
      exported: false,
      initializer: c.value,
      width: WIDTH,
    }),
  );
  const statements = shared.roots.map(({ label, operation, value }) =>
    constDeclaration({
      name: label,
      type: "OperationDescriptor",
      docs: descriptorDocs(operation),
      initializer: value,
      width: WIDTH,
    }),
  );
  const usesZod = statements.length > 0;
  const types = new Set(["OperationDescriptor", ...shared.consts.flatMap((c) => descriptorTypeAt(c.path) ?? [])]);
  const typeImports = [...types]
    .map((type) => type.replace(/^readonly |\[\]$/g, ""))
    .filter((type, i, all) => /^[A-Z]\w*$/.test(type) && all.indexOf(type) === i)
    .sort()
    .map((type) => `type ${type}`);
  const runtimeImports = [...(usesZod ? ["lazySchema"] : []), ...typeImports];
  return sourceText(
    header,
    [
      `import { ${runtimeImports.join(", ")} } from "@billforge/runtime";`,
      ...(usesZod ? [ZOD_IMPORT, `import * as ${SCHEMAS} from "./schemas.gen.js";`] : []),
    ],
    [...sharedConsts, ...statements],
  );
}

/**
 * The descriptor's own doc: one line, since the operation's full documentation is on its
 * function and client method; deprecation stays so editors strike the descriptor through.
 */
function descriptorDocs(operation: OperationIR): string {
  const summary = operation.summary ? `${escapeDoc(operation.summary.split("\n")[0] ?? "")}: ` : "";
  const line = `${summary}the descriptor of \`${operation.id}\`.`;
  return operation.deprecated ? `${line}\n\n@deprecated This operation is deprecated by the provider.` : line;
}

/** The runtime type of each descriptor part a const may stand for, by its path (`#`: an index). */
const DESCRIPTOR_TYPES: Readonly<Record<string, string>> = {
  pathParams: "readonly string[]",
  headerParams: "readonly string[]",
  queryParams: "readonly QueryParameterDescriptor[]",
  "queryParams/#": "QueryParameterDescriptor",
  security: "readonly (readonly string[])[]",
  "security/#": "readonly string[]",
  parameters: "LazySchema",
  pagination: "PaginationDescriptor",
  requestBody: "RequestBodyDescriptor",
  "requestBody/media": "readonly MediaDescriptor[]",
  "requestBody/media/#": "MediaDescriptor",
  "requestBody/media/#/schema": "LazySchema",
  responses: "readonly ResponseDescriptor[]",
  "responses/#": "ResponseDescriptor",
  "responses/#/media": "readonly MediaDescriptor[]",
  "responses/#/media/#": "MediaDescriptor",
  "responses/#/media/#/schema": "LazySchema",
};

function descriptorTypeAt(path: ValuePath): string | undefined {
  return DESCRIPTOR_TYPES[partOf(path)];
}

/** A descriptor part's path without its operation and with `#` for indexes: `responses/#/media`. */
function partOf(path: ValuePath): string {
  return path
    .slice(1)
    .map((key) => (/^\d+$/.test(key) ? "#" : key))
    .join("/");
}

/** Subject words and kind for a shared descriptor part's name (see value-names.ts). */
function describeValue(
  value: LiteralValue,
  path: ValuePath,
  parameterNames: ReadonlyMap<string, string[]>,
): [subject: string[], kind: string] {
  const key = path[1] ?? "";
  const last = path.at(-1) ?? "";
  const components = componentsIn(value);
  if (value instanceof Code) {
    if (key !== "parameters") {
      return [components, "schema"];
    }
    const names = parameterNames.get(value.text) ?? [];
    return [names.length > 0 ? names : ["no"], "parameters"];
  }
  switch (key) {
    case "queryParams":
      return [Array.isArray(value) ? value.map((p) => String((p as { name?: string }).name)) : [], "query params"];
    case "security":
      return [Array.isArray(value) ? value.flat().map(String) : [], "security"];
    case "pagination":
      return [[String((value as { style?: string }).style ?? "")], "pagination"];
    case "requestBody":
      return [components.slice(0, 1), last === "requestBody" ? "request body" : "media"];
    case "responses": {
      if (last === "responses") {
        // Named after the first response's body, the one a caller gets on success.
        const first = componentsIn((value as readonly LiteralValue[])[0]);
        return [first.length > 0 ? first.slice(0, 1) : ["no body"], "responses"];
      }
      return [components.slice(0, 1), "media"];
    }
    default:
      return [components, last];
  }
}

/** Component schemas a descriptor part refers to, in order, each once. */
function componentsIn(value: LiteralValue): string[] {
  const found = new Set<string>();
  const visit = (v: LiteralValue): void => {
    if (v instanceof Code) {
      const component = componentOfSchema(v.text);
      if (component !== undefined) {
        found.add(component);
      }
    } else if (Array.isArray(v)) {
      for (const item of v as readonly LiteralValue[]) {
        visit(item);
      }
    } else if (v !== null && typeof v === "object") {
      for (const item of Object.values(v)) {
        visit(item);
      }
    }
  };
  visit(value);
  return [...found];
}

function byLocation(operation: OperationIR, location: ParameterIR["in"]): ParameterIR[] {
  return operation.parameters.filter((p) => p.in === location);
}

/**
 * The schema of `{ path, query, headers }` exactly as a caller passes them: unknown keys are
 * refused (a misspelt parameter must not vanish silently), a group the operation does not
 * have must be absent, and the idempotency key header is optional because the client fills it.
 */
function parametersSchema(operation: OperationIR, plan: ComponentSchemaPlan): LiteralValue {
  if (!takesArgs(operation)) {
    return undefined;
  }
  const context = { direction: "request" as const, refExpression: plan.refFrom(SCHEMAS, "request") };
  const groups = ARG_GROUPS.map(([argKey, location]) => {
    const parameters = byLocation(operation, location);
    if (parameters.length === 0) {
      return `${argKey}: z.optional(z.undefined())`;
    }
    const required = parameters.some((p) => callerRequired(operation, p));
    const shape = parameters.map((p) => {
      const optional = !callerRequired(operation, p);
      return `${propertyKey(p.name)}: ${optionalIf(optional, zodExpression(p.schema, context))}`;
    });
    return `${argKey}: ${optionalIf(!required, `z.strictObject(${objectShape(shape)})`)}`;
  });
  return code(`/* @__PURE__ */ lazySchema(() => z.strictObject(${objectShape(groups)}))`);
}
