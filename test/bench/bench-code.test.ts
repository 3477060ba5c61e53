// The benchmark code itself, on tiny inputs: it must measure what it says it measures.
// Nothing here is timed; `pnpm bench` does the timing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpec } from "@billforge/generator";
import type { OperationDescriptor } from "@billforge/runtime";
import { decodeXml, type XmlMapping } from "@billforge/xml";
import { afterAll, describe, expect, it } from "vitest";
import * as billogramOperations from "../../packages/billogram/src/generated/operations.gen.js";
import * as invoicexpressOperations from "../../packages/invoicexpress/src/generated/operations.gen.js";
import { xmlMappings } from "../../packages/invoicexpress/src/generated/xml-mappings.gen.js";
import { bundle, inputsOf, ONE_OPERATION } from "./bundle-size.js";
import { formatSelfTime, topSelfTime } from "./cpu-profile-summary.js";
import { compare, median } from "./harness.js";
import { billogramCustomer, invoiceWithItems } from "./per-call.js";
import { syntheticSpec } from "./synthetic-spec.js";
import { invoiceListMapping, invoiceListXml } from "./xml-codec.js";

const scratch = mkdtempSync(join(tmpdir(), "billforge-bench-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const responseSchema = (operations: Record<string, unknown>, id: string) => {
  const op = Object.values(operations).find((d) => (d as OperationDescriptor).id === id) as OperationDescriptor;
  const schema = op.responses
    .find((r) => r.status === "200")
    ?.media.find((m) => m.mediaType === "application/json")?.schema;
  if (schema === undefined) throw new Error(`no JSON schema for ${id} 200`);
  return schema();
};

describe("synthetic spec", () => {
  it.each([1, 7, 25])("has exactly %i operations and loads without an error or warning", async (count) => {
    const file = join(scratch, `synthetic-${count}.yaml`);
    writeFileSync(file, syntheticSpec(count));
    const loaded = await loadSpec(file, { profile: "strict" });
    expect(loaded.diagnostics).toEqual([]);
    const operations = Object.values(loaded.document?.paths ?? {}).flatMap((item) => Object.keys(item as object));
    expect(operations).toHaveLength(count);
  });

  it("is deterministic and refuses a count that is not a positive integer", () => {
    expect(syntheticSpec(12)).toBe(syntheticSpec(12));
    expect(() => syntheticSpec(0)).toThrow(RangeError);
    expect(() => syntheticSpec(1.5)).toThrow(RangeError);
  });
});

describe("harness", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it("runs every case the same number of times, interleaved, and reports each by name", async () => {
    const calls: string[] = [];
    const medians = await compare(
      [
        { name: "a", run: () => calls.push("a") },
        { name: "b", run: async () => calls.push("b") },
      ],
      { rounds: 3, iterations: 2, warmup: 1 },
    );
    expect(Object.keys(medians).sort()).toEqual(["a", "b"]);
    expect(calls.filter((c) => c === "a")).toHaveLength(calls.length / 2);
    // Rounds alternate which case goes first.
    expect(calls.slice(2).join("")).toBe("aabbbbaaaabb");
  });
});

describe("cpu profile summary", () => {
  it("ranks functions by self time and shares of the total", () => {
    const frame = (functionName: string) => ({ functionName, url: "file:///x/generator/dist/a.js", lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame("slow") },
        { id: 2, callFrame: frame("fast") },
      ],
      samples: [1, 1, 2, 1],
      timeDeltas: [1000, 1000, 1000, 1000],
    };
    const rows = topSelfTime(profile);
    expect(rows.map((r) => [r.name, r.milliseconds, r.share])).toEqual([
      ["slow", 3, 0.75],
      ["fast", 1, 0.25],
    ]);
    expect(formatSelfTime(rows)).toContain("slow  generator/dist/a.js:1");
  });
});

describe("per-call bodies", () => {
  it("the Billogram customer is valid against the generated schema", () => {
    expect(responseSchema(billogramOperations, "getCustomer").safeParse(billogramCustomer()).error).toBeUndefined();
  });

  it("the InvoiceXpress invoice has 20 items and is valid against the generated schema", () => {
    const invoice = invoiceWithItems(20);
    expect(invoice.invoice.items).toHaveLength(20);
    expect(responseSchema(invoicexpressOperations, "getInvoice").safeParse(invoice).error).toBeUndefined();
  });
});

describe("XML invoice list", () => {
  it("reaches the size asked for and decodes into one invoice per recorded one", () => {
    const xml = invoiceListXml(64 * 1024);
    expect(Buffer.byteLength(xml)).toBeGreaterThanOrEqual(64 * 1024);
    const invoices = decodeXml(xml, invoiceListMapping(xmlMappings as Record<string, XmlMapping>)) as unknown[];
    expect(invoices).toHaveLength(xml.match(/<invoice>/g)?.length ?? -1);
    expect(invoices[0]).toMatchObject({ id: 1_000_000, status: "settled" });
  });
});

describe("bundles", () => {
  const sources = { conditions: ["@billforge/source"], externalZod: true };
  const hasXmlParser = (inputs: readonly string[]) => inputs.some((input) => input.includes("fast-xml-parser"));

  it("a JSON-only InvoiceXpress user loads fast-xml-parser only if XML is used: in a lazy chunk, never the entry", async () => {
    const bundled = await bundle(ONE_OPERATION.invoicexpress as string, sources);
    expect(hasXmlParser(inputsOf(bundled, bundled.entry))).toBe(false);
    // The generated client registers the XML codec, which imports the engine on first use.
    expect(bundled.lazy.some((file) => hasXmlParser(inputsOf(bundled, file)))).toBe(true);
  });
});
