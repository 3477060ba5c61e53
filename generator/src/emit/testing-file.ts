import { GENERATED_FILE_NAMES } from "../ir/names.js";
import type { ApiIR, OperationIR, SecuritySchemeIR } from "../ir/types.js";
import { credentialOptions } from "./client-options.js";
import { constDeclaration } from "./const-statement.js";
import { functionDeclaration, typeAliasDeclaration } from "./declaration-text.js";
import type { ExportedNames } from "./exported-names.js";
import { INDENT } from "./layout.js";
import { code, flatSource, type LiteralValue, literalSource } from "./literal-writer.js";
import { operationNames } from "./operation-names.js";
import { shareRepeatedValues } from "./shared-values.js";
import { sourceText } from "./source-text.js";
import { valueNamer } from "./value-names.js";

/**
 * `testing.gen.ts`, the package's `testing` entry: a spec-checked mock of the API for
 * users' own tests. It hands the runtime's mock engine the descriptors the client runs
 * on, the spec's examples and made-up credentials; every behaviour lives in the engine.
 */
export function emitTestingFile(api: ApiIR, names: ExportedNames, header: string, usesXml: boolean): string {
  const pascal = api.pascalName;
  const mockType = `${pascal}Mock`;
  const examplesName = `${api.name.replace(/[^A-Za-z0-9]/g, "")}Examples`;
  const paginated = api.operations.filter((op) => op.pagination !== undefined).map((op) => JSON.stringify(op.id));
  const credentials = Object.fromEntries(api.securitySchemes.map((s) => [s.name, mockCredential(s)]));
  const options = Object.fromEntries(
    api.securitySchemes.flatMap((s) => credentialOptions(s).map((c) => [c.option, `mock-${kebab(c.option)}`])),
  );
  // The arguments of `createProviderMock(`, each on a line of its own two levels in.
  const argument = (value: LiteralValue) =>
    `${literalSource(value, { width: WIDTH, column: 2 * INDENT.length }).replace(/\n(?=[^\n])/g, `\n${INDENT}`)},`;
  const setup = argument({
    api: code(names.apiDescriptor),
    operations: api.operations.map((op) => code(`ops.${operationNames(op).descriptor}`)),
    examples: code(examplesName),
    credentials,
    codecs: usesXml ? [code("xmlCodec")] : undefined,
  });
  return sourceText(
    header,
    [
      'import { createProviderMock, type MockClientOptions, type MockOptions, type ProviderMock } from "@billforge/runtime/mock";',
      `import { ${names.apiDescriptor} } from "./api.gen.js";`,
      `import type { ${names.clientOptions} } from "./client.gen.js";`,
      'import type { operations } from "./openapi.gen.js";',
      'import * as ops from "./operations.gen.js";',
      ...(usesXml ? ['import { xmlCodec } from "./xml-codec.gen.js";'] : []),
    ],
    [
      [
        "// What users' tests need besides the mock, so they import only this entry.",
        'export { contractSnapshot, formatViolation, matchContractSnapshot, type MockCall, type MockOptions, type MockViolation, MockViolationError } from "@billforge/runtime/mock";',
      ].join("\n"),
      ...sharedExamples(api, examplesName, [names.apiDescriptor, `mock${pascal}`]),
      typeAliasDeclaration({
        name: mockType,
        docs: `A spec-checked mock of the ${api.title}, typed from the spec: see {@link mock${pascal}}.`,
        type: `ProviderMock<operations, MockClientOptions<${names.clientOptions}>, ${paginated.length > 0 ? paginated.join(" | ") : "never"}>`,
      }),
      functionDeclaration({
        name: `mock${pascal}`,
        docs: [
          `A stand-in for the ${api.title} for your own tests, without network or credentials.`,
          "",
          "Answers every operation with the spec's examples, checks every request against the spec",
          "(route, parameters, credentials, content type, body) and collects what breaks it in",
          "`violations`; `on.<operationId>` overrides answers (typed from the spec), with `times`",
          "for sequences and `{ fault }` for dropped connections; `calls` logs every exchange with",
          "credentials redacted and `snapshot()` prints it as a contract snapshot.",
          "",
          `Pass \`clientOptions\` to \`${names.createClient}\`.`,
        ].join("\n"),
        parameters: [{ name: "options", type: "MockOptions", optional: true }],
        returnType: mockType,
        statements: [
          [
            `return createProviderMock(`,
            `${INDENT}${setup}`,
            `${INDENT}${argument(options)}`,
            `${INDENT}options,`,
            ");",
          ].join("\n"),
        ],
      }),
    ],
  );
}

/** Examples print at the width a formatter would use; a value that fits stays on one line. */
const WIDTH = 120;
/** A repeated example shorter than this is clearer written out than named. */
const MIN_SHARED_LENGTH = 48;

/**
 * The examples table, each example that several answers repeat (the same error body on
 * every operation, the JSON and XML form of one answer) written once as a const.
 */
function sharedExamples(api: ApiIR, examplesName: string, declared: readonly string[]): string[] {
  const roots = api.operations.map((op) => ({ label: op.id, value: operationExamples(op) }));
  const byId = new Map(api.operations.map((op) => [op.id, op]));
  const name = valueNamer([
    ...GENERATED_FILE_NAMES,
    ...declared,
    examplesName,
    "ops",
    "xmlCodec",
    "createProviderMock",
  ]);
  const shared = shareRepeatedValues(roots, {
    worthSharing: (value, path) => path.length >= 2 && flatSource(value, MIN_SHARED_LENGTH) === undefined,
    nameFor: (_value, path) => {
      const [id, status, mediaType, ...inside] = path;
      const key = inside.filter((k) => !/^\d+$/.test(k)).at(-1);
      if (key !== undefined) {
        // An element of a list is named in the singular: `items` → `itemExample`.
        const element = /^\d+$/.test(inside.at(-1) ?? "");
        return name([element ? singular(key) : key], "example");
      }
      const component = componentAnswering(byId.get(id ?? ""), status, mediaType);
      // One media type's example is named after its schema; a status's set of them after the status too.
      const subject = component === undefined ? [id ?? ""] : [component];
      return mediaType ? name(subject, "example") : name([...subject, status ?? ""], "examples");
    },
  });
  return [
    ...shared.consts.map((c) =>
      constDeclaration({ name: c.name, exported: false, initializer: c.value, width: WIDTH }),
    ),
    constDeclaration({
      name: examplesName,
      docs: "The spec's examples, by operationId, then status, then media type: the mock's default answers.",
      initializer: Object.fromEntries(shared.roots.map((root) => [root.label, root.value])),
      width: WIDTH,
    }),
  ];
}

/** The component schema of a response body (the first media type's when none is given). */
function componentAnswering(
  operation: OperationIR | undefined,
  status?: string,
  mediaType?: string,
): string | undefined {
  const response = operation?.responses.find((r) => r.status === status);
  const media = response?.media.find((m) => mediaType === undefined || m.mediaType === mediaType);
  return media?.schema?.kind === "ref" ? media.schema.name : undefined;
}

/** status → media type → the first example documented for it. */
function operationExamples(operation: OperationIR): LiteralValue {
  const byStatus: Record<string, LiteralValue> = {};
  for (const response of operation.responses) {
    const byMedia: Record<string, LiteralValue> = {};
    for (const media of response.media) {
      const example = media.examples[0];
      if (example !== undefined) {
        byMedia[media.mediaType] = example.value as LiteralValue;
      }
    }
    if (Object.keys(byMedia).length > 0) {
      byStatus[response.status] = byMedia;
    }
  }
  return byStatus;
}

/** The credential the mock accepts for a scheme: made-up values named after the client options. */
function mockCredential(scheme: SecuritySchemeIR): LiteralValue {
  const value = (option: string) => `mock-${kebab(option)}`;
  switch (scheme.type) {
    case "apiKey":
      return { type: "apiKey", value: value(scheme.option) };
    case "bearer":
      return { type: "bearer", token: value(scheme.option) };
    case "basic":
      return { type: "basic", username: value(scheme.usernameOption), password: value(scheme.passwordOption) };
    case "oauth2ClientCredentials":
      return {
        type: "oauth2ClientCredentials",
        clientId: value(scheme.clientIdOption),
        clientSecret: value(scheme.clientSecretOption),
        extra: Object.fromEntries(scheme.extra.map((e) => [e.field, value(e.option)])),
      };
  }
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : `${word} item`;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
