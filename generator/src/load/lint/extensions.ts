import { readClientOption } from "../extensions/client-option.js";
import { readApiName, readErrorFields } from "../extensions/info.js";
import { readIdempotencyKey, readIdempotent } from "../extensions/operation.js";
import { readPagination } from "../extensions/pagination.js";
import { EXTENSION_PLACES as KNOWN } from "../extensions/placements.js";
import type { Report, Segments } from "../extensions/reader.js";
import { readCredentialOptions, readTokenRequest } from "../extensions/security.js";
import { readPlaceholder, readServerName } from "../extensions/servers.js";
import { isObject, type JsonObject, listOperations, resolveLocal } from "../openapi-document.js";
import type { LintContext, LintRule } from "./lint-context.js";
import { checkXmlObjects } from "./xml-objects.js";

/** Extensions are how provider quirks reach the client: a malformed one must stop generation. */
export const extensionsRule: LintRule = {
  name: "extensions",
  run(context) {
    const { doc } = context;
    const bad = (segments: Segments, message: string, fix: string) => context.report("BF240", segments, message, fix);
    checkKnown(context, doc.info, ["info"], KNOWN.info);
    readApiName(doc.info, bad);
    readErrorFields(doc.info, bad);
    checkXmlObjects(context, bad);
    (Array.isArray(doc.servers) ? doc.servers : []).forEach((server, index) => {
      checkKnown(context, server, ["servers", index], KNOWN.server);
      if (isObject(server)) {
        readServerName(server, ["servers", index], bad);
      }
      const variables = isObject(server) && isObject(server.variables) ? server.variables : {};
      for (const [name, variable] of Object.entries(variables)) {
        const at: Segments = ["servers", index, "variables", name];
        checkKnown(context, variable, at, KNOWN.serverVariable);
        if (isObject(variable)) {
          readPlaceholder(variable, at, bad);
        }
      }
    });
    const schemes =
      isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
    for (const [name, raw] of Object.entries(schemes)) {
      const scheme = resolveLocal(doc, raw);
      const at: Segments = ["components", "securitySchemes", name];
      checkKnown(context, scheme, at, KNOWN.securityScheme);
      if (!isObject(scheme)) {
        continue;
      }
      readCredentialOptions(scheme, at, bad);
      const flows = isObject(scheme.flows) ? scheme.flows : {};
      for (const [flowName, flow] of Object.entries(flows)) {
        checkKnown(context, flow, [...at, "flows", flowName], KNOWN.flow);
        if (isObject(flow)) {
          readTokenRequest(flow, [...at, "flows", flowName], bad);
        }
      }
    }
    for (const { operation, segments } of listOperations(doc)) {
      checkKnown(context, operation, segments, KNOWN.operation);
      checkOperation(context, operation, segments, bad);
      (Array.isArray(operation.parameters) ? operation.parameters : []).forEach((raw, index) => {
        if (isObject(raw) && raw.$ref === undefined) {
          checkParameter(context, raw, [...segments, "parameters", index], bad);
        }
      });
    }
    const parameters = isObject(doc.components) && isObject(doc.components.parameters) ? doc.components.parameters : {};
    for (const [name, raw] of Object.entries(parameters)) {
      if (isObject(raw)) {
        checkParameter(context, raw, ["components", "parameters", name], bad);
      }
    }
  },
};

function checkKnown(context: LintContext, node: unknown, at: Segments, allowed: readonly string[]): void {
  if (!isObject(node)) {
    return;
  }
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

function checkOperation(context: LintContext, operation: JsonObject, at: Segments, bad: Report): void {
  readIdempotent(operation, at, bad);
  readIdempotencyKey(operation, at, declaredParameters(context, operation, "header"), bad);
  readPagination(operation, at, bad);
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

/** `x-billforge-client-option`: a valid option name; with `mediaTypes`, one per enum value and a default. */
function checkParameter(context: LintContext, parameter: JsonObject, at: Segments, bad: Report): void {
  checkKnown(context, parameter, at, KNOWN.parameter);
  readClientOption(parameter, resolveLocal(context.doc, parameter.schema), at, bad);
}
