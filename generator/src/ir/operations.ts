import { derivedOperationId } from "../load/derived-operation-id.js";
import { readClientOption } from "../load/extensions/client-option.js";
import { readIdempotencyKey, readIdempotent } from "../load/extensions/operation.js";
import {
  isObject,
  type JsonObject,
  type OpenApiDocument,
  type OperationLocation,
  resolveLocal,
} from "../load/openapi-document.js";
import { isBinaryMedia } from "../media-types.js";
import { paginationOf } from "./pagination.js";
import { toSchemaIR } from "./schema.js";
import type { ClientOptionIR, ExampleIR, HttpMethod, MediaIR, OperationIR, ParameterIR, ResponseIR } from "./types.js";

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

export function hasOperationId(operation: JsonObject): operation is JsonObject & { operationId: string } {
  return typeof operation.operationId === "string" && operation.operationId !== "";
}

export function toOperationIR(doc: OpenApiDocument, location: OperationLocation): Omit<OperationIR, "identifier"> {
  const { operation, pathItem, path } = location;
  const openapi30 = doc.openapi.startsWith("3.0");
  const method = location.method.toUpperCase() as HttpMethod;
  const requestBody = resolveLocal(doc, operation.requestBody);
  const docs = isObject(operation.externalDocs) ? operation.externalDocs : undefined;
  const parameters = mergeParameters(doc, pathItem.parameters, operation.parameters).map((p) =>
    parameterIR(doc, p, openapi30),
  );
  const headers = parameters.filter((p) => p.in === "header").map((p) => p.name);
  const idempotencyKeyHeader = readIdempotencyKey(operation, [], headers);
  const pagination = paginationOf(operation);
  return {
    id: hasOperationId(operation) ? operation.operationId : derivedOperationId(location.method, path),
    method,
    path,
    ...text("summary", operation.summary),
    ...text("description", operation.description),
    deprecated: operation.deprecated === true,
    tags: Array.isArray(operation.tags) ? operation.tags.filter((t): t is string => typeof t === "string") : [],
    ...text("docsUrl", docs?.url),
    parameters,
    ...(isObject(requestBody)
      ? {
          requestBody: {
            required: requestBody.required === true,
            ...text("description", requestBody.description),
            media: mediaList(doc, requestBody.content, openapi30),
          },
        }
      : {}),
    responses: responsesIR(doc, operation.responses, openapi30),
    security: securityOf(Array.isArray(operation.security) ? operation.security : doc.security),
    idempotent: readIdempotent(operation, []) ?? IDEMPOTENT_METHODS.has(method),
    ...(idempotencyKeyHeader !== undefined ? { idempotencyKeyHeader } : {}),
    ...(pagination ? { pagination } : {}),
  };
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(doc: OpenApiDocument, shared: unknown, own: unknown): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const list of [shared, own]) {
    if (!Array.isArray(list)) {
      continue;
    }
    for (const raw of list) {
      const parameter = resolveLocal(doc, raw);
      if (isObject(parameter)) {
        byKey.set(`${parameter.in}:${parameter.name}`, parameter);
      }
    }
  }
  return [...byKey.values()];
}

function parameterIR(doc: OpenApiDocument, raw: JsonObject, openapi30: boolean): ParameterIR {
  const location = raw.in as ParameterIR["in"];
  const style =
    typeof raw.style === "string" ? raw.style : location === "query" || location === "cookie" ? "form" : "simple";
  return {
    name: String(raw.name),
    in: location,
    required: location === "path" || raw.required === true,
    schema: toSchemaIR(raw.schema, openapi30),
    ...text("description", raw.description),
    deprecated: raw.deprecated === true,
    style,
    explode: typeof raw.explode === "boolean" ? raw.explode : style === "form",
    ...(raw.example !== undefined ? { example: raw.example } : {}),
    ...clientOptionOf(doc, raw),
  };
}

/** The parameter's client option, with the schema's default as the option's. */
function clientOptionOf(doc: OpenApiDocument, parameter: JsonObject): { clientOption?: ClientOptionIR } {
  const option = readClientOption(parameter, resolveLocal(doc, parameter.schema), []);
  if (!option) {
    return {};
  }
  const fallback = isObject(parameter.schema) ? parameter.schema.default : undefined;
  const isDefault = (value: unknown): value is string | number | boolean =>
    ["string", "number", "boolean"].includes(typeof value);
  return { clientOption: { ...option, ...(isDefault(fallback) ? { default: fallback } : {}) } };
}

function mediaList(doc: OpenApiDocument, content: unknown, openapi30: boolean): MediaIR[] {
  if (!isObject(content)) {
    return [];
  }
  return Object.entries(content).map(([mediaType, raw]) => {
    const media = isObject(raw) ? raw : {};
    const hasSchema = media.schema !== undefined && !isBinaryMedia(mediaType);
    return {
      mediaType,
      ...(hasSchema ? { schema: toSchemaIR(media.schema, openapi30) } : {}),
      examples: examplesOf(doc, media),
    };
  });
}

function examplesOf(doc: OpenApiDocument, media: JsonObject): ExampleIR[] {
  if (media.example !== undefined) {
    return [{ name: "default", value: media.example }];
  }
  if (!isObject(media.examples)) {
    return [];
  }
  return Object.entries(media.examples).flatMap(([name, raw]) => {
    const example = resolveLocal(doc, raw);
    return isObject(example) && example.value !== undefined ? [{ name, value: example.value }] : [];
  });
}

function responsesIR(doc: OpenApiDocument, responses: unknown, openapi30: boolean): ResponseIR[] {
  if (!isObject(responses)) {
    return [];
  }
  return Object.entries(responses).map(([status, raw]) => {
    const response = resolveLocal(doc, raw);
    const body = isObject(response) ? response : {};
    const headers = isObject(body.headers) ? body.headers : {};
    return {
      status,
      description: typeof body.description === "string" ? body.description : "",
      media: mediaList(doc, body.content, openapi30),
      headers: Object.entries(headers).flatMap(([name, rawHeader]) => {
        const header = resolveLocal(doc, rawHeader);
        if (!isObject(header)) {
          return [];
        }
        return [{ name, schema: toSchemaIR(header.schema, openapi30), ...text("description", header.description) }];
      }),
    };
  });
}

function securityOf(requirements: unknown): string[][] {
  if (!Array.isArray(requirements)) {
    return [];
  }
  return requirements.filter(isObject).map((requirement) => Object.keys(requirement));
}

function text<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return typeof value === "string" && value.trim() !== "" ? ({ [key]: value.trim() } as { [P in K]: string }) : {};
}
