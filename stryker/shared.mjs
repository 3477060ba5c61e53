import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

// Settings every mutation run shares. Each module's config runs from its package directory
// (so vitest finds that package's own config), and writes its reports under /reports/mutation.
export function strykerConfig({ module, mutate, vitestConfig = "vitest.config.ts", concurrency = 2 }) {
  const reports = `${ROOT}reports/mutation/${module}`;
  return {
    packageManager: "pnpm",
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    vitest: { configFile: vitestConfig },
    mutate,
    // Per-test coverage: a mutant runs only the tests that reach it.
    coverageAnalysis: "perTest",
    // A mutant in module-level code (a constant table) can only be tested by re-running the
    // whole suite; those took over half the run time. They are left out of the score here;
    // the tables that matter (documented defaults, change kinds) have literal tests of their own.
    ignoreStatic: true,
    // The build machine is shared; two workers is the ceiling.
    concurrency,
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
