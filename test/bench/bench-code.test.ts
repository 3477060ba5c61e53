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
import { breakdownOf, bundle, inputsOf, moduleGroup, ONE_OPERATION } from "./bundle-size.js";
import { formatSelfTime, topSelfTime } from "./cpu-profile-summary.js";
import { compare, median } from "./harness.js";
import { billogramCustomer, invoiceWithItems } from "./per-call.js";
import { roundRatio } from "./real-spec.js";
import { syntheticSpec } from "./synthetic-spec.js";
import { invoiceListMapping, invoiceListXml } from "./xml-codec.js";

const scratch = mkdtempSync(join(tmpdir(), "billforge-bench-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const responseSchema = (operations: Record<string, unknown>, id: string) => {
  const op = Object.values(operations).find((d) => (d as OperationDescriptor).id === id) as OperationDescriptor;
  const schema = op.responses
    .find((r) => r.status === "200")
    ?.media.find((m) => m.mediaType === "application/json")?.schema;
  if (schema === undefined) {
    throw new Error(`no JSON schema for ${id} 200`);
  }
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
  it("real-spec: the median of per-round ratios, not the ratio of medians", () => {
    const result = (ms: number) => ({ ms, cpuMs: ms / 2, peakRssMb: 1 });
    // A burst of load in round 2 slows both sides of that round alike: its ratio stays 1.
    const ours = [100, 400, 120].map(result);
    const theirs = [100, 400, 100].map(result);
    expect(roundRatio(ours, theirs, "ms")).toBe(1);
    expect(roundRatio(ours, theirs, "cpuMs")).toBe(1);
    expect(median(ours.map((r) => r.ms)) / median(theirs.map((r) => r.ms))).toBe(1.2);
  });

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

  // What each client must not carry, and what it must: the second list proves the check can see a module.
  const OPTIONAL_MODULES = {
    oauth2: ["auth/oauth2-client-credentials-auth.ts", "auth/oauth2-token-provider.ts", "auth/oauth2-token-request.ts"],
    basic: ["auth/basic.ts"],
    bearer: ["auth/bearer-auth.ts"],
    apiKey: ["auth/api-key-auth.ts"],
    form: ["body/form-codec.ts"],
    pagination: ["pagination/paginate.ts"],
    serverVariables: ["safety/server-variables.ts"],
  } as const;
  it.each([
    ["hostup", ["oauth2", "basic", "bearer", "form", "pagination", "serverVariables"], ["apiKey"]],
    ["billogram", ["oauth2", "apiKey", "bearer", "form", "pagination", "serverVariables"], ["basic"]],
    // Exsited's OAuth2 token request is form-encoded, so encodeForm comes with it.
    ["exsited", ["basic", "apiKey", "bearer", "pagination", "serverVariables"], ["oauth2", "form"]],
    ["invoicexpress", ["oauth2", "basic", "bearer", "form", "pagination"], ["apiKey", "serverVariables"]],
  ] as const)(
    "one %s operation bundles only the auth method, codecs and helpers its API uses",
    async (provider, absent, present) => {
      const bundled = await bundle(ONE_OPERATION[provider] as string, sources);
      const runtimeModules = [bundled.entry, ...bundled.lazy]
        .flatMap((file) => inputsOf(bundled, file))
        .flatMap((input) => /packages\/runtime\/src\/(.+)$/.exec(input)?.[1] ?? []);
      for (const group of absent) {
        for (const module of OPTIONAL_MODULES[group]) {
          expect(runtimeModules, `${provider} ${group}`).not.toContain(module);
        }
      }
      for (const group of present) {
        for (const module of OPTIONAL_MODULES[group]) {
          expect(runtimeModules, `${provider} ${group}`).toContain(module);
        }
      }
    },
  );

  it("attributes every byte of the entry chunk to a module group", async () => {
    const bundled = await bundle(ONE_OPERATION.hostup as string, sources);
    const groups = breakdownOf(bundled, bundled.entry);
    expect(groups.map(([group]) => group)).toEqual(
      expect.arrayContaining(["openapi-fetch", "runtime call", "runtime auth", "generated code"]),
    );
    const attributed = groups.reduce((sum, [, bytes]) => sum + bytes, 0);
    // esbuild's own glue (imports, chunk wrapper) is the only unattributed part.
    expect(attributed / bundled.entry.contents.byteLength).toBeGreaterThan(0.95);
    expect(moduleGroup("/w/node_modules/.pnpm/openapi-fetch@0.17.0/node_modules/openapi-fetch/dist/index.mjs")).toBe(
      "openapi-fetch",
    );
    expect(moduleGroup("../../packages/runtime/src/client-core.ts")).toBe("runtime client core");
  });
});

describe("the testing entry stays out of the main entry", () => {
  const everything = (provider: string) => `import * as client from "@billforge/${provider}";\nconsole.log(client);`;
  it.each(["hostup", "billogram", "exsited", "invoicexpress"])(
    "%s: a bundle of every export of the main entry carries no mock module",
    async (provider) => {
      const bundled = await bundle(everything(provider), { conditions: ["@billforge/source"] });
      const inputs = [bundled.entry, ...bundled.lazy].flatMap((file) => inputsOf(bundled, file));
      // The check sees the generated package's own modules...
      expect(inputs.some((input) => input.includes(`packages/${provider}/src/generated/client.gen.ts`))).toBe(true);
      // ...and none of the testing entry's.
      expect(inputs.filter((input) => /runtime\/src\/mock\/|testing\.gen\.ts/.test(input))).toEqual([]);
    },
  );
});
