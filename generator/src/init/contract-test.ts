import { pascalCase } from "../ir/names.js";

/**
 * The provider's contract test: every operation and example of its spec, called through
 * the generated client against a recording transport, one snapshot per exchange. The
 * credentials come from the spec's security schemes when the test runs
 * (`contractCredentials`), so the test follows the spec from the starter's API key to
 * whatever auth the provider really uses.
 */
export function contractTest(provider: string): string {
  const name = pascalCase(provider);
  return `import { fileURLToPath } from "node:url";
import { create${name}Client } from "@billforge/${provider}";
import { describe, expect, it } from "vitest";
import { contractCases } from "../contract-cases.js";
import { contractCredentials } from "../contract-credentials.js";
import { runContractCase } from "../run-contract-case.js";

type Options = Parameters<typeof create${name}Client>[0];

const SPEC = fileURLToPath(new URL("../../../specs/${provider}/openapi.yaml", import.meta.url));
const cases = await contractCases(SPEC, "${provider}");
const credentials = await contractCredentials(SPEC, "${provider}");

describe("${name} contract: every operation and example of specs/${provider}/openapi.yaml", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const contractCase of cases) {
    it(contractCase.name, async () => {
      const outcome = await runContractCase(
        contractCase,
        (fetch) => create${name}Client({ ...credentials, fetch } as Options),
        credentials,
      );
      expect(outcome.requests).toHaveLength(1);
      const sent = outcome.requests[0]!;
      if (contractCase.requestExample !== undefined) {
        expect(JSON.parse(sent.body)).toEqual(contractCase.requestExample);
      }
      const { status, body } = contractCase.response;
      if (status < 300) {
        expect(outcome.error).toBeUndefined();
        expect(outcome.data).toEqual(body);
      } else {
        expect(outcome.error).toMatchObject({ name: "${name}ApiError", status, body });
      }
      for (const secret of Object.values(credentials)) {
        expect(outcome.snapshot).not.toContain(secret);
      }
      await expect(outcome.snapshot).toMatchFileSnapshot(\`./__snapshots__/\${contractCase.name}.txt\`);
    });
  }
});
`;
}
