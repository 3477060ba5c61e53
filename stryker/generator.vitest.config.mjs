// The generator's vitest setup for mutation runs (root: Stryker's sandbox copy): only the
// tests of the mutated modules. The rest of the suite (generation, type-checks of emitted
// packages) takes minutes and would only re-test the diff indirectly; the score is therefore
// a lower bound.
export default {
  test: {
    root: process.cwd(),
    include: ["src/diff/**/*.test.ts", "src/write.test.ts"],
    testTimeout: 60_000,
    // One module graph for all test files of a mutant run: module loading, not the tests, was
    // most of each mutant's time.
    isolate: false,
  },
};
