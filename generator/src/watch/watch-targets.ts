import { type FSWatcher, watch } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { type GenerateResult, type GenerateTarget, generateTarget } from "../generate.js";

export interface WatchOptions {
  /** Aborting stops watching; `watchTargets` resolves once the run in progress has finished. */
  readonly signal: AbortSignal;
  /** Called after every run, failed or not, before the next one starts. */
  readonly onRun: (result: GenerateResult) => void | Promise<void>;
  /** Called whenever the set of watched spec files is (re)established. */
  readonly onReady?: (files: readonly string[]) => void;
  /** Quiet time after the last change before regenerating (editors write in bursts). */
  readonly debounceMs?: number;
}

/**
 * Generates every target, then regenerates a target whenever one of its spec files changes:
 * the root file and every file it `$ref`s (as recorded in `generated.json`). Runs one at a
 * time; a spec with errors is reported and watched on, so fixing it regenerates.
 */
export async function watchTargets(targets: readonly GenerateTarget[], options: WatchOptions): Promise<void> {
  const { signal } = options;
  const filesOf = new Map<GenerateTarget, Set<string>>(targets.map((t) => [t, new Set([resolve(t.specFile)])]));
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<GenerateTarget>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  /** Targets whose last run failed: a new file next to their spec may be the missing `$ref`. */
  const failed = new Set<GenerateTarget>();
  let announced = "";

  const runPending = async () => {
    while (pending.size > 0 && !signal.aborted) {
      const [target] = pending;
      pending.delete(target!);
      const result = await generateTarget(target!, { check: false });
      if (result.status === "failed") {
        failed.add(target!);
      } else {
        failed.delete(target!);
      }
      for (const file of await recordedSpecFiles(target!)) {
        filesOf.get(target!)!.add(file);
      }
      await options.onRun(result);
    }
    if (!signal.aborted) {
      watchDirectories();
    }
  };

  const schedule = (changed: readonly GenerateTarget[]) => {
    for (const target of changed) {
      pending.add(target);
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(runPending);
    }, options.debounceMs ?? 100);
  };

  const watchDirectories = () => {
    const files = [...new Set([...filesOf.values()].flatMap((set) => [...set]))].sort();
    for (const dir of new Set(files.map((file) => dirname(file)))) {
      if (watchers.has(dir)) {
        continue;
      }
      const watcher = watch(dir, (_event, name) => {
        const path = name ? join(dir, name.toString()) : undefined;
        const affected = targets.filter((t) =>
          [...filesOf.get(t)!].some(
            (file) => dirname(file) === dir && (!path || file === path || (failed.has(t) && SPEC_FILE.test(path))),
          ),
        );
        if (affected.length > 0) {
          schedule(affected);
        }
      });
      watcher.on("error", () => watchers.delete(dir));
      watchers.set(dir, watcher);
    }
    if (files.join("\n") !== announced) {
      options.onReady?.(files);
    }
    announced = files.join("\n");
  };

  for (const target of targets) {
    pending.add(target);
  }
  running = runPending();
  await running;
  if (!signal.aborted) {
    await new Promise<void>((done) => signal.addEventListener("abort", () => done(), { once: true }));
  }
  clearTimeout(timer);
  for (const watcher of watchers.values()) {
    watcher.close();
  }
  await running;
}

const SPEC_FILE = /\.(ya?ml|json)$/;

/** The spec files a package was last generated from (generated.json), absolute. */
async function recordedSpecFiles(target: GenerateTarget): Promise<string[]> {
  try {
    const provenance = JSON.parse(await readFile(join(target.outDir, "generated.json"), "utf8")) as {
      specFiles?: unknown;
    };
    const files = Array.isArray(provenance.specFiles) ? provenance.specFiles : [];
    return files.filter((f): f is string => typeof f === "string").map((f) => resolve(target.displayBase, f));
  } catch {
    return [];
  }
}
