import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection without starting node with --expose-gc: the flag is set at run
 * time and `gc` is taken from a fresh context, where V8 installs it.
 */
function exposedGc(): () => void {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("gc");
  if (typeof gc !== "function") {
    throw new Error("V8 did not expose gc");
  }
  return gc as () => void;
}

/** A full garbage collection, now. */
export const gc = exposedGc();

/** Heap in use after collecting everything collectable (twice: finalizers can free more). */
export function settledHeapBytes(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
