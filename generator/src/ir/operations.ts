import { derivedOperationId } from "../load/derived-operation-id.js";
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
    parameterIR(p, openapi30),
  );
  const idempotencyKeyHeader = declaredHeader(parameters, operation["x-billforge-idempotency-key"]);
  const pagination = paginationOf(operation["x-billforge-pagination"]);
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
    idempotent:
      typeof operation["x-billforge-idempotent"] === "boolean"
        ? operation["x-billforge-idempotent"]
        : IDEMPOTENT_METHODS.has(method),
    ...(typeof idempotencyKeyHeader === "string" ? { idempotencyKeyHeader } : {}),
    ...(pagination ? { pagination } : {}),
  };
}

/** The declared header parameter's own spelling of `name` (header names are case-insensitive, as the lint rule allows). */
function declaredHeader(parameters: readonly ParameterIR[], name: unknown): string | undefined {
  if (typeof name !== "string") return undefined;
  return parameters.find((p) => p.in === "header" && p.name.toLowerCase() === name.toLowerCase())?.name ?? name;
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(doc: OpenApiDocument, shared: unknown, own: unknown): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const list of [shared, own]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = resolveLocal(doc, raw);
      if (isObject(parameter)) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
    }
  }
  return [...byKey.values()];
}

function parameterIR(raw: JsonObject, openapi30: boolean): ParameterIR {
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
    ...clientOptionOf(raw["x-billforge-client-option"], raw.schema),
  };
}

function clientOptionOf(raw: unknown, schema: unknown): { clientOption?: ClientOptionIR } {
  if (!isObject(raw) || typeof raw.name !== "string") return {};
  const mediaTypes = isObject(raw.mediaTypes) ? (raw.mediaTypes as Record<string, string>) : undefined;
  const fallback = isObject(schema) ? schema.default : undefined;
  const hasDefault = ["string", "number", "boolean"].includes(typeof fallback);
  return {
    clientOption: {
      name: raw.name,
      ...(mediaTypes ? { mediaTypes } : {}),
      ...(hasDefault ? { default: fallback as string | number | boolean } : {}),
    },
  };
}

function mediaList(doc: OpenApiDocument, content: unknown, openapi30: boolean): MediaIR[] {
  if (!isObject(content)) return [];
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
  if (media.example !== undefined) return [{ name: "default", value: media.example }];
  if (!isObject(media.examples)) return [];
  return Object.entries(media.examples).flatMap(([name, raw]) => {
    const example = resolveLocal(doc, raw);
    return isObject(example) && example.value !== undefined ? [{ name, value: example.value }] : [];
  });
}

function responsesIR(doc: OpenApiDocument, responses: unknown, openapi30: boolean): ResponseIR[] {
  if (!isObject(responses)) return [];
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
        if (!isObject(header)) return [];
        return [{ name, schema: toSchemaIR(header.schema, openapi30), ...text("description", header.description) }];
      }),
    };
  });
}

function securityOf(requirements: unknown): string[][] {
  if (!Array.isArray(requirements)) return [];
  return requirements.filter(isObject).map((requirement) => Object.keys(requirement));
}

function text<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return typeof value === "string" && value.trim() !== "" ? ({ [key]: value.trim() } as { [P in K]: string }) : {};
}
