import { isObject, type JsonObject, type OpenApiDocument, resolveLocal } from "../load/openapi-document.js";
import { camelCase } from "./names.js";
import type { SecuritySchemeIR } from "./types.js";

/** Security schemes with the client option names that carry their credentials. */
export function securitySchemesIR(doc: OpenApiDocument): SecuritySchemeIR[] {
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  return Object.entries(schemes).flatMap(([name, raw]) => {
    const scheme = resolveLocal(doc, raw);
    if (!isObject(scheme)) return [];
    const options = isObject(scheme["x-billforge-options"]) ? scheme["x-billforge-options"] : {};
    const option = (key: string, fallback: string) =>
      typeof options[key] === "string" ? (options[key] as string) : fallback;
    const common = { name, ...(typeof scheme.description === "string" ? { description: scheme.description } : {}) };
    const kind = String(scheme.type);
    if (kind === "apiKey") {
      const location = scheme.in === "query" || scheme.in === "cookie" ? scheme.in : "header";
      return [
        { ...common, type: "apiKey", in: location, paramName: String(scheme.name), option: option("value", "apiKey") },
      ];
    }
    if (kind === "http" && String(scheme.scheme).toLowerCase() === "basic") {
      return [
        {
          ...common,
          type: "basic",
          usernameOption: option("username", "username"),
          passwordOption: option("password", "password"),
        },
      ];
    }
    if (kind === "http" && String(scheme.scheme).toLowerCase() === "bearer") {
      return [{ ...common, type: "bearer", option: option("value", "token") }];
    }
    const flows = isObject(scheme.flows) ? scheme.flows : {};
    const flow = flows.clientCredentials;
    if (kind === "oauth2" && isObject(flow)) return [oauth2(common, flow, options)];
    return [];
  });
}

function oauth2(common: { name: string }, flow: JsonObject, options: JsonObject): SecuritySchemeIR {
  const tokenRequest = isObject(flow["x-billforge-token-request"]) ? flow["x-billforge-token-request"] : {};
  const extraNames = isObject(options.extra) ? options.extra : {};
  const extraFields = Array.isArray(tokenRequest.extraFields) ? (tokenRequest.extraFields as string[]) : [];
  return {
    ...common,
    type: "oauth2ClientCredentials",
    tokenUrl: String(flow.tokenUrl),
    encoding: tokenRequest.encoding === "json" ? "json" : "form",
    scopes: isObject(flow.scopes) ? Object.keys(flow.scopes) : [],
    clientIdOption: typeof options.clientId === "string" ? options.clientId : "clientId",
    clientSecretOption: typeof options.clientSecret === "string" ? options.clientSecret : "clientSecret",
    extra: extraFields.map((field) => ({
      field,
      option: typeof extraNames[field] === "string" ? (extraNames[field] as string) : camelCase(field),
    })),
  };
}
