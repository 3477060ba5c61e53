import { strykerConfig } from "./shared.mjs";

// `billforge diff` (what counts as breaking) and the file writer (what reaches disk).
export default {
  ...strykerConfig({
    module: "generator",
    // Only the diff and writer tests: see generator.vitest.config.mjs.
    vitestConfig: `${import.meta.dirname}/generator.vitest.config.mjs`,
    mutate: ["src/diff/**/*.ts", "src/write.ts", "!src/**/*.test.ts"],
  }),
  // The diff command's tests build a git workspace from this repository's manifests, found
  // three folders above src/diff: in a sandbox copy that is not the repository. Stryker
  // mutates the files in place instead and restores them when the run ends.
  inPlace: true,
  // Type checks stay on (no `// @ts-nocheck` prepended): in place, that rewrite also reset
  // bin/billforge.js to mode 644 when the files were restored, breaking the CLI's exec bit.
  disableTypeChecks: false,
};
