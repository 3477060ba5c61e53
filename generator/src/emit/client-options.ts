// What a generated client takes as options, derived from the IR: credentials, server
// variables and parameters set once per client. client.gen.ts declares them; the README
// and the testing entry show them.
import { camelCase } from "../ir/names.js";
import type { ApiIR, SecuritySchemeIR } from "../ir/types.js";
import { argGroup } from "./operation-names.js";

/** One client option carrying part of a credential, with its TSDoc. */
export interface CredentialOption {
  readonly option: string;
  readonly doc: string;
}

export function credentialOptions(scheme: SecuritySchemeIR): CredentialOption[] {
  switch (scheme.type) {
    case "apiKey":
      return [
        {
          option: scheme.option,
          doc: `API key, sent as the \`${scheme.paramName}\` ${scheme.in === "query" ? "query parameter" : scheme.in}.`,
        },
      ];
    case "bearer":
      return [{ option: scheme.option, doc: "Bearer token, sent in the `Authorization` header." }];
    case "basic":
      return [
        { option: scheme.usernameOption, doc: "HTTP Basic user name." },
        { option: scheme.passwordOption, doc: "HTTP Basic password." },
      ];
    case "oauth2ClientCredentials":
      return [
        { option: scheme.clientIdOption, doc: "OAuth2 client id." },
        { option: scheme.clientSecretOption, doc: "OAuth2 client secret." },
        ...scheme.extra.map((e) => ({ option: e.option, doc: `Sent as \`${e.field}\` in the token request.` })),
      ];
  }
}

/** A scheme is required when every operation needs it in every alternative. */
export function requiredSchemes(api: ApiIR): Set<string> {
  const required = new Set<string>();
  for (const scheme of api.securitySchemes) {
    const needed = api.operations.every(
      (op) => op.security.length > 0 && op.security.every((alternative) => alternative.includes(scheme.name)),
    );
    if (needed && api.operations.length > 0) {
      required.add(scheme.name);
    }
  }
  return required;
}

/** Server variables of every server, once each, with the option that sets them. */
export function serverVariables(api: ApiIR) {
  const byName = new Map<string, ApiIR["servers"][number]["variables"][number]>();
  for (const server of api.servers) {
    for (const v of server.variables) {
      if (!byName.has(v.name)) {
        byName.set(v.name, v);
      }
    }
  }
  return [...byName.values()].map((v) => ({ ...v, option: camelCase(v.name) }));
}

/** Every required option of the client, read from the environment, for the TSDoc example. */
export function exampleOptions(api: ApiIR, required: Set<string>): string {
  const fromEnv = (option: string) =>
    `${option}: process.env.${api.name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_${camelToSnake(option)}!`;
  const parts = [
    ...(api.servers.length === 0 ? [fromEnv("baseUrl")] : []),
    ...serverVariables(api)
      .filter((v) => v.default === undefined)
      .map((v) => fromEnv(v.option)),
    ...api.securitySchemes
      .filter((s) => required.has(s.name))
      .flatMap((s) => credentialOptions(s).map((c) => fromEnv(c.option))),
  ];
  return parts.join(", ");
}

function camelToSnake(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

export interface ClientParameterOption {
  readonly name: string;
  readonly type: string;
  readonly default?: string | number | boolean;
  readonly mediaTypes?: Readonly<Record<string, string>>;
  /** The allowed values, when the parameter schema is an enum. */
  readonly values?: readonly (string | number | boolean | null)[];
  /** Where it goes: argument group and parameter name, for every operation declaring it. */
  readonly parameters: readonly { readonly group: string; readonly name: string }[];
}

/** Parameters set once per client (`x-billforge-client-option`), merged across operations. */
export function clientParameterOptions(api: ApiIR): ClientParameterOption[] {
  const byName = new Map<string, ClientParameterOption>();
  for (const operation of api.operations) {
    for (const parameter of operation.parameters) {
      const option = parameter.clientOption;
      if (!option) {
        continue;
      }
      const target = { group: argGroup(parameter.in), name: parameter.name };
      const known = byName.get(option.name);
      if (known) {
        if (!known.parameters.some((p) => p.group === target.group && p.name === target.name)) {
          byName.set(option.name, { ...known, parameters: [...known.parameters, target] });
        }
        continue;
      }
      const values = parameter.schema.kind === "enum" ? parameter.schema.values : undefined;
      byName.set(option.name, {
        name: option.name,
        type: values ? values.map((v) => JSON.stringify(v)).join(" | ") : tsScalarType(parameter.schema.kind),
        ...(option.default !== undefined ? { default: option.default } : {}),
        ...(option.mediaTypes ? { mediaTypes: option.mediaTypes } : {}),
        ...(values ? { values } : {}),
        parameters: [target],
      });
    }
  }
  return [...byName.values()];
}

function tsScalarType(kind: string): string {
  return kind === "integer" || kind === "number" ? "number" : kind === "boolean" ? "boolean" : "string";
}
