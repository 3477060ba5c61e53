import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { REAL_SPECS, specPath } from "../corpus/real-specs.js";
import { type WorkerResult, worker } from "./generation.js";
import { median } from "./harness.js";
import { type Figure, ms } from "./results.js";

const run = promisify(execFile);
const TEST_DIR = new URL("../", import.meta.url).pathname;

/** tsc errors in a generated package, counted in a process of its own (the program is large). */
const COUNT_ERRORS = `
import { join } from "node:path";
import { tsFilesUnder, typecheck } from "./generator/support/typecheck.ts";
console.log(JSON.stringify({ errors: typecheck(tsFilesUnder(join(process.argv[1], "src"))).length }));
`;

/** Rounds of the comparison: each runs both sides once, in an order that alternates. */
export const REAL_SPEC_ROUNDS = 5;

/**
 * The largest spec of the corpus (a vendor's own, 1,000+ operations): full generation in
 * the lenient profile against openapi-typescript types-only on the same document, each in
 * a fresh process. The rounds interleave the two sides (which one goes first alternates)
 * and the figure is the median of the per-round ratios, so a burst of load on the shared
 * machine hits both sides of a ratio alike. Also peak memory and the output's tsc errors.
 */
export async function realSpecFigures(options: { rounds?: number } = {}): Promise<Figure[]> {
  const spec = REAL_SPECS.reduce((a, b) => (b.operations > a.operations ? b : a));
  const file = specPath(spec);
  // Under test/.tmp so the generated package resolves @billforge/runtime and zod for tsc.
  mkdirSync(join(TEST_DIR, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(TEST_DIR, ".tmp", "bench-real-spec-"));
  const ours: WorkerResult[] = [];
  const theirs: WorkerResult[] = [];
  let errors = Number.NaN;
  try {
    for (let round = 0; round < (options.rounds ?? REAL_SPEC_ROUNDS); round += 1) {
      const out = join(dir, `out-${round}`);
      if (round % 2 === 0) {
        ours.push(await worker(["billforge", file, out]));
        theirs.push(await worker(["openapi-typescript", file]));
      } else {
        theirs.push(await worker(["openapi-typescript", file]));
        ours.push(await worker(["billforge", file, out]));
      }
      const [a, b] = [ours.at(-1) as WorkerResult, theirs.at(-1) as WorkerResult];
      console.log(
        `real-spec round ${round + 1}: ours ${ms(a.ms)} (cpu ${ms(a.cpuMs)}, ${a.peakRssMb.toFixed(0)} MB), ` +
          `openapi-typescript ${ms(b.ms)} (cpu ${ms(b.cpuMs)}, ${b.peakRssMb.toFixed(0)} MB): ${(a.ms / b.ms).toFixed(2)}×`,
      );
      if (round === 0) {
        const { stdout } = await run(
          process.execPath,
          ["--import", "tsx", "--input-type=module", "-e", COUNT_ERRORS, out],
          { cwd: TEST_DIR, maxBuffer: 16 * 1024 * 1024 },
        );
        errors = (JSON.parse(stdout.trim().split("\n").at(-1) as string) as { errors: number }).errors;
      }
      rmSync(out, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ratio = roundRatio(ours, theirs, "ms");
  const cpuRatio = roundRatio(ours, theirs, "cpuMs");
  const oursMs = median(ours.map((r) => r.ms));
  const theirsMs = median(theirs.map((r) => r.ms));
  const peak = Math.max(...ours.map((r) => r.peakRssMb));
  const theirPeak = Math.max(...theirs.map((r) => r.peakRssMb));
  const section = `real spec: ${spec.from} ${spec.file} (${spec.operations}+ operations)`;
  return [
    {
      section,
      name: "full generation, lenient profile (load, lint, types, zod, client, functions, README)",
      value: ms(oursMs),
      baseline: `openapi-typescript types-only ${ms(theirsMs)}`,
      ratio,
      bar: "≤ 1.5× (median of per-round ratios)",
      met: ratio <= 1.5,
    },
    {
      section,
      name: "full generation: CPU time (user + system, all threads)",
      value: ms(median(ours.map((r) => r.cpuMs))),
      baseline: `openapi-typescript types-only ${ms(median(theirs.map((r) => r.cpuMs)))}`,
      ratio: cpuRatio,
      bar: "",
      met: undefined,
    },
    {
      section,
      name: "peak memory (RSS)",
      value: `${peak.toFixed(0)} MB`,
      baseline: `openapi-typescript ${theirPeak.toFixed(0)} MB`,
      ratio: peak / theirPeak,
      bar: "≤ 700 MB",
      met: peak <= 700,
    },
    {
      section,
      name: "tsc errors in the generated package (strict options)",
      value: String(errors),
      baseline: "0",
      ratio: errors,
      bar: "0",
      met: errors === 0,
    },
  ];
}

/** The median over rounds of ours / theirs, each round's pair measured back to back. */
export function roundRatio(
  ours: readonly WorkerResult[],
  theirs: readonly WorkerResult[],
  key: "ms" | "cpuMs",
): number {
  return median(ours.map((result, round) => result[key] / (theirs[round] as WorkerResult)[key]));
}
