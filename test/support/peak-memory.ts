import { gc } from "../e2e/harness/heap.js";

export interface MemoryGrowth {
  /** Highest resident set size seen while `run` ran, less the settled one before it. */
  readonly peakRssBytes: number;
}

/**
 * Runs `run` while sampling this process's resident set size every millisecond; the
 * baseline is taken after a full collection. RSS counts everything a body can fill
 * (V8 heap, strings, ArrayBuffers, zlib's and undici's native buffers), and only this
 * process's memory: other work on a busy machine slows the sampling, it does not add
 * to the figure. The end value is sampled too, so growth a busy event loop hid from the
 * interval (one long synchronous read) still counts: nothing is collected before it.
 */
export async function measurePeakGrowth<T>(run: () => Promise<T>): Promise<{ result: T; growth: MemoryGrowth }> {
  gc();
  gc();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 1);
  try {
    const result = await run();
    sample();
    return { result, growth: { peakRssBytes: peak - baseline } };
  } finally {
    clearInterval(timer);
  }
}
