import { strykerConfig } from "./shared.mjs";

// `billforge diff` (what counts as breaking) and the file writer (what reaches disk).
export default strykerConfig({
  module: "generator",
  mutate: ["src/diff/**/*.ts", "src/write.ts", "!src/**/*.test.ts"],
});
