import { strykerConfig } from "./shared.mjs";

// `billforge diff` (what counts as breaking) and the file writer (what reaches disk).
export default strykerConfig({
  module: "generator",
  // Only the diff and writer tests: see generator.vitest.config.mjs.
  vitestConfig: `${import.meta.dirname}/generator.vitest.config.mjs`,
  mutate: ["src/diff/**/*.ts", "src/write.ts", "!src/**/*.test.ts"],
});
