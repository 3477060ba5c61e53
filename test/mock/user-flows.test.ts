import { createBillogramClient } from "@billforge/billogram";
import { mockBillogram } from "@billforge/billogram/testing";
import { createExsitedClient } from "@billforge/exsited";
import { mockExsited } from "@billforge/exsited/testing";
import { createHostupClient, HostupApiError } from "@billforge/hostup";
import { mockHostup } from "@billforge/hostup/testing";
import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import { invoicexpressExamples, mockInvoiceXpress } from "@billforge/invoicexpress/testing";
import { afterEach, describe, expect, it, vi } from "vitest";

// Flows our users' billing code goes through, written the way a user writes them with the kit.
const answered = (mock: { calls: readonly { operation: string; answer: object }[] }) =>
  mock.calls.map((c) => `${c.operation} ${"status" in c.answer ? c.answer.status : "fault"}`);

describe("Exsited: OAuth2 token issue, expiry and renewal", () => {
  afterEach(() => vi.useRealTimers());

  it("fetches a token lazily and reuses it", async () => {
    const mock = mockExsited();
    const exsited = createExsitedClient(mock.clientOptions);
    await exsited.listAccounts();
    await exsited.listAccounts();
    expect(answered(mock)).toEqual(["(token endpoint) 200", "listAccounts 200", "listAccounts 200"]);
    mock.assertNoViolations();
  });

  it("a token the provider revoked is answered 401 and renewed once", async () => {
    const mock = mockExsited();
    const exsited = createExsitedClient(mock.clientOptions);
    await exsited.listAccounts();
    mock.expireTokens();
    await exsited.listAccounts();
    expect(answered(mock)).toEqual([
      "(token endpoint) 200",
      "listAccounts 200",
      "listAccounts 401",
      "(token endpoint) 200",
      "listAccounts 200",
    ]);
    expect(mock.tokenRequests).toBe(2);
    mock.assertNoViolations();
  });

  it("a token past its lifetime is renewed before use", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const mock = mockExsited({ tokenLifetimeSeconds: 600 });
    const exsited = createExsitedClient(mock.clientOptions);
    await exsited.listAccounts();
    vi.setSystemTime(Date.now() + 601_000);
    await exsited.listAccounts();
    expect(answered(mock)).toEqual([
      "(token endpoint) 200",
      "listAccounts 200",
      "(token endpoint) 200",
      "listAccounts 200",
    ]);
  });

  it("the token request and the token never reach the call log", async () => {
    const mock = mockExsited();
    await createExsitedClient(mock.clientOptions).listAccounts();
    const log = JSON.stringify(mock.calls);
    expect(log).not.toContain("mock-client-secret");
    expect(log).not.toContain("mock-access-token");
    expect(mock.snapshot()).not.toContain("mock-access-token");
  });
});

describe("Billogram: deduplication id on retry", () => {
  const item = { billogram_item: { title: "Monthly subscription", price: 29.99, count: 1, vat: 25 } } as const;

  it("a retry after a lost answer gets the first answer, and nothing is added twice", async () => {
    const mock = mockBillogram();
    let added = 0;
    mock.on.addBillingTabItems(
      () => {
        added += 1;
        return { fault: "lose-answer" };
      },
      { times: 1 },
    );
    const billogram = createBillogramClient(mock.clientOptions);
    const result = await billogram.addBillingTabItems({ path: { customer_no: 10032 }, body: item });
    expect(added).toBe(1);
    expect(mock.calls).toHaveLength(2);
    const [first, retry] = mock.calls;
    expect(first?.answer).toEqual({ fault: "connection dropped after the provider answered" });
    expect(retry?.replayed).toBe(true);
    expect(retry?.headers["x-api-deduplication-id"]).toBe(first?.headers["x-api-deduplication-id"]);
    expect(result.data.billing_tab_id).toBe("3b668ece-3941-6555-faf8-c7a0f9b3aace");
    mock.assertNoViolations();
  });

  it("a new id is a new request", async () => {
    const mock = mockBillogram();
    const billogram = createBillogramClient(mock.clientOptions);
    await billogram.addBillingTabItems({ path: { customer_no: 10032 }, body: item });
    await billogram.addBillingTabItems({ path: { customer_no: 10032 }, body: item });
    expect(mock.calls.map((c) => c.replayed ?? false)).toEqual([false, false]);
  });
});

describe("InvoiceXpress: XML pagination to the last page", () => {
  const example = invoicexpressExamples.listClients["200"]["application/json"].clients[0];
  const clients = Array.from({ length: 5 }, (_, i) => ({ ...example, id: 1000 + i, name: `Client ${i}` }));

  it("walks every page by the provider's counters, in XML", async () => {
    const mock = mockInvoiceXpress();
    mock.paginate("listClients", clients, { pageSize: 2 });
    const invoicexpress = createInvoiceXpressClient({ ...mock.clientOptions, format: "xml" });
    const seen: number[] = [];
    for await (const client of invoicexpress.iterateListClients({ query: { per_page: 2 } })) {
      seen.push(Number(client.id));
    }
    expect(seen).toEqual([1000, 1001, 1002, 1003, 1004]);
    expect(mock.calls.map((c) => new URL(c.url).searchParams.get("page"))).toEqual(["1", "2", "3"]);
    expect(mock.calls.every((c) => "mediaType" in c.answer && c.answer.mediaType === "application/xml")).toBe(true);
    expect(mock.calls[0]?.answer).toMatchObject({ body: expect.stringContaining("<total_pages>3</total_pages>") });
    mock.assertNoViolations();
  });
});

describe("HostUp: failures a user's retry logic must handle", () => {
  it("a 500 on renewService is not retried: renewing twice bills twice", async () => {
    const mock = mockHostup();
    mock.on.renewService({ status: 500 });
    const hostup = createHostupClient(mock.clientOptions);
    const error = await hostup.renewService({ path: { accountId: 20000 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostupApiError);
    expect(error).toMatchObject({ status: 500 });
    expect(answered(mock)).toEqual(["renewService 500"]);
  });

  it("503 twice, then the example: an idempotent read succeeds on the third attempt", async () => {
    const mock = mockHostup();
    mock.on.getAccountDetails({ status: 503 }, { times: 2 });
    const hostup = createHostupClient(mock.clientOptions);
    const details = await hostup.getAccountDetails();
    expect(details.data.client.id).toBe("9257");
    expect(answered(mock)).toEqual(["getAccountDetails 503", "getAccountDetails 503", "getAccountDetails 200"]);
  });

  it("a dropped connection on a read is retried", async () => {
    const mock = mockHostup();
    mock.on.getAccountDetails({ fault: "drop" }, { times: 1 });
    await createHostupClient(mock.clientOptions).getAccountDetails();
    expect(answered(mock)).toEqual(["getAccountDetails fault", "getAccountDetails 200"]);
  });

  it("a delay longer than the client's timeout ends in a timeout", async () => {
    const mock = mockHostup();
    mock.on.getAccountDetails({ status: 200, delayMs: 200 });
    const hostup = createHostupClient({ ...mock.clientOptions, timeoutMs: 20, maxRetries: 0 });
    await expect(hostup.getAccountDetails()).rejects.toMatchObject({ name: "TimeoutError" });
  });
});
