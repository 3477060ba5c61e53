import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { REAL_SPECS, specPath } from "../corpus/real-specs.js";
import { type WorkerResult, worker } from "./generation.js";
import { median } from "./harness.js";
import { roundRatio } from "./real-spec.js";
import { type Figure, ms } from "./results.js";

const TEST_DIR = new URL("../", import.meta.url).pathname;

/**
 * Every corpus spec but the largest (which has its own section with more rounds): full
 * generation against openapi-typescript types-only on the same document, each side in a
 * fresh process, interleaved as in real-spec.ts. One row per spec, with its peak memory.
 * Small specs are dominated by process start and module loading on both sides, so their
 * ratios say more about fixed costs than about scale; they carry no bar.
 */
export async function corpusFigures(options: { rounds?: number } = {}): Promise<Figure[]> {
  const largest = REAL_SPECS.reduce((a, b) => (b.operations > a.operations ? b : a));
  mkdirSync(join(TEST_DIR, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(TEST_DIR, ".tmp", "bench-corpus-"));
  const figures: Figure[] = [];
  try {
    for (const spec of REAL_SPECS.filter((s) => s !== largest)) {
      const file = specPath(spec);
      const ours: WorkerResult[] = [];
      const theirs: WorkerResult[] = [];
      let refused: string | undefined;
      for (let round = 0; round < (options.rounds ?? 3); round += 1) {
        const out = join(dir, `${spec.name}-${round}`);
        const sides = [
          async () => ours.push(await worker(["billforge", file, out])),
          async () => {
            if (refused === undefined) {
              refused = await baselineRefusal(() => worker(["openapi-typescript", file]).then((r) => theirs.push(r)));
            }
          },
        ];
        for (const side of round % 2 === 0 ? sides : sides.reverse()) {
          await side();
        }
        rmSync(out, { recursive: true, force: true });
      }
      const peak = Math.max(...ours.map((r) => r.peakRssMb));
      figures.push({
        section: "corpus: every other real spec, full generation against openapi-typescript types-only",
        name: `${spec.name} (${spec.openapi}, ${spec.operations}+ operations); peak ${peak.toFixed(0)} MB`,
        value: ms(median(ours.map((r) => r.ms))),
        baseline:
          refused === undefined
            ? `openapi-typescript ${ms(median(theirs.map((r) => r.ms)))}`
            : `openapi-typescript refuses the spec: ${refused}`,
        ratio: refused === undefined ? roundRatio(ours, theirs, "ms") : Number.NaN,
        bar: "",
        met: undefined,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

/** undefined when the baseline ran; otherwise the first line of its error (some real specs it refuses). */
async function baselineRefusal(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    const first = stderr.split("\n").find((line) => line.trim() !== "");
    return first?.trim() ?? "no message";
  }
}
