import { readFileSync } from "node:fs";
import { decodeXml, encodeXml, type XmlMapping } from "@billforge/xml";
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import { compare } from "./harness.js";
import type { Figure } from "./results.js";
import { REPO_ROOT } from "./spec-examples.js";

const FIXTURE = `${REPO_ROOT}packages/xml/test-fixtures/invoicexpress/invoices.list.xml`;
const MAPPINGS = "../../packages/invoicexpress/dist/generated/xml-mappings.gen.js";

/**
 * An InvoiceXpress invoice list of at least `bytes` bytes: the recorded invoices of the
 * list fixture, repeated (ids renumbered) under `<invoices type="array">`.
 */
export function invoiceListXml(bytes: number): string {
  const invoices = readFileSync(FIXTURE, "utf8").match(/<invoice>[\s\S]*?<\/invoice>/g) ?? [];
  if (invoices.length === 0) {
    throw new Error(`no <invoice> in ${FIXTURE}`);
  }
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const invoice = (invoices[i % invoices.length] as string).replace(/<id>\d+<\/id>/, `<id>${1_000_000 + i}</id>`);
    parts.push(`  ${invoice}\n`);
    size += invoice.length + 3;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<invoices type="array">\n${parts.join("")}</invoices>\n`;
}

/** The XML mapping of one invoice (getInvoice's answer), named after its schema as every mapping is. */
export const INVOICE_BODY = "InvoiceBody";

/**
 * The list as an array of the generated single-invoice mapping, so it does not depend on how
 * the list operation's own mapping models pagination.
 */
export function invoiceListMapping(xmlMappings: Readonly<Record<string, XmlMapping>>): XmlMapping {
  const single = xmlMappings[INVOICE_BODY];
  if (single === undefined) {
    throw new Error(`no ${INVOICE_BODY} XML mapping`);
  }
  return {
    root: "invoices",
    node: { kind: "array", itemName: single.root, items: single.node },
    ...(single.definitions === undefined ? {} : { definitions: single.definitions }),
  };
}

/** Decode and encode of a 1 MB invoice list: our codec against raw fast-xml-parser, same document. */
export async function xmlCodecFigures(options: { rounds?: number } = {}): Promise<Figure[]> {
  const xml = invoiceListXml(1024 * 1024);
  const megabytes = Buffer.byteLength(xml) / (1024 * 1024);
  const { xmlMappings } = (await import(MAPPINGS)) as { xmlMappings: Record<string, XmlMapping> };
  const mapping = invoiceListMapping(xmlMappings);
  // Raw: fast-xml-parser as its README shows it, attributes kept so the build round-trips.
  const parser = new XMLParser({ ignoreAttributes: false });
  const builder = new XMLBuilder({ ignoreAttributes: false });
  const value = decodeXml(xml, mapping);
  const raw = parser.parse(xml) as unknown;
  const medians = await compare(
    [
      { name: "decode", run: () => decodeXml(xml, mapping) },
      { name: "parse", run: () => parser.parse(xml) },
      { name: "encode", run: () => encodeXml(value, mapping) },
      { name: "build", run: () => builder.build(raw) },
    ],
    { rounds: options.rounds ?? 9, warmup: 3, iterations: 1 },
  );
  const rate = (ms: number) => megabytes / (ms / 1000);
  const figure = (name: string, ours: number, theirs: number, baseline: string): Figure => ({
    section: `XML codec, ${megabytes.toFixed(2)} MB invoice list`,
    name,
    value: `${rate(ours).toFixed(1)} MB/s`,
    baseline: `${baseline} ${rate(theirs).toFixed(1)} MB/s`,
    ratio: rate(ours) / rate(theirs),
    bar: "≥ 0.7× throughput",
    met: rate(ours) / rate(theirs) >= 0.7,
  });
  return [
    figure("decodeXml", medians.decode as number, medians.parse as number, "XMLParser.parse"),
    figure("encodeXml", medians.encode as number, medians.build as number, "XMLBuilder.build"),
  ];
}
