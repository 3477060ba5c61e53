import { fileURLToPath } from "node:url";
import { createHostupClient } from "@billforge/hostup";
import { describe, expect, it } from "vitest";
import { contractCases } from "../contract-cases.js";
import { runContractCase } from "../run-contract-case.js";

const SPEC = fileURLToPath(new URL("../../../specs/hostup/openapi.yaml", import.meta.url));
const API_KEY = "test-hostup-key-5f1c";
const cases = await contractCases(SPEC, "hostup");

describe("HostUp contract: every operation and example of specs/hostup/openapi.yaml", () => {
  it("covers every operation of the spec", () => {
    expect(new Set(cases.map((c) => c.operation.id)).size).toBe(15);
  });

  for (const contractCase of cases) {
    it(contractCase.name, async () => {
      const outcome = await runContractCase(contractCase, (fetch) => createHostupClient({ apiKey: API_KEY, fetch }), {
        apiKey: API_KEY,
      });
      // Exactly one exchange, carrying the example request body unchanged.
      expect(outcome.requests).toHaveLength(1);
      const sent = outcome.requests[0]!;
      expect(sent.headers["x-api-key"]).toBe(API_KEY);
      if (contractCase.requestExample !== undefined) {
        expect(JSON.parse(sent.body)).toEqual(contractCase.requestExample);
      }
      // The example response parses into exactly the example: nothing lost, nothing added.
      const { status, body } = contractCase.response;
      if (status < 300) {
        expect(outcome.error).toBeUndefined();
        expect(outcome.data).toEqual(body);
      } else {
        expect(outcome.error).toMatchObject({ name: "HostupApiError", status, body });
      }
      expect(outcome.snapshot).not.toContain(API_KEY);
      await expect(outcome.snapshot).toMatchFileSnapshot(`./__snapshots__/${contractCase.name}.txt`);
    });
  }
});
