// The runtime's vitest setup for mutation runs. Stryker starts its test runners in the
// sandbox copy of packages/runtime, so the root is the working directory, not this file's.
// The real-socket tests (*.network.test.ts) are left out: they assert wall-clock bounds
// (a request reaches a local server within 50 ms) that instrumented code on a shared machine
// cannot promise, and a flaky test would count mutants as killed by chance.
export default {
  test: {
    root: process.cwd(),
    include: ["src/**/*.test.ts"],
    exclude: ["**/node_modules/**", "src/**/*.network.test.ts"],
    // Instrumented code runs several times slower; deep-recursion tests need the headroom.
    testTimeout: 30_000,
    // One module graph for all test files of a mutant run: module loading, not the tests, was
    // most of each mutant's time.
    isolate: false,
    // A few stub-based tests also hold short timeouts (30 ms); under load a retry tells slow from wrong.
    retry: 2,
  },
};
