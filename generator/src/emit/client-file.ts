import { propertyKey } from "../ir/names.js";
import type { ApiIR, OperationIR, SchemaIR, SecuritySchemeIR } from "../ir/types.js";
import { isFormUrlEncodedMedia, isMultipartMedia } from "../media-types.js";
import { exampleArguments } from "./call-example.js";
import {
  type ClientParameterOption,
  clientParameterOptions,
  credentialOptions,
  exampleOptions,
  requiredSchemes,
  serverVariables,
} from "./client-options.js";
import {
  functionDeclaration,
  interfaceDeclaration,
  methodSignature,
  type ParameterText,
  propertySignature,
} from "./declaration-text.js";
import type { ExportedNames } from "./exported-names.js";
import { callSignature } from "./functions-file.js";
import { WIDTH } from "./layout.js";
import { layoutLine } from "./layout-text.js";
import { literalSource } from "./literal-writer.js";
import { operationNames } from "./operation-names.js";
import { sourceText } from "./source-text.js";
import { operationDocs, operationLinkDoc } from "./tsdoc.js";
import { xmlBodies } from "./xml-files.js";

/** What every part of client.gen.ts needs to know about the API, derived once. */
interface ClientPlan {
  readonly api: ApiIR;
  readonly names: ExportedNames;
  readonly required: Set<string>;
  readonly variables: ReturnType<typeof serverVariables>;
  readonly parameterOptions: readonly ClientParameterOption[];
  readonly authMethods: readonly string[];
  readonly codecs: readonly string[];
  readonly hasXml: boolean;
  /** Component schemas by name, for the call examples. */
  readonly components: ReadonlyMap<string, SchemaIR>;
}

function clientPlan(api: ApiIR, names: ExportedNames): ClientPlan {
  // The XML codec module is tiny; it imports @billforge/xml only on the first XML body.
  const hasXml = xmlBodies(api).size > 0;
  return {
    api,
    names,
    required: requiredSchemes(api),
    variables: serverVariables(api),
    parameterOptions: clientParameterOptions(api),
    // Only what the spec uses is imported, so a bundle carries no unused auth method or codec.
    authMethods: authMethodsOf(api),
    codecs: [
      ...(hasFormBodies(api) ? ["formCodec"] : []),
      ...(hasMultipartBodies(api) ? ["multipartCodec"] : []),
      ...(hasXml ? ["xmlCodec"] : []),
    ],
    hasXml,
    components: new Map(api.schemas.map((s) => [s.name, s.schema])),
  };
}

/** `client.gen.ts`: the options type, `create<Name>Core` and `create<Name>Client`. */
export function emitClientFile(api: ApiIR, names: ExportedNames, header: string): string {
  const plan = clientPlan(api, names);
  return sourceText(header, clientImports(plan), [
    optionsInterface(plan),
    createCoreFunction(plan),
    ...clientInterfaces(plan),
    createClientFunction(plan),
  ]);
}

function clientImports({ names, parameterOptions, variables, authMethods, codecs, hasXml }: ClientPlan): string[] {
  return [
    runtimeImport([
      "type CallOptions",
      ...(parameterOptions.some((o) => o.values) ? ["checkOptionValue"] : []),
      "type ClientCore",
      "type ClientOptionsBase",
      "createClientCore",
      ...(variables.length > 0 ? ["fillServerVariables"] : []),
      "type SafeResult",
      ...authMethods,
      ...codecs.filter((codec) => codec !== "xmlCodec"),
    ]),
    `import { ${names.apiDescriptor} } from "./api.gen.js";`,
    `import { ${names.apiError} } from "./errors.gen.js";`,
    'import * as fns from "./functions.gen.js";',
    'import type * as types from "./types.gen.js";',
    ...(hasXml ? ['import { xmlCodec } from "./xml-codec.gen.js";'] : []),
  ];
}

/** `<Name>ClientOptions`: credentials, server variables, per-client parameters, server choice. */
function optionsInterface({ api, names, required, variables, parameterOptions }: ClientPlan): string {
  const optionProps: string[] = [
    ...api.securitySchemes.flatMap((scheme) =>
      credentialOptions(scheme).map(({ option, doc }) =>
        propertySignature({ name: option, type: "string", optional: !required.has(scheme.name), docs: doc }),
      ),
    ),
    ...variables.map((v) =>
      propertySignature({
        name: v.option,
        type: v.enum ? v.enum.map((e) => JSON.stringify(e)).join(" | ") : "string",
        optional: v.default !== undefined,
        docs: `${v.description ?? `Server variable \`${v.name}\`.`}${v.default !== undefined ? `\n\n@defaultValue ${JSON.stringify(v.default)}` : ""}`,
      }),
    ),
  ];
  for (const option of parameterOptions) {
    optionProps.push(
      propertySignature({
        name: option.name,
        type: option.type,
        optional: true,
        docs: `Sets the \`${option.parameters.map((p) => p.name).join("`, `")}\` parameter of every operation that has it.${
          option.mediaTypes ? " Also picks the body format." : ""
        }${option.default !== undefined ? `\n\n@defaultValue ${JSON.stringify(option.default)}` : ""}`,
      }),
    );
  }
  const serverNames = api.servers.flatMap((s) => (s.name ? [s.name] : []));
  if (serverNames.length > 0) {
    optionProps.push(
      propertySignature({
        name: "server",
        type: serverNames.map((s) => JSON.stringify(s)).join(" | "),
        optional: true,
        docs: `Which server to call; ignored when \`baseUrl\` is given.\n\n@defaultValue ${JSON.stringify(serverNames[0])}`,
      }),
    );
  }
  if (api.servers.length === 0) {
    // A spec without servers (per-tenant hosts): the caller must say where the API is.
    optionProps.unshift(
      propertySignature({
        name: "baseUrl",
        type: "string",
        docs: "Base URL of your API host, e.g. `https://example.com`: the spec names no server.",
      }),
    );
  }
  return interfaceDeclaration({
    name: names.clientOptions,
    extends: 'Omit<ClientOptionsBase, "server" | "serverVariables">',
    docs: `Options of {@link ${names.createClient}}.`,
    members: optionProps,
  });
}

/** `create<Name>Core`: options → the runtime's client core, with credentials and codecs wired. */
function createCoreFunction(plan: ClientPlan): string {
  const { api, names, required, variables, parameterOptions, authMethods, codecs } = plan;
  const destructured = [
    ...api.securitySchemes.flatMap((s) => credentialOptions(s).map((c) => c.option)),
    ...variables.map((v) => v.option),
    ...parameterOptions.map((o) => (o.default !== undefined ? `${o.name} = ${JSON.stringify(o.default)}` : o.name)),
  ];
  const credentialEntries = api.securitySchemes.map((scheme) => credentialEntry(scheme, required.has(scheme.name)));
  const variableEntries = variables.map(
    (v) => `...(${v.option} !== undefined ? { ${JSON.stringify(v.name)}: ${v.option} } : {})`,
  );
  return functionDeclaration({
    name: names.createCore,
    docs: "The client core alone, for the standalone operation functions: import only the operations you call and a bundler drops the rest.",
    parameters: [{ name: "options", type: names.clientOptions }],
    returnType: "ClientCore",
    statements: [
      `const { ${[...destructured, "...base"].join(", ")} } = options;`,
      ...parameterOptions
        .filter((o) => o.values)
        .map(
          (o) =>
            `${o.default === undefined ? `if (${o.name} !== undefined) ` : ""}checkOptionValue(${JSON.stringify(o.name)}, ${o.name}, ${JSON.stringify(o.values)});`,
        ),
      `return createClientCore({
  api: ${names.apiDescriptor},
  options: ${coreOptions(variableEntries, parameterOptions)},
  credentials: ${credentialEntries.length > 0 ? `{ ${credentialEntries.join(", ")} }` : "{}"},
  auth: [${authMethods.join(", ")}],
  errorClass: ${names.apiError},
  optionNames: ${optionNames(api, [...variables.map((v) => v.option), ...parameterOptions.map((o) => o.name)])},${codecs.length > 0 ? `\n  codecs: [${codecs.join(", ")}],` : ""}${variables.length > 0 ? "\n  fillServerVariables," : ""}
});`,
    ],
  });
}

/** The `<Name>Client` and `<Name>SafeClient` interfaces, written as text (declaration-text.ts). */
function clientInterfaces(plan: ClientPlan): string[] {
  const { api, names } = plan;
  const methods = api.operations.flatMap((operation) => clientMethods(operation, plan));
  const safeMethods = api.operations.map((operation) => safeMethod(operation, names));
  const safeInterface = interfaceDeclaration({
    name: names.safeClient,
    docs: `The operations of {@link ${names.client}}, never rejecting: each resolves to \`{ data, error, response }\`.`,
    members: safeMethods,
  });
  const clientInterface = interfaceDeclaration({
    name: names.client,
    docs: `Client for the ${api.title}: one method per operation. Methods reject with {@link ${names.apiError}} or another \`BillforgeError\`.`,
    members: [
      "/** The core, to pass to standalone operation functions. */\nreadonly core: ClientCore;",
      `/** The same operations, never rejecting. */\nreadonly safe: ${names.safeClient};`,
      ...methods,
    ],
  });
  return [clientInterface, safeInterface];
}

/** `create<Name>Client`: the core plus one method per operation bound to it. */
function createClientFunction({ api, names, required }: ClientPlan): string {
  const bindings = api.operations.flatMap((operation) => {
    const n = operationNames(operation);
    const names_ = [n.fn, ...(operation.pagination ? [n.iterateFn] : [])];
    return names_.map((name) => `${name}: (...args) => fns.${name}(core, ...args),`);
  });
  const safeBindings = api.operations.map((operation) => {
    const n = operationNames(operation);
    return `${n.fn}: (...args) => fns.${n.safeFn}(core, ...args),`;
  });
  const options = exampleOptions(api, required);
  return functionDeclaration({
    name: names.createClient,
    docs: `Creates a client for the ${api.title}.\n\n@example\n\`\`\`ts\n${exampleCode(`const client = ${names.createClient}(${options === "" ? "{}" : `{ ${options} }`});`)}\n\`\`\``,
    parameters: [{ name: "options", type: names.clientOptions }],
    returnType: names.client,
    statements: [
      `const core = ${names.createCore}(options);`,
      `return {\n  core,\n  ${bindings.join("\n  ")}\n  safe: {\n    ${safeBindings.join("\n    ")}\n  },\n};`,
    ],
  });
}

function clientMethods(operation: OperationIR, plan: ClientPlan): string[] {
  const { names } = plan;
  const n = operationNames(operation);
  const parameters: ParameterText[] = callSignature(operation, "types.").params;
  const methods = [
    methodSignature({
      name: n.fn,
      docs: `${operationDocs(operation, names)}${callExample(operation, plan)}`,
      parameters,
      returnType: `Promise<types.${n.result}>`,
    }),
  ];
  if (operation.pagination) {
    methods.push(
      methodSignature({
        name: n.iterateFn,
        docs: operationLinkDoc(operation, names, "Every item, fetched lazily page by page."),
        parameters: callSignature(operation, "types.", "iterate").params,
        returnType: `AsyncIterableIterator<types.${n.item}>`,
      }),
    );
  }
  return methods;
}

function safeMethod(operation: OperationIR, names: ExportedNames): string {
  const n = operationNames(operation);
  return methodSignature({
    name: n.fn,
    docs: operationLinkDoc(operation, names, "Never rejects: resolves to `{ data, error, response }`."),
    parameters: callSignature(operation, "types.").params,
    returnType: `Promise<SafeResult<types.${n.result}, ${names.apiError}<types.${n.errorBody}>>>`,
  });
}

/** Example code inside a doc comment, laid out to fit after the comment's ` * `. */
function exampleCode(code: string): string {
  return layoutLine(code, WIDTH - " * ".length);
}

/** Most examples take a few lines; a long request body is left to the README's example. */
const EXAMPLE_MAX_LINES = 8;

/** `@example` of a call to the operation, built from the spec's examples, when it is short. */
function callExample(operation: OperationIR, { components }: ClientPlan): string {
  const args = exampleArguments(operation, components);
  const call = `await client.${operationNames(operation).fn}(${args === undefined ? "" : literalSource(args)});`;
  if (call.split("\n").length > EXAMPLE_MAX_LINES) {
    return "";
  }
  return `\n\n@example\n\`\`\`ts\n${call.split("\n").map(exampleCode).join("\n")}\n\`\`\``;
}

/** The runtime's auth method for each kind of scheme (the credential type `credentialEntry` builds). */
const AUTH_METHODS: Readonly<Record<SecuritySchemeIR["type"], string>> = {
  apiKey: "apiKeyAuth",
  basic: "basicAuth",
  bearer: "bearerAuth",
  oauth2ClientCredentials: "oauth2ClientCredentialsAuth",
};

function authMethodsOf(api: ApiIR): string[] {
  return [...new Set(api.securitySchemes.map((scheme) => AUTH_METHODS[scheme.type]))];
}

/** Request bodies sent as multipart/form-data (files and fields). */
function hasMultipartBodies(api: ApiIR): boolean {
  return api.operations.some((operation) =>
    (operation.requestBody?.media ?? []).some((media) => isMultipartMedia(media.mediaType)),
  );
}

function hasFormBodies(api: ApiIR): boolean {
  const isForm = (media: { readonly mediaType: string }) => isFormUrlEncodedMedia(media.mediaType);
  return api.operations.some(
    (operation) =>
      (operation.requestBody?.media ?? []).some(isForm) ||
      operation.responses.some((response) => response.media.some(isForm)),
  );
}

/** One import of `@billforge/runtime`, names sorted as Biome sorts them (ignoring `type`, case-insensitive). */
function runtimeImport(names: readonly string[]): string {
  const bare = (name: string) => name.replace(/^type /, "").toLowerCase();
  const sorted = [...names].sort((a, b) => (bare(a) < bare(b) ? -1 : bare(a) > bare(b) ? 1 : 0));
  return `import { ${sorted.join(", ")} } from "@billforge/runtime";`;
}

/** The client's own options, for the core's errors: `{ credentials: { Scheme: ["apiKey"] }, others: [...] }`. */
function optionNames(api: ApiIR, others: readonly string[]): string {
  const list = (names: readonly string[]) => `[${names.map((n) => JSON.stringify(n)).join(", ")}]`;
  const credentials = api.securitySchemes.map(
    (scheme) => `${propertyKey(scheme.name)}: ${list(credentialOptions(scheme).map((c) => c.option))}`,
  );
  const parts = [`credentials: ${credentials.length > 0 ? `{ ${credentials.join(", ")} }` : "{}"}`];
  if (others.length > 0) {
    parts.push(`others: ${list(others)}`);
  }
  return `{ ${parts.join(", ")} }`;
}

function credentialEntry(scheme: SecuritySchemeIR, required: boolean): string {
  const key = propertyKey(scheme.name);
  const value = (() => {
    switch (scheme.type) {
      case "apiKey":
        return { test: [scheme.option], text: `{ type: "apiKey", value: ${scheme.option} }` };
      case "bearer":
        return { test: [scheme.option], text: `{ type: "bearer", token: ${scheme.option} }` };
      case "basic":
        return {
          test: [scheme.usernameOption, scheme.passwordOption],
          text: `{ type: "basic", username: ${scheme.usernameOption}, password: ${scheme.passwordOption} }`,
        };
      case "oauth2ClientCredentials": {
        const extra = scheme.extra.map((e) => `${JSON.stringify(e.field)}: ${e.option}`);
        return {
          test: [scheme.clientIdOption, scheme.clientSecretOption, ...scheme.extra.map((e) => e.option)],
          text: `{ type: "oauth2ClientCredentials", clientId: ${scheme.clientIdOption}, clientSecret: ${scheme.clientSecretOption}${extra.length > 0 ? `, extra: { ${extra.join(", ")} }` : ""} }`,
        };
      }
    }
  })();
  if (required) {
    return `${key}: ${value.text}`;
  }
  return `...(${value.test.map((t) => `${t} !== undefined`).join(" && ")} ? { ${key}: ${value.text} } : {})`;
}

/** The options object handed to the runtime: the base plus what the generated options imply. */
function coreOptions(variableEntries: readonly string[], parameterOptions: readonly ClientParameterOption[]): string {
  const extra: string[] = [];
  if (variableEntries.length > 0) {
    extra.push(`serverVariables: { ${variableEntries.join(", ")} }`);
  }
  if (parameterOptions.length > 0) {
    const groups = new Map<string, string[]>();
    for (const option of parameterOptions) {
      for (const target of option.parameters) {
        const entry =
          option.default !== undefined
            ? `${propertyKey(target.name)}: ${option.name}`
            : `...(${option.name} !== undefined ? { ${propertyKey(target.name)}: ${option.name} } : {})`;
        groups.set(target.group, [...(groups.get(target.group) ?? []), entry]);
      }
    }
    extra.push(
      `parameterDefaults: { ${[...groups].map(([group, entries]) => `${group}: { ${entries.join(", ")} }`).join(", ")} }`,
    );
    const picker = parameterOptions.find((o) => o.mediaTypes && o.default !== undefined);
    if (picker?.mediaTypes) {
      // The caller's explicit preference wins over the one the format option implies.
      extra.push(
        `mediaTypePreference: base.mediaTypePreference ?? [${JSON.stringify(picker.mediaTypes)}[${picker.name}]]`,
      );
    }
  }
  return extra.length === 0 ? "base" : `{ ...base, ${extra.join(", ")} }`;
}
