import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

// Settings every mutation run shares. Each module's config runs from its package directory
// (so vitest finds that package's own config), and writes its reports under /reports/mutation.
export function strykerConfig({ module, mutate }) {
  const reports = `${ROOT}reports/mutation/${module}`;
  return {
    packageManager: "pnpm",
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    vitest: { configFile: "vitest.config.ts" },
    mutate,
    // Per-test coverage: a mutant runs only the tests that reach it.
    coverageAnalysis: "perTest",
    // The build machine is shared; two workers is the ceiling.
    concurrency: 2,
    timeoutMS: 10_000,
    reporters: ["clear-text", "progress", "html", "json"],
    htmlReporter: { fileName: `${reports}/index.html` },
    jsonReporter: { fileName: `${reports}/mutation.json` },
    // A second run re-tests only mutants whose code or tests changed (`pnpm mutation --incremental`).
    incrementalFile: `${reports}/incremental.json`,
    thresholds: { high: 95, low: 90, break: 90 },
    tempDirName: ".stryker-tmp",
    cleanTempDir: "always",
  };
}
