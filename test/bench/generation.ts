import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { median } from "./harness.js";
import { type Figure, ms } from "./results.js";
import { REPO_ROOT } from "./spec-examples.js";
import { syntheticSpec } from "./synthetic-spec.js";

const run = promisify(execFile);
const CLI = join(REPO_ROOT, "generator/bin/billforge.js");
const PROVIDERS = ["billogram", "exsited", "hostup", "invoicexpress"];
const BENCH_DIR = new URL("./", import.meta.url).pathname;

/** Wall milliseconds of one command. */
async function wall(file: string, args: readonly string[], cwd: string): Promise<number> {
  const started = performance.now();
  await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - started;
}

/** `billforge generate` as bin/billforge.js runs it, reporting its own CPU time (user + system) at the end. */
const CLI_WITH_CPU = `
import { main } from ${JSON.stringify(join(REPO_ROOT, "generator/dist/cli.js"))};
process.exitCode = await main(["generate"], () => {});
const { user, system } = process.cpuUsage();
console.log(JSON.stringify({ cpuMs: (user + system) / 1000 }));
`;

/** Wall and CPU milliseconds of one `billforge generate` in `cwd`. */
async function generateOnce(cwd: string): Promise<{ wallMs: number; cpuMs: number }> {
  const started = performance.now();
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", CLI_WITH_CPU], { cwd });
  const wallMs = performance.now() - started;
  return { wallMs, cpuMs: (JSON.parse(stdout.trim().split("\n").at(-1) as string) as { cpuMs: number }).cpuMs };
}

/** A throwaway workspace holding a copy of our specs and no generated package. */
function scratchWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "billforge-bench-"));
  cpSync(join(REPO_ROOT, "pnpm-workspace.yaml"), join(dir, "pnpm-workspace.yaml"));
  cpSync(join(REPO_ROOT, "specs"), join(dir, "specs"), { recursive: true });
  return dir;
}

/** openapi-typescript alone on the same four specs, one process: the types-only baseline. */
const TYPES_ONLY = `
import openapiTS, { astToString } from "openapi-typescript";
import { pathToFileURL } from "node:url";
for (const spec of process.argv.slice(1)) astToString(await openapiTS(pathToFileURL(spec), { silent: true }));
`;

/**
 * `billforge generate` for our four specs: cold (fresh process, empty output, so no
 * provenance fast path) and with nothing changed, against openapi-typescript alone and
 * against a bare `node` start, all measured in alternation.
 */
export async function generationFigures(options: { rounds?: number } = {}): Promise<Figure[]> {
  const rounds = options.rounds ?? 3;
  const workspace = scratchWorkspace();
  const specs = PROVIDERS.map((p) => join(workspace, "specs", p, "openapi.yaml"));
  const samples = {
    cold: [] as number[],
    coldCpu: [] as number[],
    perProcess: [] as number[],
    unchanged: [] as number[],
  };
  const baseline = { typesOnly: [] as number[], node: [] as number[] };
  try {
    for (let round = 0; round < rounds; round += 1) {
      rmSync(join(workspace, "packages"), { recursive: true, force: true });
      const cold = await generateOnce(workspace);
      samples.cold.push(cold.wallMs);
      samples.coldCpu.push(cold.cpuMs);
      samples.unchanged.push(await wall(process.execPath, [CLI, "generate"], workspace));
      baseline.typesOnly.push(
        await wall(process.execPath, ["--input-type=module", "-e", TYPES_ONLY, ...specs], BENCH_DIR),
      );
      baseline.node.push(await wall(process.execPath, ["-e", ""], workspace));
      // The former `pnpm generate`: turbo ran one process per package, all at once.
      rmSync(join(workspace, "packages"), { recursive: true, force: true });
      const started = performance.now();
      await Promise.all(PROVIDERS.map((p) => run(process.execPath, [CLI, "generate", p], { cwd: workspace })));
      samples.perProcess.push(performance.now() - started);
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  const cold = median(samples.cold);
  const coldCpu = median(samples.coldCpu);
  const perProcess = median(samples.perProcess);
  const unchanged = median(samples.unchanged);
  const typesOnly = median(baseline.typesOnly);
  const node = median(baseline.node);
  const section = "generation, our 4 specs";
  return [
    {
      section,
      name: "cold, one process (`pnpm generate`)",
      value: ms(cold),
      baseline: `bar 4000 ms; openapi-typescript types-only ${ms(typesOnly)}`,
      ratio: cold / typesOnly,
      bar: "< 4000 ms wall",
      met: cold < 4000,
    },
    {
      section,
      name: "cold, one process: CPU time (user + system; ≈ wall on an idle machine)",
      value: ms(coldCpu),
      baseline: `bar 4000 ms; wall in this run ${ms(cold)}`,
      ratio: coldCpu / 4000,
      bar: "",
      met: undefined,
    },
    {
      section,
      name: "cold, one process per package in parallel (former turbo fan-out)",
      value: ms(perProcess),
      baseline: `one process ${ms(cold)}`,
      ratio: perProcess / cold,
      bar: "",
      met: undefined,
    },
    {
      section,
      name: "nothing changed (provenance fast path)",
      value: ms(unchanged),
      baseline: `bar 1500 ms; bare node start ${ms(node)}`,
      ratio: unchanged / node,
      bar: "< 1500 ms wall",
      met: unchanged < 1500,
    },
  ];
}

/** One generation (billforge or openapi-typescript) measured in a process of its own. */
export interface WorkerResult {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
}

export async function worker(args: readonly string[]): Promise<WorkerResult> {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", join(BENCH_DIR, "generation-worker.ts"), ...args],
    { cwd: BENCH_DIR, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1) as string) as WorkerResult;
}

export const SCALING_SIZES = [100, 300, 1000, 3000] as const;

/**
 * Full generation of synthetic specs against openapi-typescript's types-only time on the
 * same spec, each in a fresh process, alternating; linearity and peak memory.
 */
export async function scalingFigures(options: { sizes?: readonly number[]; rounds?: number } = {}): Promise<Figure[]> {
  const sizes = options.sizes ?? SCALING_SIZES;
  const dir = mkdtempSync(join(tmpdir(), "billforge-scaling-"));
  const figures: Figure[] = [];
  const perOperation = new Map<number, number>();
  try {
    for (const size of sizes) {
      const spec = join(dir, `synthetic-${size}.yaml`);
      writeFileSync(spec, syntheticSpec(size));
      const ours: WorkerResult[] = [];
      const theirs: WorkerResult[] = [];
      for (let round = 0; round < (options.rounds ?? (size >= 3000 ? 2 : 3)); round += 1) {
        const out = join(dir, `out-${size}-${round}`);
        ours.push(await worker(["billforge", spec, out]));
        theirs.push(await worker(["openapi-typescript", spec]));
        rmSync(out, { recursive: true, force: true });
      }
      const oursMs = median(ours.map((r) => r.ms));
      const theirsMs = median(theirs.map((r) => r.ms));
      perOperation.set(size, oursMs / size);
      const section = `scaling, synthetic spec of ${size} operations`;
      figures.push({
        section,
        name: "full generation (load, lint, types, zod, client, functions)",
        value: ms(oursMs),
        baseline: `openapi-typescript types-only ${ms(theirsMs)}`,
        ratio: oursMs / theirsMs,
        bar: "≤ 1.5×",
        met: oursMs / theirsMs <= 1.5,
      });
      const oursCpu = median(ours.map((r) => r.cpuMs));
      const theirsCpu = median(theirs.map((r) => r.cpuMs));
      figures.push({
        section,
        name: "full generation: CPU time (user + system, all threads)",
        value: ms(oursCpu),
        baseline: `openapi-typescript types-only ${ms(theirsCpu)}`,
        ratio: oursCpu / theirsCpu,
        bar: "",
        met: undefined,
      });
      const peak = Math.max(...ours.map((r) => r.peakRssMb));
      const theirPeak = Math.max(...theirs.map((r) => r.peakRssMb));
      figures.push({
        section,
        name: "peak memory (RSS)",
        value: `${peak.toFixed(0)} MB`,
        baseline: `openapi-typescript ${theirPeak.toFixed(0)} MB`,
        ratio: peak / theirPeak,
        bar: size >= 3000 ? "< 1024 MB" : "",
        met: size >= 3000 ? peak < 1024 : undefined,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const small = perOperation.get(300);
  const large = perOperation.get(3000);
  if (small !== undefined && large !== undefined) {
    figures.push({
      section: "scaling, linearity",
      name: "time per operation at 3000",
      value: `${large.toFixed(2)} ms/op`,
      baseline: `at 300: ${small.toFixed(2)} ms/op`,
      ratio: large / small,
      bar: "≤ 1.5×",
      met: large / small <= 1.5,
    });
  }
  return figures;
}
