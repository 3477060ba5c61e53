import { pascalCase } from "../ir/names.js";

/**
 * The provider's contract test: every operation and example of its spec, called through
 * the generated client against a recording transport, one snapshot per exchange. Written
 * for the starter spec's API-key auth; adapt the credentials when the spec's auth differs.
 */
export function contractTest(provider: string): string {
  const name = pascalCase(provider);
  const key = `test-${provider}-key-0001`;
  return `import { fileURLToPath } from "node:url";
import { create${name}Client } from "@billforge/${provider}";
import { describe, expect, it } from "vitest";
import { contractCases } from "../contract-cases.js";
import { runContractCase } from "../run-contract-case.js";

const SPEC = fileURLToPath(new URL("../../../specs/${provider}/openapi.yaml", import.meta.url));
const API_KEY = "${key}";
const cases = await contractCases(SPEC, "${provider}");

describe("${name} contract: every operation and example of specs/${provider}/openapi.yaml", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const contractCase of cases) {
    it(contractCase.name, async () => {
      const outcome = await runContractCase(contractCase, (fetch) => create${name}Client({ apiKey: API_KEY, fetch }), {
        apiKey: API_KEY,
      });
      expect(outcome.requests).toHaveLength(1);
      const sent = outcome.requests[0]!;
      if (contractCase.requestExample !== undefined) expect(JSON.parse(sent.body)).toEqual(contractCase.requestExample);
      const { status, body } = contractCase.response;
      if (status < 300) {
        expect(outcome.error).toBeUndefined();
        expect(outcome.data).toEqual(body);
      } else {
        expect(outcome.error).toMatchObject({ name: "${name}ApiError", status, body });
      }
      expect(outcome.snapshot).not.toContain(API_KEY);
      await expect(outcome.snapshot).toMatchFileSnapshot(\`./__snapshots__/\${contractCase.name}.txt\`);
    });
  }
});
`;
}
