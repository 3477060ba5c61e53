import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBillogramClient } from "@billforge/billogram";
import { mockBillogram } from "@billforge/billogram/testing";
import { createHostupClient } from "@billforge/hostup";
import { mockHostup } from "@billforge/hostup/testing";
import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import { mockInvoiceXpress } from "@billforge/invoicexpress/testing";
import { matchContractSnapshot } from "@billforge/runtime/mock";
import { afterAll, describe, expect, it } from "vitest";

// A user's billing code, recorded as a contract snapshot with the kit.
async function renewAndCheckBalance(hostup: ReturnType<typeof createHostupClient>) {
  const { data } = await hostup.getAccountDetails();
  const renewal = await hostup.renewService({ path: { accountId: 20000 } });
  return { client: data.client.id, invoice: renewal.data.invoiceId };
}

describe("contract snapshots of a user's code", () => {
  it("writes the call log as a readable vitest file snapshot", async () => {
    const mock = mockHostup();
    const result = await renewAndCheckBalance(createHostupClient(mock.clientOptions));
    expect(result).toEqual({ client: "9257", invoice: expect.any(String) });
    mock.assertNoViolations();
    const text = mock.snapshot();
    expect(text).not.toContain("mock-api-key");
    expect(text).toContain("x-api-key: [REDACTED]");
    await expect(text).toMatchFileSnapshot("./__snapshots__/hostup-renewal.txt");
  });

  it("numbers deduplication ids so the snapshot is the same on every run", async () => {
    const mock = mockBillogram();
    const billogram = createBillogramClient(mock.clientOptions);
    const body = { billogram_item: { title: "Support", price: 10, count: 1, vat: 25 } };
    await billogram.addBillingTabItems({ path: { customer_no: 10032 }, body });
    await billogram.addBillingTabItems({ path: { customer_no: 10032 }, body });
    const text = mock.snapshot();
    expect(text).toContain("x-api-deduplication-id: <x-api-deduplication-id #1>");
    expect(text).toContain("x-api-deduplication-id: <x-api-deduplication-id #2>");
    expect(text).toContain("authorization: [REDACTED]");
    await expect(text).toMatchFileSnapshot("./__snapshots__/billogram-billing-tab.txt");
  });

  it("redacts a query credential in the URL and prints XML as sent", async () => {
    const mock = mockInvoiceXpress();
    await createInvoiceXpressClient({ ...mock.clientOptions, format: "xml" }).getClient({ path: { "client-id": 1 } });
    const text = mock.snapshot();
    expect(text).toContain("api_key=[REDACTED]");
    expect(text).not.toContain("mock-api-key");
    expect(text).toMatch(/--> 200 application\/xml\n<\?xml/);
  });

  it("shows a violation in the snapshot, named like the client's validation errors", async () => {
    const mock = mockHostup();
    await mock.fetch(`${mock.baseUrl}/services/abc/renew`, {
      method: "POST",
      headers: { "x-api-key": "mock-api-key" },
    });
    expect(mock.snapshot()).toContain(
      '! /path/accountId breaks "type": Invalid input: expected number, received string',
    );
    expect(() => mock.assertNoViolations()).toThrow(
      'renewService: /path/accountId breaks "type": Invalid input: expected number, received string',
    );
  });
});

describe("matchContractSnapshot: the framework-free form (node:test and others)", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("writes a missing file, accepts the same text, refuses a changed contract", async () => {
    const dir = await mkdtemp(join(tmpdir(), "billforge-mock-"));
    dirs.push(dir);
    const file = join(dir, "__snapshots__", "flow.txt");
    await matchContractSnapshot(file, "GET /a\n--> 200\n", { update: false });
    expect(await readFile(file, "utf8")).toBe("GET /a\n--> 200\n");
    await matchContractSnapshot(file, "GET /a\n--> 200\n", { update: false });
    await expect(matchContractSnapshot(file, "GET /a\n--> 404\n", { update: false })).rejects.toThrow(
      /differs at line 2:\n- --> 200\n\+ --> 404/,
    );
    await matchContractSnapshot(file, "GET /a\n--> 404\n", { update: true });
    expect(await readFile(file, "utf8")).toBe("GET /a\n--> 404\n");
  });
});
