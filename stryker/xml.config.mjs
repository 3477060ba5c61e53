import { strykerConfig } from "./shared.mjs";

export default strykerConfig({
  module: "xml",
  // Fewer property-test cases per mutant: see xml.vitest.config.mjs.
  vitestConfig: `${import.meta.dirname}/xml.vitest.config.mjs`,
  mutate: ["src/**/*.ts", "!src/**/*.test.ts"],
});
