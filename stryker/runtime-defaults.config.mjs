import { strykerConfig } from "./shared.mjs";

// The documented defaults are module-level constants: "static" mutants that the other runs
// skip. This run keeps them, for options.ts alone (a few mutants, each re-running the suite).
export default {
  ...strykerConfig({
    module: "runtime-defaults",
    vitestConfig: `${import.meta.dirname}/runtime.vitest.config.mjs`,
    mutate: ["src/options.ts"],
  }),
  ignoreStatic: false,
};
