/**
 * Runs one generation in a fresh process and prints `{ ms, cpuMs, peakRssMb }` as JSON, so
 * each measurement starts cold and its peak memory is its own. `cpuMs` is the process's
 * CPU time (user + system, all threads) during the work: on a loaded machine it moves far
 * less than wall time.
 *
 *   tsx generation-worker.ts billforge <spec.yaml> <outDir>
 *   tsx generation-worker.ts openapi-typescript <spec.yaml>
 *
 * Modules are imported before the clock starts: module loading is measured by the
 * generation benchmark, this measures the work that grows with the spec.
 */
import { pathToFileURL } from "node:url";

const [mode, specFile, outDir] = process.argv.slice(2);
if (specFile === undefined || (mode === "billforge" && outDir === undefined)) {
  throw new Error("usage: generation-worker.ts billforge|openapi-typescript <spec.yaml> [outDir]");
}

let work: () => Promise<unknown>;
if (mode === "billforge") {
  const { generateTarget } = await import("@billforge/generator");
  work = async () => {
    const result = await generateTarget(
      {
        name: "synthetic",
        packageName: "@bench/synthetic",
        specFile,
        outDir: outDir as string,
        displayBase: outDir as string,
        profile: "lenient",
        linkage: "workspace",
      },
      { check: false },
    );
    if (result.status !== "written") {
      throw new Error(`generation ${result.status}: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
    }
    return result;
  };
} else if (mode === "openapi-typescript") {
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  work = async () => astToString(await openapiTS(pathToFileURL(specFile), { silent: true }));
} else {
  throw new Error(`unknown mode ${mode}`);
}

const cpuBefore = process.cpuUsage();
const started = performance.now();
await work();
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
console.log(
  JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
);
