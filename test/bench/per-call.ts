import { createBillogramCore, getCustomer } from "@billforge/billogram";
import { createInvoiceXpressCore, getInvoice } from "@billforge/invoicexpress";
import type { ValidationMode } from "@billforge/runtime";
import { encodeXml, type XmlMapping } from "@billforge/xml";
import { XMLParser } from "fast-xml-parser";
import createClient from "openapi-fetch";
import { compare } from "./harness.js";
import { type Figure, us } from "./results.js";
import { responseExample } from "./spec-examples.js";
import { INVOICE_BODY } from "./xml-codec.js";

const BASE = "https://bench.example.com";

type StubFetch = (request: Request, init?: { signal: AbortSignal }) => Promise<Response>;

/** An in-process `fetch` answering every request with the same body, as a server would. */
function stubFetch(body: string, contentType: string): StubFetch {
  return async () => new Response(body, { status: 200, headers: { "content-type": contentType } });
}

/** The stub as openapi-fetch should call it: with a signal, handed over as the client hands it (beside the Request). */
function fetchWith(fetch: StubFetch, signal: AbortSignal | undefined): StubFetch {
  return signal === undefined ? fetch : (request) => fetch(request, { signal });
}

/** What any per-call timeout costs, whoever implements it: a controller, its signal handed to fetch, a timer. */
async function withTimeout<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  try {
    return await call(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** A Billogram customer, as the spec documents it. */
export function billogramCustomer(): unknown {
  return responseExample("billogram", "getCustomer", "200");
}

/** An InvoiceXpress invoice with `count` items, grown from the spec's example. */
export function invoiceWithItems(count: number): { invoice: Record<string, unknown> } {
  const body = responseExample("invoicexpress", "getInvoice", "200") as { invoice: Record<string, unknown> };
  const [item] = body.invoice.items as Record<string, unknown>[];
  body.invoice.items = Array.from({ length: count }, (_, i) => ({ ...item, name: `Item ${i + 1}` }));
  return body;
}

const XML_MAPPINGS = "../../packages/invoicexpress/dist/generated/xml-mappings.gen.js";

interface Scenario {
  readonly name: string;
  readonly client: (validation: ValidationMode) => Promise<() => Promise<unknown>>;
  readonly bareOpenapiFetch: (signal?: AbortSignal) => Promise<unknown>;
  readonly rawFetch: () => Promise<unknown>;
  /** Which baseline the bars are measured against. */
  readonly barBaseline: string;
}

async function scenarios(): Promise<Scenario[]> {
  const customerBody = JSON.stringify(billogramCustomer());
  const billogramFetch = stubFetch(customerBody, "application/json");
  const invoice = invoiceWithItems(20);
  const invoiceJson = JSON.stringify(invoice);
  const invoiceFetch = stubFetch(invoiceJson, "application/json");
  const { xmlMappings } = (await import(XML_MAPPINGS)) as { xmlMappings: Record<string, XmlMapping> };
  const invoiceXml = encodeXml(invoice, xmlMappings[INVOICE_BODY] as XmlMapping);
  const invoiceXmlFetch = stubFetch(invoiceXml, "application/xml");
  // What a hand-written XML call would do: fast-xml-parser as documented, no schema.
  const xmlParser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

  const bare = createClient<Record<string, never>>({ baseUrl: BASE });
  const basic = { Authorization: `Basic ${btoa("bench-user:bench-key")}` };
  return [
    {
      name: "Billogram getCustomer (JSON)",
      client: async (validation) => {
        const core = createBillogramCore({
          apiUser: "bench-user",
          apiKey: "bench-key",
          baseUrl: BASE,
          fetch: billogramFetch,
          validation,
        });
        return () => getCustomer(core, { path: { customer_no: "10032" } });
      },
      bareOpenapiFetch: (signal) =>
        // biome-ignore lint/suspicious/noExplicitAny: the bare client is untyped on purpose: no generated types
        (bare as any).GET("/customer/{customer_no}", {
          params: { path: { customer_no: "10032" } },
          headers: basic,
          fetch: fetchWith(billogramFetch, signal),
        }),
      rawFetch: async () =>
        JSON.parse(await (await billogramFetch(new Request(`${BASE}/customer/10032`, { headers: basic }))).text()),
      barBaseline: "bare openapi-fetch",
    },
    {
      name: "InvoiceXpress getInvoice, 20 items (JSON)",
      client: async (validation) => {
        const core = createInvoiceXpressCore({
          accountName: "bench",
          apiKey: "bench-key",
          baseUrl: BASE,
          fetch: invoiceFetch,
          validation,
        });
        return () => getInvoice(core, { path: { "document-id": 1 } });
      },
      bareOpenapiFetch: (signal) =>
        // biome-ignore lint/suspicious/noExplicitAny: see above
        (bare as any).GET("/invoices/{document-id}.{format}", {
          params: { path: { "document-id": 1, format: "json" }, query: { api_key: "bench-key" } },
          fetch: fetchWith(invoiceFetch, signal),
        }),
      rawFetch: async () =>
        JSON.parse(await (await invoiceFetch(new Request(`${BASE}/invoices/1.json?api_key=bench-key`))).text()),
      barBaseline: "bare openapi-fetch",
    },
    {
      name: "InvoiceXpress getInvoice, 20 items (XML)",
      client: async (validation) => {
        const core = createInvoiceXpressCore({
          accountName: "bench",
          apiKey: "bench-key",
          baseUrl: BASE,
          format: "xml",
          fetch: invoiceXmlFetch,
          validation,
        });
        return () => getInvoice(core, { path: { "document-id": 1 } });
      },
      bareOpenapiFetch: async (signal) => {
        // biome-ignore lint/suspicious/noExplicitAny: see above
        const { data } = await (bare as any).GET("/invoices/{document-id}.{format}", {
          params: { path: { "document-id": 1, format: "xml" }, query: { api_key: "bench-key" } },
          parseAs: "text",
          fetch: fetchWith(invoiceXmlFetch, signal),
        });
        return xmlParser.parse(data as string);
      },
      rawFetch: async () =>
        xmlParser.parse(await (await invoiceXmlFetch(new Request(`${BASE}/invoices/1.xml?api_key=bench-key`))).text()),
      barBaseline: "bare openapi-fetch + fast-xml-parser",
    },
  ];
}

/** Per-call overhead of the generated clients against bare openapi-fetch and raw fetch, same stub. */
export async function perCallFigures(options: { rounds?: number; warmup?: number } = {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const scenario of await scenarios()) {
    const off = await scenario.client("off");
    const strict = await scenario.client("strict");
    const medians = await compare(
      [
        { name: "off", run: off },
        { name: "strict", run: strict },
        { name: "bare", run: () => scenario.bareOpenapiFetch() },
        // The least a call with a timeout can do; the client does it too (a signal made and handed to fetch, a timer).
        { name: "bareTimeout", run: () => withTimeout(scenario.bareOpenapiFetch) },
        { name: "raw", run: scenario.rawFetch },
      ],
      // A few hundred calls leave V8 still tiering up the runtime's code: the first case timed
      // then paid for it (validation strict read 20-35 µs dearer than off, ~3 µs once warm).
      { rounds: options.rounds ?? 15, warmup: options.warmup ?? 5_000 },
    );
    const {
      off: offMs = Number.NaN,
      strict: strictMs = Number.NaN,
      bare: bareMs = Number.NaN,
      bareTimeout = Number.NaN,
      raw: rawMs = Number.NaN,
    } = medians;
    const section = `per call: ${scenario.name}`;
    /** One row: `ms` against `baselineMs`, checked against `limit` (a ratio) when there is one. */
    const row = (name: string, ms: number, baseline: string, baselineMs: number, limit?: number): Figure => ({
      section,
      name,
      value: us(ms),
      baseline: `${baseline} ${us(baselineMs)}`,
      ratio: ms / baselineMs,
      bar: limit === undefined ? "" : `≤ ${limit}×`,
      met: limit === undefined ? undefined : ms / baselineMs <= limit,
    });
    figures.push(
      row("client, validation off", offMs, scenario.barBaseline, bareMs, 1.15),
      row("client, validation strict", strictMs, scenario.barBaseline, bareMs, 1.5),
      row("client, validation off", offMs, "same + a timeout (signal to fetch, timer)", bareTimeout),
      row("client, validation off", offMs, "raw fetch + parse", rawMs),
      row("client, validation strict", strictMs, "raw fetch + parse", rawMs),
    );
  }
  return figures;
}
