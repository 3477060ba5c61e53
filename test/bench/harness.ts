/**
 * A small benchmark harness for noisy shared machines: every case of a comparison runs
 * in the same rounds, interleaved (so a burst of load hits all of them alike), after a
 * warm-up, and the figure is the median time per iteration over the rounds.
 */
export interface BenchCase {
  readonly name: string;
  /** One iteration. May be async. */
  readonly run: () => unknown;
}

export interface BenchOptions {
  /** Rounds of interleaved timing; the median round is reported (default 15). */
  readonly rounds?: number;
  /** Iterations per case per round (default: enough for ~`targetRoundMs`). */
  readonly iterations?: number;
  readonly targetRoundMs?: number;
  /** Warm-up iterations per case before timing (default 200). */
  readonly warmup?: number;
}

/** Median milliseconds per iteration, by case name. */
export type Medians = Record<string, number>;

export async function compare(cases: readonly BenchCase[], options: BenchOptions = {}): Promise<Medians> {
  const rounds = options.rounds ?? 15;
  for (const c of cases) {
    for (let i = 0; i < (options.warmup ?? 200); i += 1) {
      await c.run();
    }
  }
  const iterations = options.iterations ?? (await calibrate(cases, options.targetRoundMs ?? 40));
  const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    // Rotate the order each round so no case always runs first (or right after GC-heavy work).
    for (let k = 0; k < cases.length; k += 1) {
      const c = cases[(round + k) % cases.length] as BenchCase;
      const started = performance.now();
      for (let i = 0; i < iterations; i += 1) {
        await c.run();
      }
      samples.get(c.name)?.push((performance.now() - started) / iterations);
    }
  }
  return Object.fromEntries([...samples].map(([name, times]) => [name, median(times)]));
}

/** Iterations that make the slowest case's round last about `targetMs`. */
async function calibrate(cases: readonly BenchCase[], targetMs: number): Promise<number> {
  let slowest = 0;
  for (const c of cases) {
    const started = performance.now();
    for (let i = 0; i < 20; i += 1) {
      await c.run();
    }
    slowest = Math.max(slowest, (performance.now() - started) / 20);
  }
  return Math.max(1, Math.round(targetMs / Math.max(slowest, 1e-6)));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new RangeError("median of no values");
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
