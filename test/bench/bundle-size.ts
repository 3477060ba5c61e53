import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type OutputFile } from "esbuild";
import type { Figure } from "./results.js";

const BENCH_DIR = new URL("./", import.meta.url).pathname;
const CONSUMER = "consumer.ts";

/** A consumer that imports one operation of one provider and calls it, as a user would. */
export const ONE_OPERATION: Readonly<Record<string, string>> = {
  hostup: `import { createHostupCore, getAccountDetails } from "@billforge/hostup";
console.log(await getAccountDetails(createHostupCore({ apiKey: "bench-api-key-1" })));`,
  billogram: `import { createBillogramCore, getCustomer } from "@billforge/billogram";
console.log(await getCustomer(createBillogramCore({ apiUser: "user", apiKey: "bench-api-key-1" }), { path: { customer_no: "1" } }));`,
  exsited: `import { createExsitedCore, getAccount } from "@billforge/exsited";
const core = createExsitedCore({ baseUrl: "https://example.com", clientId: "id", clientSecret: "bench-client-secret", redirectUri: "https://example.com/cb" });
console.log(await getAccount(core, { path: { id: "1" } }));`,
  invoicexpress: `import { createInvoiceXpressCore, getInvoice } from "@billforge/invoicexpress";
console.log(await getInvoice(createInvoiceXpressCore({ apiKey: "bench-api-key-1", accountName: "acme" }), { path: { "document-id": 1 } }));`,
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
  if (entry === undefined) {
    throw new Error("esbuild produced no entry chunk");
  }
  return { entry, lazy: files.filter((file) => file !== entry), metafile: result.metafile };
}

export const gzipKb = (file: OutputFile): number => gzipSync(file.contents, { level: 9 }).byteLength / 1024;

/** Input modules (package-relative paths) bundled into one output chunk. */
export function inputsOf(bundled: Bundle, file: OutputFile): string[] {
  const key = Object.keys(bundled.metafile.outputs).find((path) => resolve(path) === file.path);
  return key === undefined ? [] : Object.keys(bundled.metafile.outputs[key]?.inputs ?? {});
}

/** Where a module of the bundle comes from, for the breakdown: a runtime folder, openapi-fetch, generated code. */
export function moduleGroup(input: string): string {
  const runtime = /packages\/runtime\/(?:src|dist)\/(?:([^/]+)\/)?[^/]+$/.exec(input);
  if (runtime !== null) {
    return `runtime ${runtime[1] ?? "client core"}`;
  }
  if (/packages\/[^/]+\/(?:src|dist)\/generated\//.test(input)) {
    return "generated code";
  }
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (dependency !== null) {
    return dependency[1] ?? "other";
  }
  return input.endsWith(CONSUMER) ? "consumer file" : "other";
}

/** Minified bytes of `file` per module group (esbuild's metafile), largest first. */
export function breakdownOf(bundled: Bundle, file: OutputFile): [group: string, bytes: number][] {
  const key = Object.keys(bundled.metafile.outputs).find((path) => resolve(path) === file.path);
  const groups = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(bundled.metafile.outputs[key ?? ""]?.inputs ?? {})) {
    groups.set(moduleGroup(input), (groups.get(moduleGroup(input)) ?? 0) + bytesInOutput);
  }
  return [...groups].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
}

/**
 * The part of every call no client option can drop: the call pipeline with what it
 * imports, the openapi-fetch transport and one operation's descriptor and schemas; no
 * client core, auth, redactor, logger or server selection. Bundled from sources.
 */
const CALL_PIPELINE_ALONE = `import { executeCall } from "../../packages/runtime/src/call/execute-call.ts";
import { createTransport } from "../../packages/runtime/src/transport/openapi-fetch-adapter.ts";
import { getAccountDetailsOperation } from "../../packages/hostup/src/generated/operations.gen.ts";
console.log(executeCall, createTransport, getAccountDetailsOperation);`;

const OPENAPI_FETCH_ALONE = `import createClient from "openapi-fetch";
console.log(await createClient({ baseUrl: "https://example.com" }).GET("/x"));`;

const ZOD_CLASSIC = `import { z } from "zod";
console.log(z.object({ id: z.number().int(), name: z.string().max(100).nullable().optional() }).parse({ id: 1 }));`;
// Named imports, as generated schemas use zod/mini: its \`z\` namespace object keeps every builder.
const ZOD_MINI = `import { int, maxLength, nullable, object, optional, string } from "zod/mini";
console.log(object({ id: int(), name: optional(nullable(string().check(maxLength(100)))) }).parse({ id: 1 }));`;

/** One operation with zod bundled in (the schemas are zod/mini's tree-shakeable functions). */
const WITH_ZOD_BAR_KB = 30;

/** Minified + gzipped size of one operation per provider, without and with zod; zod's entries compared. */
export async function bundleSizeFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const zodClassic = gzipKb((await bundle(ZOD_CLASSIC)).entry);
  const zodMini = gzipKb((await bundle(ZOD_MINI)).entry);
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
        baseline: `bar ${WITH_ZOD_BAR_KB} KB; zod/mini alone (one small schema) ${zodMini.toFixed(2)} KB`,
        ratio: gzipKb(withZod.entry) / WITH_ZOD_BAR_KB,
        bar: `< ${WITH_ZOD_BAR_KB} KB`,
        met: gzipKb(withZod.entry) < WITH_ZOD_BAR_KB,
      },
    );
  }
  const hostup = await bundle(ONE_OPERATION.hostup as string, { externalZod: true });
  const minified = hostup.entry.contents.byteLength;
  for (const [group, bytes] of breakdownOf(hostup, hostup.entry)) {
    figures.push({
      section: "bundle, one hostup operation: minified entry by module (esbuild metafile)",
      name: group,
      value: `${(bytes / 1024).toFixed(2)} KB`,
      baseline: `of ${(minified / 1024).toFixed(2)} KB minified`,
      ratio: bytes / minified,
      bar: "",
      met: undefined,
    });
  }
  const openapiFetch = gzipKb((await bundle(OPENAPI_FETCH_ALONE)).entry);
  const pipeline = gzipKb((await bundle(CALL_PIPELINE_ALONE, { externalZod: true })).entry);
  figures.push({
    section: "bundle, what every call needs whatever the client (min + gzip)",
    name: "call pipeline + transport + one hostup operation, from sources (the floor)",
    value: `${pipeline.toFixed(2)} KB`,
    baseline: "bar 8 KB",
    ratio: pipeline / 8,
    bar: "",
    met: undefined,
  });
  figures.push({
    section: "bundle, what every call needs whatever the client (min + gzip)",
    name: "openapi-fetch alone (part of the floor)",
    value: `${openapiFetch.toFixed(2)} KB`,
    baseline: "bar 8 KB",
    ratio: openapiFetch / 8,
    bar: "",
    met: undefined,
  });
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
