import type { ApiIR, OperationIR } from "../ir/types.js";
import { exampleArguments } from "./call-example.js";
import type { ExportedNames } from "./exported-names.js";
import { literalSource } from "./literal-writer.js";
import { isSuccessStatus } from "./operation-names.js";

/**
 * The README's "Testing your code" section: the `testing` entry with a complete vitest
 * test and a node:test one. Fenced as `typescript` (whole modules with their imports),
 * not `ts` (snippets run after the quick start); both kinds are type-checked.
 */
export function testingSection(api: ApiIR, names: ExportedNames, packageName: string, client: string): string {
  const mockFn = `mock${api.pascalName}`;
  const components = new Map(api.schemas.map((s) => [s.name, s.schema]));
  const argsOf = (op: OperationIR) => {
    const args = exampleArguments(op, components);
    return args === undefined ? "" : literalSource(args).replaceAll("\n", "\n  ");
  };
  const first = api.operations.find((op) => op.method === "GET") ?? api.operations[0];
  const refused = api.operations
    .flatMap((op) => op.responses.filter((r) => /^4\d\d$/.test(r.status)).map((r) => ({ op, status: r.status })))
    // Not one the client retries (408, 429) or answers with an authentication error.
    .find(({ status }) => !["401", "403", "408", "429"].includes(status));
  if (first === undefined) {
    return "";
  }
  const call = (op: OperationIR) => `${client}.${op.identifier}(${argsOf(op)})`;
  const vitest = [
    `import { ${names.createClient}, ${names.apiError} } from "${packageName}";`,
    `import { ${mockFn} } from "${packageName}/testing";`,
    'import { expect, it } from "vitest";',
    "",
    `it("calls ${first.identifier} as the spec says", async () => {`,
    `  const mock = ${mockFn}();`,
    `  const ${client} = ${names.createClient}(mock.clientOptions);`,
    `  await ${call(first)};`,
    "  mock.assertNoViolations();",
    `  await expect(mock.snapshot()).toMatchFileSnapshot("./__snapshots__/${first.identifier}.txt");`,
    "});",
    ...(refused
      ? [
          "",
          `it("handles ${refused.op.identifier} answering ${refused.status}", async () => {`,
          `  const mock = ${mockFn}();`,
          `  mock.on.${refused.op.id}({ status: ${refused.status} });`,
          `  const ${client} = ${names.createClient}(mock.clientOptions);`,
          `  await expect(${call(refused.op)}).rejects.toBeInstanceOf(${names.apiError});`,
          "});",
        ]
      : []),
  ].join("\n");
  const nodeTest = [
    'import assert from "node:assert/strict";',
    'import { test } from "node:test";',
    `import { ${names.createClient} } from "${packageName}";`,
    `import { matchContractSnapshot, ${mockFn} } from "${packageName}/testing";`,
    "",
    `test("${first.identifier} against the spec", async () => {`,
    `  const mock = ${mockFn}();`,
    `  const ${client} = ${names.createClient}(mock.clientOptions);`,
    `  await ${call(first)};`,
    "  assert.deepEqual(mock.violations, []);",
    `  await matchContractSnapshot("test/__snapshots__/${first.identifier}.txt", mock.snapshot());`,
    "});",
  ].join("\n");
  const success = first.responses.find((r) => isSuccessStatus(r.status))?.status ?? "200";
  return [
    `\`${packageName}/testing\` is a stand-in for the API in your own tests, without network or credentials. \`${mockFn}()\` answers every operation with the spec's examples (here \`${first.identifier}\` answers its ${success} example), checks every request against the spec (route, parameters, credentials, content type, body; what breaks it is answered as the provider would refuse it and collected in \`mock.violations\`), and logs every call with credentials redacted. \`mock.on.<operationId>(answer | handler, { times })\` overrides answers, typed from the spec; \`{ fault: "drop" }\` and \`{ fault: "lose-answer" }\` simulate connections that fail; \`mock.mswHandlers()\` gives the same mock as MSW handlers (optional peer dependency \`msw\`).`,
    "With vitest (`mock.snapshot()` is the call log as a contract snapshot):",
    `\`\`\`typescript\n${vitest}\n\`\`\``,
    "With node:test (`matchContractSnapshot` writes the file the first time, compares after; `UPDATE_SNAPSHOTS=1` rewrites it):",
    `\`\`\`typescript\n${nodeTest}\n\`\`\``,
  ].join("\n\n");
}
