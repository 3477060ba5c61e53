import { fileURLToPath } from "node:url";
import { createInvoiceXpressClient, InvoiceXpressApiError } from "@billforge/invoicexpress";
import { encodeXml } from "@billforge/xml";
import { describe, expect, it } from "vitest";
import { type ContractCase, contractCases } from "../contract-cases.js";
import { xmlMappingOf } from "./xml-body.js";

// What real InvoiceXpress servers answer beside what the docs say, through the generated
// client: page counters loose or in <results> (a counter even written twice), list answers
// without counters, and bodies on successes documented without one.
const SPEC = fileURLToPath(new URL("../../../specs/invoicexpress/openapi.yaml", import.meta.url));
const xmlCases = await contractCases(SPEC, "invoicexpress", /xml/);
const jsonCases = await contractCases(SPEC, "invoicexpress", /json/);

type Api = ReturnType<typeof createInvoiceXpressClient>;
type Call = (args: unknown) => Promise<unknown>;
type Iterate = (args: unknown) => AsyncIterable<unknown>;

function client(format: "json" | "xml", answer: (url: URL, page: number) => Response, validation = "strict") {
  const pages: number[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(new Request(input, init).url);
    const page = Number(url.searchParams.get("page") ?? 1);
    pages.push(page);
    return answer(url, page);
  };
  const api = createInvoiceXpressClient({
    accountName: "acme",
    apiKey: "test-invoicexpress-key",
    format,
    fetch: fetch as typeof globalThis.fetch,
    validation: validation as "strict",
    maxRetries: 0,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
  return { api, pages };
}

const method = (api: Api, id: string): Call => (api as unknown as Record<string, Call>)[id]!.bind(api);
const iterator = (api: Api, id: string): Iterate =>
  (api as unknown as Record<string, Iterate>)[`iterate${id[0]!.toUpperCase()}${id.slice(1)}`]!.bind(api);
const xmlAnswer = (text: string) => new Response(text, { status: 200, headers: { "content-type": "application/xml" } });

/** Every paginated list, with the first item of its XML example. */
const lists = xmlCases
  .filter((c) => c.operation.pagination !== undefined && c.response.status === 200)
  .filter((c, i, all) => all.findIndex((o) => o.operation.id === c.operation.id) === i);

function itemsKey(c: ContractCase): string {
  const pointer = c.operation.pagination?.items ?? "";
  return pointer.replace(/^\//, "");
}

const counters = (page: number) => ({ current_page: page, total_pages: 2, total_entries: 4, per_page: 2 });
const looseCounters = (page: number) =>
  `<current_page>${page}</current_page><total_pages>2</total_pages><total_entries>4</total_entries><per_page>2</per_page>`;

/** One page of `c`'s list as XML: two copies of its example item, then the counters in `layout`. */
function page(c: ContractCase, number: number, layout: "loose" | "results" | "results, counter twice"): string {
  const example = c.response.body as Record<string, unknown[]>;
  const item = example[itemsKey(c)]![0];
  const mapping = xmlMappingOf(`${c.operation.id}.200`);
  const loose = encodeXml({ [itemsKey(c)]: [item, item], pagination: counters(number) }, mapping);
  expect(loose).toContain(looseCounters(number));
  if (layout === "loose") {
    return loose;
  }
  const inner =
    layout === "results" ? looseCounters(number) : `<current_page>${number}</current_page>${looseCounters(number)}`;
  return loose.replace(looseCounters(number), `<results>${inner}</results>`);
}

describe("XML page counters, loose or wrapped in <results>", () => {
  it("covers every paginated list", () => {
    expect(lists.map((c) => c.operation.id).sort()).toEqual([
      "listCashInvoices",
      "listClientInvoices",
      "listClients",
      "listCreditNotes",
      "listDebitNotes",
      "listDevolutionGuides",
      "listInvoiceReceipts",
      "listInvoices",
      "listItems",
      "listPurchaseOrders",
      "listReceipts",
      "listShippingGuides",
      "listSimplifiedInvoices",
      "listTransportGuides",
      "listVatMossInvoices",
    ]);
  });

  const table = lists.flatMap((c) =>
    (["loose", "results", "results, counter twice"] as const).map((layout) => ({ id: c.operation.id, layout, c })),
  );

  it.each(table)("$id, counters $layout: same pagination, iteration stops by them", async ({ c, layout }) => {
    const { api, pages } = client("xml", (_url, number) => xmlAnswer(page(c, number, layout)));
    const first = (await method(api, c.operation.id)({ ...c.args, query: { page: 1 } })) as { pagination: unknown };
    expect(first.pagination).toEqual(counters(1));
    pages.length = 0;
    let seen = 0;
    for await (const _item of iterator(api, c.operation.id)(c.args)) {
      seen++;
    }
    expect(seen).toBe(4);
    expect(pages).toEqual([1, 2]);
  });

  it("a counter with two different values is a decode error naming both", async () => {
    const c = lists.find((l) => l.operation.id === "listCreditNotes")!;
    const body = page(c, 1, "results").replace("<results>", "<current_page>3</current_page><results>");
    const { api } = client("xml", () => xmlAnswer(body));
    const error = await method(api, "listCreditNotes")({ query: { page: 1 } }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: "ResponseValidationError", reason: "malformed" });
    const cause = (error as Error).cause as Error;
    expect(cause).toMatchObject({ name: "XmlDecodeError" });
    expect(cause.message).toMatch(/<current_page> appears 2 times with different values: 3 and 1/);
  });

  it("a list answer without counters stops at the first short page", async () => {
    const c = lists.find((l) => l.operation.id === "listPurchaseOrders")!;
    const item = (c.response.body as { purchase_orders: unknown[] }).purchase_orders[0];
    const mapping = xmlMappingOf("listPurchaseOrders.200");
    const sizes = [2, 2, 1];
    const { api, pages } = client("xml", (_url, number) =>
      xmlAnswer(encodeXml({ purchase_orders: Array.from({ length: sizes[number - 1] ?? 0 }, () => item) }, mapping)),
    );
    let seen = 0;
    for await (const _order of api.iterateListPurchaseOrders()) {
      seen++;
    }
    expect(seen).toBe(5);
    expect(pages).toEqual([1, 2, 3]);
  });
});

/** Operations whose success documents no body, with the arguments of their examples. */
const bodiless = [...jsonCases]
  .filter((c) => c.response.status === 200 && c.response.body === undefined && c.response.mediaType === undefined)
  .filter((c, i, all) => all.findIndex((o) => o.operation.id === c.operation.id) === i);

describe("a success body where none is documented", () => {
  it("is tried on the operations the issue reported", () => {
    const ids = bodiless.map((c) => c.operation.id);
    for (const id of ["updateTax", "updateSequence", "sendSimplifiedInvoiceByEmail", "updateAccount"]) {
      expect(ids).toContain(id);
    }
  });

  const answers = {
    xml: () => xmlAnswer('<?xml version="1.0" encoding="UTF-8"?>\n<tax><id>3</id><name>IVA23</name></tax>'),
    json: () => new Response("{}", { status: 200, headers: { "content-type": "application/json" } }),
  };
  const table = bodiless.flatMap((c) =>
    (["json", "xml"] as const).flatMap((format) =>
      (["strict", "warn", "off"] as const).map((mode) => ({ id: c.operation.id, format, mode, c })),
    ),
  );

  it.each(table)("$id ($format, $mode) resolves to undefined, the body on the raw response", async (row) => {
    const { c, format, mode } = row;
    const { api } = client(format, answers[format], mode);
    await expect(method(api, c.operation.id)(c.args)).resolves.toBeUndefined();
    const safe = (api as unknown as { safe: Record<string, Call> }).safe[c.operation.id]!;
    const result = (await safe(c.args)) as { data: unknown; error: unknown; response: Response };
    expect(result.error).toBeUndefined();
    expect(result.data).toBeUndefined();
    expect(await result.response.text()).toBe(await answers[format]().text());
  });

  it("an error answer without a documented body is InvoiceXpressApiError with the text kept", async () => {
    const { api } = client(
      "xml",
      () => new Response("Service busy", { status: 409, headers: { "content-type": "text/plain" } }),
    );
    const updateTax = bodiless.find((c) => c.operation.id === "updateTax")!;
    const error = await method(api, "updateTax")(updateTax.args).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvoiceXpressApiError);
    expect(error).toMatchObject({ status: 409, body: "Service busy" });
  });
});
