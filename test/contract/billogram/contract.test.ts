import { Buffer } from "node:buffer";
import { fileURLToPath } from "node:url";
import { createBillogramClient } from "@billforge/billogram";
import { describe, expect, it } from "vitest";
import { contractCases } from "../contract-cases.js";
import { runContractCase } from "../run-contract-case.js";

const SPEC = fileURLToPath(new URL("../../../specs/billogram/openapi.yaml", import.meta.url));
const API_USER = "test-billogram-user-3e7a";
const API_KEY = "test-billogram-key-8c41";
const BASIC = Buffer.from(`${API_USER}:${API_KEY}`, "utf8").toString("base64");
const cases = await contractCases(SPEC, "billogram");

describe("Billogram contract: every operation and example of specs/billogram/openapi.yaml", () => {
  it("covers every operation of the spec", () => {
    expect(new Set(cases.map((c) => c.operation.id)).size).toBe(28);
  });

  for (const contractCase of cases) {
    it(contractCase.name, async () => {
      const outcome = await runContractCase(
        contractCase,
        (fetch) => createBillogramClient({ apiUser: API_USER, apiKey: API_KEY, fetch }),
        // Both the key and the Basic credential it travels in are secrets.
        { apiKey: API_KEY, basicCredentials: BASIC },
      );
      // Exactly one exchange, to the sandbox (the default server), with Basic auth.
      expect(outcome.requests).toHaveLength(1);
      const sent = outcome.requests[0]!;
      expect(sent.url.startsWith("https://sandbox.billogram.com/api/v2/")).toBe(true);
      expect(sent.headers.authorization).toBe(`Basic ${BASIC}`);
      if (contractCase.requestExample !== undefined) {
        expect(sent.headers["content-type"]).toBe("application/json");
        expect(JSON.parse(sent.body)).toEqual(contractCase.requestExample);
      } else {
        expect(sent.body).toBe("");
      }
      if (contractCase.operation.idempotencyKeyHeader !== undefined) {
        expect(sent.headers["x-api-deduplication-id"]).toBe("550e8400-e29b-41d4-a716-446655440000");
      }
      // The example response parses into exactly the example: nothing lost, nothing added.
      const { status, body } = contractCase.response;
      if (status < 300) {
        expect(outcome.error).toBeUndefined();
        expect(outcome.data).toEqual(body);
      } else {
        const code = (body as { status: string }).status;
        const message = (body as { data: { message: string } }).data.message;
        expect(outcome.error).toMatchObject({
          name: "BillogramApiError",
          status,
          code,
          providerMessage: message,
          operationId: contractCase.operation.id,
          body,
        });
      }
      expect(outcome.snapshot).not.toContain(API_KEY);
      expect(outcome.snapshot).not.toContain(BASIC);
      await expect(outcome.snapshot).toMatchFileSnapshot(`./__snapshots__/${contractCase.name}.txt`);
    });
  }
});
