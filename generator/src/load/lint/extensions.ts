import { isObject, type JsonObject, listOperations, resolveLocal } from "../openapi-document.js";
import type { LintContext, LintRule } from "./lint-context.js";
import { checkXmlObjects } from "./xml-objects.js";

/** Where each `x-billforge-*` extension may appear (documented in specs/README.md). */
const KNOWN = {
  info: ["x-billforge-name", "x-billforge-errors"],
  server: ["x-billforge-name"],
  serverVariable: ["x-billforge-placeholder"],
  securityScheme: ["x-billforge-options"],
  flow: ["x-billforge-token-request"],
  operation: ["x-billforge-idempotent", "x-billforge-idempotency-key", "x-billforge-pagination"],
  parameter: ["x-billforge-client-option"],
} as const;

const ARG_POINTER = /^\/(query|body|path|headers)(\/[^/]+)+$/;
const BODY_POINTER = /^(\/[^/]+)+$/;
const IDENTIFIER = /^[a-zA-Z_$][a-zA-Z0-9_$]*$/;

type Segments = readonly (string | number)[];

/** Extensions are how provider quirks reach the client: a malformed one must stop generation. */
export const extensionsRule: LintRule = {
  name: "extensions",
  run(context) {
    const { doc } = context;
    const bad = (segments: Segments, message: string, fix: string) => context.report("BF240", segments, message, fix);
    checkKnown(context, doc.info, ["info"], KNOWN.info);
    checkInfo(doc.info, bad);
    checkXmlObjects(context, bad);
    (Array.isArray(doc.servers) ? doc.servers : []).forEach((server, index) => {
      checkKnown(context, server, ["servers", index], KNOWN.server);
      const name = isObject(server) ? server["x-billforge-name"] : undefined;
      if (name !== undefined && (typeof name !== "string" || !/^[a-z][a-zA-Z0-9-]*$/.test(name))) {
        bad(["servers", index, "x-billforge-name"], "server name must be a short lower-case word", "e.g. `sandbox`");
      }
      const variables = isObject(server) && isObject(server.variables) ? server.variables : {};
      for (const [name, variable] of Object.entries(variables)) {
        const at: Segments = ["servers", index, "variables", name];
        checkKnown(context, variable, at, KNOWN.serverVariable);
        const placeholder = isObject(variable) ? variable["x-billforge-placeholder"] : undefined;
        if (placeholder !== undefined && typeof placeholder !== "boolean") {
          bad([...at, "x-billforge-placeholder"], "x-billforge-placeholder must be true or false", "write `true`");
        }
      }
    });
    const schemes =
      isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
    for (const [name, raw] of Object.entries(schemes)) {
      const scheme = resolveLocal(doc, raw);
      const at: Segments = ["components", "securitySchemes", name];
      checkKnown(context, scheme, at, KNOWN.securityScheme);
      if (!isObject(scheme)) continue;
      checkOptionNames(scheme["x-billforge-options"], [...at, "x-billforge-options"], bad);
      const flows = isObject(scheme.flows) ? scheme.flows : {};
      for (const [flowName, flow] of Object.entries(flows)) {
        checkKnown(context, flow, [...at, "flows", flowName], KNOWN.flow);
        const tokenRequest = isObject(flow) ? flow["x-billforge-token-request"] : undefined;
        if (tokenRequest === undefined) continue;
        const where = [...at, "flows", flowName, "x-billforge-token-request"];
        if (
          !isObject(tokenRequest) ||
          !["form", "json", undefined].includes(tokenRequest.encoding as string | undefined) ||
          !isStringList(tokenRequest.extraFields ?? [])
        ) {
          bad(where, "token request must be `{ encoding: form|json, extraFields: [name...] }`", "fix its shape");
        }
      }
    }
    for (const { operation, segments } of listOperations(doc)) {
      checkKnown(context, operation, segments, KNOWN.operation);
      checkOperation(context, operation, segments, bad);
      (Array.isArray(operation.parameters) ? operation.parameters : []).forEach((raw, index) => {
        if (isObject(raw) && raw.$ref === undefined)
          checkParameter(context, raw, [...segments, "parameters", index], bad);
      });
    }
    const parameters = isObject(doc.components) && isObject(doc.components.parameters) ? doc.components.parameters : {};
    for (const [name, raw] of Object.entries(parameters)) {
      if (isObject(raw)) checkParameter(context, raw, ["components", "parameters", name], bad);
    }
  },
};

function checkKnown(context: LintContext, node: unknown, at: Segments, allowed: readonly string[]): void {
  if (!isObject(node)) return;
  for (const key of Object.keys(node)) {
    if (key.startsWith("x-billforge-") && !allowed.includes(key)) {
      context.report(
        "BF240",
        [...at, key],
        `unknown extension ${key} here`,
        `use one of ${allowed.join(", ")} (see specs/README.md)`,
      );
    }
  }
}

type Report = (segments: Segments, message: string, fix: string) => void;

function checkInfo(info: JsonObject, bad: Report): void {
  const name = info["x-billforge-name"];
  if (name !== undefined && (typeof name !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(name))) {
    bad(["info", "x-billforge-name"], "x-billforge-name must be PascalCase", "e.g. `PetStore`");
  }
  const errors = info["x-billforge-errors"];
  if (errors === undefined) return;
  if (!isObject(errors)) {
    bad(["info", "x-billforge-errors"], "x-billforge-errors must be an object", "see specs/README.md");
    return;
  }
  for (const [key, value] of Object.entries(errors)) {
    const at = ["info", "x-billforge-errors", key];
    if (key === "requestIdHeaders") {
      if (!isStringList(value)) bad(at, "requestIdHeaders must list header names", "e.g. `[x-request-id]`");
    } else if (["code", "message", "messages", "requestId"].includes(key)) {
      if (!isStringList(value) || !value.every((p) => BODY_POINTER.test(p))) {
        bad(at, `${key} must list JSON pointers into the error body`, "e.g. `[/error/code]`");
      }
    } else {
      bad(at, `unknown key ${key}`, "use code, message, messages, requestId, requestIdHeaders");
    }
  }
}

function checkOptionNames(options: unknown, at: Segments, bad: Report): void {
  if (options === undefined) return;
  const values = isObject(options)
    ? Object.entries(options).flatMap(([k, v]) => (k === "extra" && isObject(v) ? Object.values(v) : [v]))
    : [options];
  if (!isObject(options) || !values.every((v) => typeof v === "string" && IDENTIFIER.test(v))) {
    bad(at, "x-billforge-options must map credential parts to option names", "e.g. `{ value: apiKey }`");
  }
}

function checkOperation(context: LintContext, operation: JsonObject, at: Segments, bad: Report): void {
  const idempotent = operation["x-billforge-idempotent"];
  if (idempotent !== undefined && typeof idempotent !== "boolean") {
    bad([...at, "x-billforge-idempotent"], "x-billforge-idempotent must be true or false", "use a boolean");
  }
  const key = operation["x-billforge-idempotency-key"];
  if (key !== undefined) {
    const headers = declaredParameters(context, operation, "header");
    if (typeof key !== "string" || !headers.some((h) => h.toLowerCase() === key.toLowerCase())) {
      bad(
        [...at, "x-billforge-idempotency-key"],
        `idempotency key must name a declared header parameter`,
        "declare the header under `parameters` with `in: header`",
      );
    }
  }
  const pagination = operation["x-billforge-pagination"];
  if (pagination === undefined) return;
  const where = [...at, "x-billforge-pagination"];
  const problem = paginationProblem(pagination);
  if (problem) bad(where, `x-billforge-pagination: ${problem}`, "see the pagination examples in specs/README.md");
}

const PAGINATION_FIELDS = {
  page: {
    args: ["page"],
    optionalArgs: ["pageSize"],
    body: ["items"],
    optionalBody: ["totalItems", "totalPages", "hasMore"],
  },
  offset: { args: ["offset", "limit"], optionalArgs: [], body: ["items"], optionalBody: ["totalItems", "hasMore"] },
  cursor: { args: ["cursor"], optionalArgs: [], body: ["items", "nextCursor"], optionalBody: [] },
} as const;

function paginationProblem(pagination: unknown): string | undefined {
  if (!isObject(pagination)) return "must be an object";
  const style = pagination.style;
  if (style !== "page" && style !== "offset" && style !== "cursor") return "style must be page, offset or cursor";
  const fields = PAGINATION_FIELDS[style];
  const allowed = new Set<string>([
    "style",
    "firstPage",
    ...fields.args,
    ...fields.optionalArgs,
    ...fields.body,
    ...fields.optionalBody,
  ]);
  for (const key of Object.keys(pagination)) if (!allowed.has(key)) return `unknown key ${key} for style ${style}`;
  for (const key of [...fields.args, ...fields.optionalArgs]) {
    const value = pagination[key];
    if (value === undefined && (fields.args as readonly string[]).includes(key)) return `${key} is required`;
    if (value !== undefined && (typeof value !== "string" || !ARG_POINTER.test(value))) {
      return `${key} must point into the arguments, e.g. /query/${key}`;
    }
  }
  for (const key of [...fields.body, ...fields.optionalBody]) {
    const value = pagination[key];
    if (value === undefined && (fields.body as readonly string[]).includes(key)) return `${key} is required`;
    if (value !== undefined && (typeof value !== "string" || !BODY_POINTER.test(value))) {
      return `${key} must point into the response body, e.g. /data`;
    }
  }
  if (pagination.firstPage !== undefined && !Number.isInteger(pagination.firstPage))
    return "firstPage must be an integer";
  return undefined;
}

function declaredParameters(context: LintContext, operation: JsonObject, location: string): string[] {
  const list = Array.isArray(operation.parameters) ? operation.parameters : [];
  return list.flatMap((raw) => {
    const parameter = resolveLocal(context.doc, raw);
    return isObject(parameter) && parameter.in === location && typeof parameter.name === "string"
      ? [parameter.name]
      : [];
  });
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

/** `x-billforge-client-option`: a valid option name; with `mediaTypes`, one per enum value and a default. */
function checkParameter(context: LintContext, parameter: JsonObject, at: Segments, bad: Report): void {
  checkKnown(context, parameter, at, KNOWN.parameter);
  const option = parameter["x-billforge-client-option"];
  if (option === undefined) return;
  const where = [...at, "x-billforge-client-option"];
  if (!isObject(option) || typeof option.name !== "string" || !IDENTIFIER.test(option.name)) {
    bad(where, "x-billforge-client-option needs a `name` that is an identifier", "e.g. `{ name: format }`");
    return;
  }
  if (option.mediaTypes === undefined) return;
  const schema = resolveLocal(context.doc, parameter.schema);
  const values = isObject(schema) && Array.isArray(schema.enum) ? schema.enum : undefined;
  const mediaTypes = isObject(option.mediaTypes) ? option.mediaTypes : undefined;
  if (!mediaTypes || !Object.values(mediaTypes).every((m) => typeof m === "string")) {
    bad(where, "mediaTypes must map option values to media types", "e.g. `{ json: application/json }`");
  } else if (!values?.every((v) => typeof mediaTypes[String(v)] === "string")) {
    bad(
      where,
      "with mediaTypes, the parameter schema needs an enum whose every value has a media type",
      "list each enum value under mediaTypes",
    );
  } else if (!isObject(schema) || schema.default === undefined) {
    bad(where, "with mediaTypes, the parameter schema needs a default", "add `default:` to the parameter schema");
  }
}
