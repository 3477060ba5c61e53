/**
 * The corpus: every real spec of real-specs.ts goes through `billforge generate --spec`
 * as a new user would run it (lenient profile), and the package it writes must type-check
 * with 0 errors, import, and make one call against a local server. Timings are printed,
 * never asserted (performance is measured by `pnpm bench`).
 */
import { readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIR, loadSpec } from "@billforge/generator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostics, tsFilesUnder, typecheck } from "../generator/support/typecheck.js";
import { runBillforge } from "../support/billforge.js";
import { startTestServer } from "../support/test-server.js";
import { planCall } from "./call-plan.js";
import { REAL_SPECS, type RealSpec, specPath } from "./real-specs.js";

// Inside the test package, so the generated packages resolve @billforge/runtime and zod from it.
const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", ".tmp", "corpus");
const outDir = (spec: RealSpec) => join(OUT, spec.name);
const generated = new Map<string, { code: number; output: string; ms: number }>();

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  for (const spec of REAL_SPECS) {
    const started = performance.now();
    const result = await runBillforge(
      OUT,
      "generate",
      "--spec",
      specPath(spec),
      "--out",
      outDir(spec),
      "--name",
      `@corpus/${spec.name}`,
    );
    generated.set(spec.name, { ...result, ms: Math.round(performance.now() - started) });
  }
}, 900_000);
afterAll(() => rm(OUT, { recursive: true, force: true }));

describe.each(REAL_SPECS)("real spec $name ($from, OpenAPI $openapi)", (spec) => {
  it("generates a client in the lenient profile: warnings at most, capped per code", () => {
    const result = generated.get(spec.name)!;
    expect(result.output.split("\n").filter((line) => / error BF\d+ /.test(line))).toEqual([]);
    expect(result.code).toBe(0);
    const written = /\((\d+) operations\)/.exec(result.output);
    expect(Number(written?.[1])).toBeGreaterThanOrEqual(spec.operations);
    // No code is printed more than three times per severity, however large the spec.
    const headings = result.output.match(/ (warning|info) BF\d+ /g) ?? [];
    const counts = new Map<string, number>();
    for (const heading of headings) {
      counts.set(heading, (counts.get(heading) ?? 0) + 1);
    }
    expect(Math.max(0, ...counts.values())).toBeLessThanOrEqual(3);
    console.log(`${spec.name}: generated in ${result.ms} ms`);
  });

  it("names the spec by a path relative to the package, never by this machine's path", async () => {
    const relative = `../../../node_modules/${spec.from}/${spec.file}`;
    for (const file of ["package.json", "README.md", "generated.json", "src/generated/client.gen.ts"]) {
      const text = await readFile(join(outDir(spec), file), "utf8");
      expect(text, file).not.toContain(dirname(specPath(spec)));
      if (file !== "README.md") {
        expect(text, file).toContain(relative);
      }
    }
  });

  it("imports, and makes one call against a local server", async () => {
    const loaded = await loadSpec(specPath(spec), { profile: "lenient" });
    const plan = planCall(buildIR(loaded.document!, { name: spec.name }));
    // Imported before the server starts: a large package takes long to load, the server's lifetime is bounded.
    const module = (await import(join(outDir(spec), "src", "index.ts"))) as Record<string, unknown>;
    const server = await startTestServer(() => ({ status: plan.status, body: plan.body }));
    try {
      const create = Object.entries(module).find(([key]) => /^create\w+Client$/.test(key))?.[1] as (
        options: Record<string, unknown>,
      ) => Record<string, (args?: unknown) => Promise<unknown>>;
      const silent = { debug() {}, info() {}, warn() {}, error() {} };
      const client = create({ baseUrl: server.url, validation: "warn", logger: silent, ...plan.credentials });
      await client[plan.method]!(plan.args);
      expect(server.requests).toHaveLength(1);
      const [request] = server.requests;
      expect(request!.method).toBe(plan.httpMethod);
      expect(decodeURIComponent(request!.url.split("?")[0]!)).toBe(decodeURIComponent(plan.path));
    } finally {
      await server.close();
    }
  }, 900_000);
});

it("every generated package type-checks with 0 errors", () => {
  const started = performance.now();
  // One program for the whole corpus: the runtime and zod are checked once, not per spec.
  const diagnostics = typecheck(REAL_SPECS.flatMap((spec) => tsFilesUnder(join(outDir(spec), "src"))));
  const bySpec = Object.fromEntries(
    REAL_SPECS.map((spec) => [
      spec.name,
      diagnostics.filter((d) => d.file?.fileName.startsWith(`${outDir(spec)}/`)).length,
    ]),
  );
  console.log(`corpus type-checked in ${Math.round(performance.now() - started)} ms`, bySpec);
  expect(formatDiagnostics(diagnostics.slice(0, 20))).toBe("");
}, 900_000);
