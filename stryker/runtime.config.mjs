import { strykerConfig } from "./shared.mjs";

// The runtime rules a client's safety rests on: calls, retries, URL/header safety, auth, bodies,
// and the documented defaults (options.ts).
export default strykerConfig({
  module: "runtime",
  // Without the wall-clock network tests: see runtime.vitest.config.mjs.
  vitestConfig: `${import.meta.dirname}/runtime.vitest.config.mjs`,
  mutate: ["src/{call,retry,safety,auth,body}/**/*.ts", "src/options.ts", "!src/**/*.test.ts"],
});
