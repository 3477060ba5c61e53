import { buildIR, loadSpec } from "@billforge/generator";
import { describe, expect, it } from "vitest";
import { contractCases } from "../contract/contract-cases.js";
import { mutationsOf, type WireCopy } from "./mutations.js";
import { PROVIDERS } from "./providers.js";

const kindsSeen = new Set<string>();

// For every operation: the request the client sends, broken in one way at a time, is
// flagged with the pointer and rule of what was broken, and answered as a refusal.
for (const provider of PROVIDERS) {
  const name = provider.name.split(" ")[0] ?? provider.name;
  const format = /xml/.test(String(provider.mediaType)) ? "xml" : "json";
  const loaded = await loadSpec(provider.spec);
  if (!loaded.document) {
    throw new Error(`${provider.spec} does not load`);
  }
  const api = buildIR(loaded.document, { name });
  const cases = await contractCases(provider.spec, name, provider.mediaType);
  const firstPerOperation = [...new Map(cases.map((c) => [c.operation.id, c])).values()];
  const table = firstPerOperation.flatMap((contractCase) =>
    mutationsOf(api, contractCase.operation, format).map((mutation) => ({ contractCase, mutation })),
  );

  for (const row of table) {
    kindsSeen.add(row.mutation.kind);
  }

  describe(`${provider.name}: a broken request is flagged`, () => {
    it.each(table.map((row) => [`${row.contractCase.operation.id}: ${row.mutation.kind}`, row] as const))(
      "%s",
      async (_label, { contractCase, mutation }) => {
        // Capture the correct request the client sends, then replay it broken.
        let sent: WireCopy | undefined;
        const { mock, safe } = provider.setup((fetch) => async (input, init) => {
          const request = new Request(input, init);
          const body = request.body ? await request.clone().text() : "";
          sent = { method: request.method, url: new URL(request.url), headers: new Headers(request.headers), body };
          return fetch(request);
        });
        const method = safe[contractCase.operation.identifier];
        if (!method) {
          throw new Error(`no method ${contractCase.operation.identifier}`);
        }
        await (contractCase.takesArgs ? method(contractCase.args) : method());
        expect(mock.violations).toEqual([]);
        if (sent === undefined) {
          throw new Error("the client sent nothing");
        }
        const broken = mutation.apply(sent);
        const response = await mock.fetch(broken.url, {
          method: broken.method,
          headers: broken.headers,
          ...(broken.body !== "" ? { body: broken.body } : {}),
        });
        expect(response.status).toBeGreaterThanOrEqual(400);
        const flagged = mock.violations.map(({ pointer, rule }) => ({ pointer, rule }));
        expect(flagged).toContainEqual({ pointer: mutation.pointer, rule: mutation.rule });
        const violation = mock.violations.find((v) => v.pointer === mutation.pointer);
        expect(violation?.operation).toBe(contractCase.operation.id);
      },
    );
  });
}

it("every kind of mutation is exercised by some operation", () => {
  expect([...kindsSeen].sort()).toEqual([
    "extra path segment",
    "missing credential",
    "missing required parameter",
    "wrong content type",
    "wrong type",
  ]);
});
