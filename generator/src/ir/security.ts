import { type CredentialOptions, readCredentialOptions, readTokenRequest } from "../load/extensions/security.js";
import { isObject, type JsonObject, type OpenApiDocument, resolveLocal } from "../load/openapi-document.js";
import { camelCase, createNameRegistry } from "./names.js";
import type { SecuritySchemeIR } from "./types.js";

/**
 * Security schemes with the client option names that carry their credentials. A spec with
 * one scheme of a kind gets the kind's short names (`apiKey`, `token`, `username`…); when
 * several schemes would share a name, each takes names derived from its own scheme name
 * (`apiKeyQuery`, `partnerKey`…), so every scheme is its own option.
 */
export function securitySchemesIR(doc: OpenApiDocument): SecuritySchemeIR[] {
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  return uniqueOptions(schemesWithDefaultOptions(doc, schemes));
}

function schemesWithDefaultOptions(doc: OpenApiDocument, schemes: JsonObject): SecuritySchemeIR[] {
  return Object.entries(schemes).flatMap(([name, raw]): SecuritySchemeIR[] => {
    const scheme = resolveLocal(doc, raw);
    if (!isObject(scheme)) {
      return [];
    }
    const options = readCredentialOptions(scheme, []);
    const option = (key: string, fallback: string) => options.names[key] ?? fallback;
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
    if (kind === "oauth2" && isObject(flow)) {
      return [oauth2(common, flow, options)];
    }
    return [];
  });
}

/** Option names of one scheme, in the order its credential takes them. */
function optionNames(scheme: SecuritySchemeIR): string[] {
  switch (scheme.type) {
    case "apiKey":
    case "bearer":
      return [scheme.option];
    case "basic":
      return [scheme.usernameOption, scheme.passwordOption];
    case "oauth2ClientCredentials":
      return [scheme.clientIdOption, scheme.clientSecretOption, ...scheme.extra.map((e) => e.option)];
  }
}

/**
 * Client options that are not credentials: a credential option must never take one.
 * Mirrors the runtime's ClientOptionsBase plus what the generated options add.
 */
const RESERVED_OPTIONS = [
  "baseUrl",
  "server",
  "serverVariables",
  "fetch",
  "timeoutMs",
  "deadlineMs",
  "maxRetries",
  "retryBaseDelayMs",
  "retryMaxDelayMs",
  "validation",
  "maxResponseBytes",
  "userAgent",
  "headers",
  "onRequest",
  "onResponse",
  "onError",
  "logger",
  "mediaTypePreference",
  "parameterDefaults",
  "options",
  "base",
];

/** Renames the options of schemes whose default names clash with another scheme's or a reserved option. */
function uniqueOptions(schemes: SecuritySchemeIR[]): SecuritySchemeIR[] {
  const uses = new Map<string, number>();
  for (const option of schemes.flatMap(optionNames)) {
    uses.set(option, (uses.get(option) ?? 0) + 1);
  }
  const clashes = (option: string) => (uses.get(option) ?? 0) > 1 || RESERVED_OPTIONS.includes(option);
  const taken = createNameRegistry([...RESERVED_OPTIONS, ...[...uses.keys()].filter((o) => !clashes(o))]);
  const own = (scheme: SecuritySchemeIR, option: string, suffix = "") =>
    clashes(option) ? taken.take(camelCase(`${scheme.name} ${suffix}`)) : option;
  return schemes.map((scheme): SecuritySchemeIR => {
    if (scheme.type === "apiKey" || scheme.type === "bearer") {
      return { ...scheme, option: own(scheme, scheme.option) };
    }
    if (scheme.type === "basic") {
      return {
        ...scheme,
        usernameOption: own(scheme, scheme.usernameOption, "username"),
        passwordOption: own(scheme, scheme.passwordOption, "password"),
      };
    }
    return {
      ...scheme,
      clientIdOption: own(scheme, scheme.clientIdOption, "client id"),
      clientSecretOption: own(scheme, scheme.clientSecretOption, "client secret"),
      extra: scheme.extra.map((e) => ({ ...e, option: own(scheme, e.option, e.field) })),
    };
  });
}

function oauth2(common: { name: string }, flow: JsonObject, options: CredentialOptions): SecuritySchemeIR {
  const tokenRequest = readTokenRequest(flow, []);
  return {
    ...common,
    type: "oauth2ClientCredentials",
    tokenUrl: String(flow.tokenUrl),
    encoding: tokenRequest.encoding,
    scopes: isObject(flow.scopes) ? Object.keys(flow.scopes) : [],
    clientIdOption: options.names.clientId ?? "clientId",
    clientSecretOption: options.names.clientSecret ?? "clientSecret",
    extra: tokenRequest.extraFields.map((field) => ({ field, option: options.extra[field] ?? camelCase(field) })),
  };
}
