/**
 * The real InvoiceXpress samples (test-fixtures/invoicexpress, copied with their notice
 * from the shared fixtures) decode with spec-like mappings, and re-encode to XML that
 * decodes to the same value.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clientInvoicesMapping, fixtureMappings } from "../test/invoicexpress-mappings.js";
import { decodeXml, encodeXml } from "./index.js";

const folder = new URL("../test-fixtures/invoicexpress/", import.meta.url);
const files = readdirSync(folder).filter((file) => file.endsWith(".xml"));
const read = (file: string) => readFileSync(new URL(file, folder));

function mappingFor(file: string) {
  const mapping = fixtureMappings[file];
  if (mapping === undefined) {
    throw new Error(`no mapping for fixture ${file}`);
  }
  return mapping;
}

describe("InvoiceXpress fixtures", () => {
  it("has a mapping for every fixture file", () => {
    expect(files.sort()).toEqual(Object.keys(fixtureMappings).sort());
  });

  it.each(files)("%s decodes, re-encodes and decodes to the same value", (file) => {
    const mapping = mappingFor(file);
    const value = decodeXml(read(file), mapping);
    const xml = encodeXml(value, mapping);
    expect(decodeXml(xml, mapping)).toEqual(value);
  });

  it("invoices.list: repeated invoices beside pagination, references decoded, decimals kept as text", () => {
    const list = decodeXml(read("invoices.list.xml"), mappingFor("invoices.list.xml")) as {
      invoices: {
        client: { address: string };
        items: { unit_price: unknown }[];
        observations: string;
        reference: unknown;
      }[];
    };
    expect(list).toMatchObject({ current_page: 1, total_pages: 2, total_entries: 15, per_page: 10 });
    expect(list.invoices).toHaveLength(10);
    expect(list.invoices[0]?.client.address).toBe("Rua Luisa de Camões 18");
    expect(list.invoices[0]?.items.map((item) => item.unit_price)).toEqual(["120.0", "50.0"]);
    expect(list.invoices[0]?.reference).toBeNull();
    expect(list.invoices[3]?.observations).toBe(
      "Artigo 6º do Decreto‐Lei nº 198/90, de 19 de Junho.  Artigo 16º nº 6 do CIVA. ",
    );
  });

  it("invoices.get: wrapped arrays with one child are arrays; typed attributes are ignored", () => {
    const { invoice } = decodeXml(read("invoices.get.xml"), mappingFor("invoices.get.xml")) as {
      invoice: Record<string, unknown>;
    };
    expect(invoice).toMatchObject({
      id: 1503698,
      archived: false,
      observations: "Artigo 16º nº 6 do CIVA. ",
      retention: null,
      items: [{ name: "Item 1", description: null, tax: { name: null, value: "0.0" }, total: "30.0" }],
      invoice_timeline: [{ type: "create", date: "20/06/2013", time: "17:40", user: "info@thinkorange.pt" }],
    });
  });

  it("clients.list: list root without type=array, empty elements and a blank block are null", () => {
    expect(decodeXml(read("clients.list.xml"), mappingFor("clients.list.xml"))).toEqual([
      {
        id: 393116,
        name: "Ruben Fonseca",
        email: "fonseka@gmail.com",
        address: null,
        postal_code: null,
        fiscal_id: null,
        website: null,
        phone: null,
        fax: null,
        city: "Lisboa",
        preferred_contact: null,
        observations: null,
        send_options: null,
      },
    ]);
  });

  it("clients.get: numeric-looking codes stay strings, comments are ignored", () => {
    expect(decodeXml(read("clients.get.xml"), mappingFor("clients.get.xml"))).toMatchObject({
      client: {
        id: 345,
        code: "1337",
        fiscal_id: "1122331122",
        send_options: "1",
        preferred_contact: { name: "Rui Alves" },
      },
    });
  });

  it("taxes.list and sequences.list: 0/1 read as the mapping says", () => {
    expect(decodeXml(read("taxes.list.xml"), mappingFor("taxes.list.xml"))).toMatchObject([
      { value: "20", default_tax: 1 },
      { default_tax: 0 },
    ]);
    expect(decodeXml(read("sequences.list.xml"), mappingFor("sequences.list.xml"))).toMatchObject([
      { serie: "2013", default_sequence: true },
    ]);
  });

  it("empty bodies decode to undefined", () => {
    expect(decodeXml(read("ok.xml"), mappingFor("ok.xml"))).toBeUndefined();
    expect(decodeXml(read("clients.update.xml"), mappingFor("clients.update.xml"))).toBeUndefined();
  });

  it("an invoice request is sent with items type=array", () => {
    const mapping = mappingFor("invoices.create.xml");
    const xml = encodeXml(decodeXml(read("invoices.create.xml"), mapping), mapping);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<invoice><id>1503698<\/id>/);
    expect(xml).toContain('<items type="array"><item><name>Item 1</name>');
  });

  it("client invoices nest pagination in <results>", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<invoices type="array">
  <invoice><id>1</id><items type="array"/></invoice>
  <results><current_page>1</current_page><entries>1</entries><total_entries>1</total_entries><total_pages>1</total_pages><per_page>10</per_page></results>
</invoices>`;
    expect(decodeXml(xml, clientInvoicesMapping)).toEqual({
      invoices: [{ id: 1, items: [] }],
      results: { current_page: 1, entries: 1, total_entries: 1, total_pages: 1, per_page: 10 },
    });
  });
});
