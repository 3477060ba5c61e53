// The xml package's vitest setup for mutation runs (root: Stryker's sandbox copy).
// The property tests run 1,000 cases per mapping and cover nearly every mutant, so each
// mutant re-ran them all: over two hours a run. 100 cases each still exercise every
// mapping shape; the full count runs in `pnpm test`.
export default {
  test: {
    root: process.cwd(),
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    // One module graph for all test files of a mutant run: module loading, not the tests, was
    // most of each mutant's time.
    isolate: false,
    env: { BILLFORGE_PROPERTY_RUNS: "100" },
  },
};
