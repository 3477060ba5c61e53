import type { Project } from "ts-morph";
import { propertyKey } from "../ir/names.js";
import type { ApiIR, Direction, MediaIR, OperationIR, ParameterIR, SchemaIR } from "../ir/types.js";
import { isMultipartMedia, isXmlMedia } from "../media-types.js";
import type { ComponentSchemaPlan } from "./component-schemas.js";
import { constDeclaration } from "./const-statement.js";
import { declarations } from "./declaration-text.js";
import { code, type LiteralValue } from "./literal-writer.js";
import { callerRequired, operationNames, takesArgs } from "./operation-names.js";
import { printSourceFile } from "./source-project.js";
import { operationDocs } from "./tsdoc.js";
import { xmlMappingName } from "./xml-files.js";
import { ZOD_IMPORT } from "./zod-builder.js";
import { objectShape, optionalIf, zodExpression } from "./zod-expression.js";

const SCHEMAS = "schemas";
const ARG_GROUPS = [
  ["path", "path"],
  ["query", "query"],
  ["headers", "header"],
] as const;

/** `operations.gen.ts`: one descriptor per operation, the data the runtime interprets. */
export function emitOperationsFile(project: Project, api: ApiIR, plan: ComponentSchemaPlan, header: string): string {
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
  const media = (list: readonly MediaIR[], direction: Direction, mappingName: string): LiteralValue =>
    list.map((m) => ({
      mediaType: m.mediaType,
      schema: m.schema ? schemaOf(m.schema, direction, m.mediaType) : undefined,
      xmlMapping: m.schema && isXmlMedia(m.mediaType) ? mappingName : undefined,
    }));

  const statements = api.operations.map((operation) =>
    constDeclaration({
      name: operationNames(operation).descriptor,
      type: "OperationDescriptor",
      docs: operationDocs(operation),
      initializer: {
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
        parameters: parametersSchema(operation, plan),
        requestBody: operation.requestBody
          ? {
              required: operation.requestBody.required,
              media: media(operation.requestBody.media, "request", xmlMappingName(operation, "request")),
            }
          : undefined,
        responses: operation.responses.map((r) => ({
          status: r.status,
          media: media(r.media, "response", xmlMappingName(operation, r.status)),
        })),
        pagination: operation.pagination ? { ...operation.pagination } : undefined,
      },
    }),
  );
  const usesZod = statements.length > 0;
  return printSourceFile(project, "operations.gen.ts", header, [
    `import { ${usesZod ? "lazySchema, " : ""}type OperationDescriptor } from "@billforge/runtime";`,
    ...(usesZod ? [ZOD_IMPORT, `import * as ${SCHEMAS} from "./schemas.gen.js";`] : []),
    declarations(statements),
  ]);
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
