import { describe, expect, it } from "vitest";
import { contractCases } from "../contract/contract-cases.js";
import { PROVIDERS } from "./providers.js";

// Every operation of every provider, through the real client in strict mode: the mock's
// default answer is served and decodes, and the request the client sends breaks nothing.
for (const provider of PROVIDERS) {
  const name = provider.name.split(" ")[0] ?? provider.name;
  const cases = await contractCases(provider.spec, name, provider.mediaType);
  // One call per operation: its arguments from the spec's examples, the mock's default answer.
  const firstPerOperation = [...new Map(cases.map((c) => [c.operation.id, c])).values()];

  describe(`${provider.name}: the mock answers every operation`, () => {
    it.each(firstPerOperation.map((c) => [c.operation.id, c] as const))("%s", async (_id, contractCase) => {
      const { mock, safe } = provider.setup();
      const method = safe[contractCase.operation.identifier];
      if (method === undefined) {
        throw new Error(`no method ${contractCase.operation.identifier}`);
      }
      const result = contractCase.takesArgs ? await method(contractCase.args) : await method();
      expect(mock.violations).toEqual([]);
      expect(result.error).toBeUndefined();
      expect(mock.calls.filter((c) => c.operation === contractCase.operation.id)).toHaveLength(1);
      const answer = mock.calls.at(-1)?.answer;
      expect(answer && "status" in answer ? answer.status : undefined).toBeLessThan(300);
      // The answer is the spec's success example, decoded unchanged (XML included).
      const success = cases.find((c) => c.operation.id === contractCase.operation.id && c.response.status < 300);
      if (success?.response.body !== undefined && typeof success.response.body === "object") {
        expect(result.data).toEqual(success.response.body);
      }
    });
  });
}
