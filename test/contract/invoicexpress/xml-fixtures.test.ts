import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import type { OperationDescriptor } from "@billforge/runtime";
import { decodeXml, encodeXml } from "@billforge/xml";
import { describe, expect, it } from "vitest";
import * as operations from "../../../packages/invoicexpress/src/generated/operations.gen.js";
import { xmlMappingOf } from "./xml-body.js";

// The real XML recorded by InvoiceXpress's team (copied with their notice into
// packages/xml/test-fixtures/invoicexpress/) decodes through the mappings the generator
// derived from specs/invoicexpress/openapi.yaml into values the generated zod schemas
// accept, and re-encodes into XML that decodes to the same value.
const FIXTURES = new URL("../../../packages/xml/test-fixtures/invoicexpress/", import.meta.url);

/** Fixture → the operation body it is a sample of: `<operationId>.<status | request>`. */
const SAMPLES: [file: string, body: string][] = [
  ["clients.create.xml", "createClient.201"],
  ["clients.get.xml", "getClient.200"],
  ["clients.list.xml", "listClients.200"],
  ["credit_notes.email_document.xml", "sendCreditNoteByEmail.request"],
  ["credit_notes.update_state.xml", "changeCreditNoteState.200"],
  ["invoices.create.xml", "createInvoice.201"],
  ["invoices.get.xml", "getInvoice.200"],
  ["invoices.list.xml", "listInvoices.200"],
  ["invoices.update_state.xml", "changeInvoiceState.200"],
  ["item.xml", "getItem.200"],
  ["item.xml", "createItem.request"],
  ["sequences.create.xml", "createSequence.201"],
  ["sequences.list.xml", "listSequences.200"],
  ["simplified_invoices.create.xml", "createSimplifiedInvoice.201"],
  ["simplified_invoices.get.xml", "getSimplifiedInvoice.200"],
  ["taxes.create.xml", "createTax.request"],
  ["taxes.list.xml", "listTaxes.200"],
  ["users.accounts.xml", "listUserAccounts.200"],
  ["users.login.xml", "logIn.200"],
];

/** Recorded answers with no content. */
const EMPTY_ANSWERS = ["ok.xml", "clients.update.xml"];

const descriptors = Object.values(operations) as OperationDescriptor[];

/** The zod schema the runtime checks this XML body against. */
function schemaOf(body: string) {
  const [id, where] = body.split(".") as [string, string];
  const op = descriptors.find((d) => d.id === id);
  const media = where === "request" ? op?.requestBody?.media : op?.responses.find((r) => r.status === where)?.media;
  const xml = media?.find((m) => m.mediaType === "application/xml");
  if (!xml?.schema || xml.xmlMapping === undefined) {
    throw new Error(`no XML schema for ${body}`);
  }
  return xml.schema();
}

describe("InvoiceXpress recorded XML through the generated mappings", () => {
  it("covers every recorded sample", () => {
    const recorded = readdirSync(FIXTURES).filter((file) => file.endsWith(".xml"));
    const covered = new Set([...SAMPLES.map(([file]) => file), ...EMPTY_ANSWERS]);
    expect([...covered].sort()).toEqual(recorded.sort());
  });

  // Answers without content: ok.xml is empty, clients.update.xml a lone newline.
  it.each(EMPTY_ANSWERS)("%s answers updateClient with no value", async (file) => {
    const body = readFileSync(fileURLToPath(new URL(file, FIXTURES)), "utf8");
    const fetch = async () => new Response(body, { status: 200, headers: { "content-type": "application/xml" } });
    const api = createInvoiceXpressClient({ accountName: "acme", apiKey: "contract-key-1", format: "xml", fetch });
    const client = { name: "Acme", code: "A1" };
    await expect(api.updateClient({ path: { "client-id": 1 }, body: { client } })).resolves.toBeUndefined();
  });

  for (const [file, body] of SAMPLES) {
    it(`${file} as ${body}`, () => {
      const xml = readFileSync(fileURLToPath(new URL(file, FIXTURES)), "utf8");
      const mapping = xmlMappingOf(body);
      const value = decodeXml(xml, mapping);
      const parsed = schemaOf(body).safeParse(value);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(decodeXml(encodeXml(value, mapping), mapping)).toEqual(value);
    });
  }

  it("reads the page counters beside the items into pagination, as JSON nests them", () => {
    const xml = readFileSync(fileURLToPath(new URL("invoices.list.xml", FIXTURES)), "utf8");
    const value = decodeXml(xml, xmlMappingOf("listInvoices.200")) as Record<string, unknown>;
    expect(value.pagination).toEqual({ current_page: 1, total_pages: 2, total_entries: 15, per_page: 10 });
    expect(Object.keys(value).sort()).toEqual(["invoices", "pagination"]);
  });

  it("keeps decimals as their text and decodes numeric character references", () => {
    const xml = readFileSync(fileURLToPath(new URL("invoices.get.xml", FIXTURES)), "utf8");
    expect(xml).toContain("<unit_price>30.0</unit_price>");
    expect(xml).toMatch(/&#\d+;/);
    const text = JSON.stringify(decodeXml(xml, xmlMappingOf("getInvoice.200")));
    expect(text).toContain('"unit_price":"30.0"');
    expect(text).not.toMatch(/&#\d+;/);
  });
});
