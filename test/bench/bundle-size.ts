import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type OutputFile } from "esbuild";
import type { Figure } from "./results.js";

const BENCH_DIR = new URL("./", import.meta.url).pathname;
const CONSUMER = "consumer.ts";

/** A consumer that imports one operation of one provider and calls it, as a user would. */
export const ONE_OPERATION: Readonly<Record<string, string>> = {
  hostup: `import { createHostupCore, getAccountDetails } from "@billforge/hostup";
console.log(await getAccountDetails(createHostupCore({ apiKey: "key" })));`,
  billogram: `import { createBillogramCore, getCustomer } from "@billforge/billogram";
console.log(await getCustomer(createBillogramCore({ apiUser: "user", apiKey: "key" }), { path: { customer_no: "1" } }));`,
  exsited: `import { createExsitedCore, getAccount } from "@billforge/exsited";
const core = createExsitedCore({ baseUrl: "https://example.com", clientId: "id", clientSecret: "secret", redirectUri: "https://example.com/cb" });
console.log(await getAccount(core, { path: { id: "1" } }));`,
  invoicexpress: `import { createInvoiceXpressCore, getInvoice } from "@billforge/invoicexpress";
console.log(await getInvoice(createInvoiceXpressCore({ apiKey: "key", accountName: "acme" }), { path: { "document-id": 1 } }));`,
};

export interface Bundle {
  /** The entry chunk: what loads before the first call. */
  readonly entry: OutputFile;
  /** Chunks loaded later through `import()`. */
  readonly lazy: readonly OutputFile[];
  readonly metafile: Metafile;
}

export interface BundleOptions {
  /** Leave `zod` out of the bundle (it is the user's own dependency, shared with their code). */
  readonly externalZod?: boolean;
  /** Extra export conditions, e.g. `@billforge/source` to bundle package sources unbuilt. */
  readonly conditions?: readonly string[];
}

/** Minified ESM bundle of `source` with code splitting, as a browser app would ship it. */
export async function bundle(source: string, options: BundleOptions = {}): Promise<Bundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: BENCH_DIR, loader: "ts", sourcefile: CONSUMER },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    outdir: "/bundle",
    metafile: true,
    logLevel: "silent",
    external: options.externalZod ? ["zod", "zod/*"] : [],
    ...(options.conditions ? { conditions: [...options.conditions] } : {}),
  });
  // Chunks reached by `import()` are entry points too; the consumer's own is named after it.
  const entryKey = Object.entries(result.metafile.outputs).find(([, output]) =>
    output.entryPoint?.endsWith(CONSUMER),
  )?.[0];
  const files = result.outputFiles.filter((file) => file.path.endsWith(".js"));
  const entry = files.find((file) => entryKey !== undefined && resolve(entryKey) === file.path);
  if (entry === undefined) throw new Error("esbuild produced no entry chunk");
  return { entry, lazy: files.filter((file) => file !== entry), metafile: result.metafile };
}

export const gzipKb = (file: OutputFile): number => gzipSync(file.contents, { level: 9 }).byteLength / 1024;

/** Input modules (package-relative paths) bundled into one output chunk. */
export function inputsOf(bundled: Bundle, file: OutputFile): string[] {
  const key = Object.keys(bundled.metafile.outputs).find((path) => resolve(path) === file.path);
  return key === undefined ? [] : Object.keys(bundled.metafile.outputs[key]?.inputs ?? {});
}

const ZOD_CLASSIC = `import { z } from "zod";
console.log(z.object({ id: z.number().int(), name: z.string().max(100).nullable().optional() }).parse({ id: 1 }));`;
const ZOD_MINI = `import { z } from "zod/mini";
console.log(z.object({ id: z.int(), name: z.optional(z.nullable(z.string().check(z.maxLength(100)))) }).parse({ id: 1 }));`;

/** Minified + gzipped size of one operation per provider, without and with zod; zod's entries compared. */
export async function bundleSizeFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const zodClassic = gzipKb((await bundle(ZOD_CLASSIC)).entry);
  for (const [provider, source] of Object.entries(ONE_OPERATION)) {
    const withoutZod = await bundle(source, { externalZod: true });
    const withZod = await bundle(source);
    const kb = gzipKb(withoutZod.entry);
    const lazyKb = withoutZod.lazy.reduce((sum, file) => sum + gzipKb(file), 0);
    figures.push(
      {
        section: `bundle, one ${provider} operation (min + gzip)`,
        name: "entry chunk, zod external",
        value: `${kb.toFixed(2)} KB`,
        baseline: `bar 8 KB${lazyKb > 0 ? `; lazy chunks ${lazyKb.toFixed(2)} KB more` : ""}`,
        ratio: kb / 8,
        bar: provider === "hostup" ? "< 8 KB" : "",
        met: provider === "hostup" ? kb < 8 : undefined,
      },
      {
        section: `bundle, one ${provider} operation (min + gzip)`,
        name: "entry chunk, zod included",
        value: `${gzipKb(withZod.entry).toFixed(2)} KB`,
        baseline: `zod alone (one small schema) ${zodClassic.toFixed(2)} KB`,
        ratio: gzipKb(withZod.entry) / zodClassic,
        bar: "",
        met: undefined,
      },
    );
  }
  const zodMini = gzipKb((await bundle(ZOD_MINI)).entry);
  figures.push({
    section: "bundle, zod entry points (one small schema)",
    name: "zod/mini",
    value: `${zodMini.toFixed(2)} KB`,
    baseline: `zod ${zodClassic.toFixed(2)} KB`,
    ratio: zodMini / zodClassic,
    bar: "",
    met: undefined,
  });
  return figures;
}
