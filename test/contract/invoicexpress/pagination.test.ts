import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import { describe, expect, it } from "vitest";

// Iteration over a paginated list in both formats: JSON nests the counters in
// `pagination`; XML writes them beside the items (`listInvoices`) or in `<results>`
// (`listClientInvoices`). The iterator reads `/pagination/total_pages` either way.
const ids = [[101, 102], [103]];

const json = {
  listInvoices: (page: number) =>
    JSON.stringify({
      invoices: ids[page - 1]!.map((id) => ({ id, type: "Invoice" })),
      pagination: { current_page: page, total_pages: 2, total_entries: 3, per_page: 2 },
    }),
};

const xmlItems = (page: number) => ids[page - 1]!.map((id) => `<invoice><id>${id}</id><type>Invoice</type></invoice>`);
const counters = (page: number) =>
  `<current_page>${page}</current_page><total_pages>2</total_pages><total_entries>3</total_entries><per_page>2</per_page>`;

const xml = {
  listInvoices: (page: number) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<invoices type="array">\n${xmlItems(page).join("\n")}\n${counters(page)}\n</invoices>`,
  listClientInvoices: (page: number) =>
    `<invoices type="array">${xmlItems(page).join("")}<results>${counters(page)}<entries>${ids[page - 1]!.length}</entries></results></invoices>`,
};

/** Answers each page by its `page` query parameter and records the pages asked for. */
function pagedFetch(mediaType: string, pageBody: (page: number) => string) {
  const pages: number[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const page = Number(new URL(new Request(input, init).url).searchParams.get("page"));
    pages.push(page);
    return new Response(pageBody(page), { status: 200, headers: { "content-type": mediaType } });
  };
  return { fetch: fetch as typeof globalThis.fetch, pages };
}

describe("InvoiceXpress list iteration", () => {
  it.each([
    ["json", "application/json", json.listInvoices],
    ["xml", "application/xml; charset=utf-8", xml.listInvoices],
  ] as const)("listInvoices in %s walks every page and stops at total_pages", async (format, mediaType, body) => {
    const { fetch, pages } = pagedFetch(mediaType, body);
    const api = createInvoiceXpressClient({ accountName: "acme", apiKey: "contract-key-1", format, fetch });
    const seen: number[] = [];
    for await (const invoice of api.iterateListInvoices({ query: { per_page: 2 } })) {
      seen.push(invoice.id as number);
    }
    expect(seen).toEqual([101, 102, 103]);
    expect(pages).toEqual([1, 2]);
  });

  it("listInvoices in XML returns the counters as pagination, like JSON", async () => {
    const { fetch } = pagedFetch("application/xml", xml.listInvoices);
    const api = createInvoiceXpressClient({ accountName: "acme", apiKey: "contract-key-1", format: "xml", fetch });
    const page = await api.listInvoices({ query: { page: 2, per_page: 2 } });
    expect(page).toEqual({
      invoices: [{ id: 103, type: "Invoice" }],
      pagination: { current_page: 2, total_pages: 2, total_entries: 3, per_page: 2 },
    });
  });

  it("listClientInvoices in XML reads the counters from <results>", async () => {
    const { fetch, pages } = pagedFetch("application/xml", xml.listClientInvoices);
    const api = createInvoiceXpressClient({ accountName: "acme", apiKey: "contract-key-1", format: "xml", fetch });
    const seen: number[] = [];
    const filter = { filter: { status: ["final" as const] } };
    for await (const invoice of api.iterateListClientInvoices({ path: { "client-id": 7 }, body: filter })) {
      seen.push(invoice.id as number);
    }
    expect(seen).toEqual([101, 102, 103]);
    expect(pages).toEqual([1, 2]);
    const first = await api.listClientInvoices({ path: { "client-id": 7 }, query: { page: 1 }, body: filter });
    expect(first.pagination).toEqual({ current_page: 1, total_pages: 2, total_entries: 3, per_page: 2, entries: 2 });
  });
});
