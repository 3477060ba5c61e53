import { strykerConfig } from "./shared.mjs";

export default strykerConfig({
  module: "xml",
  mutate: ["src/**/*.ts", "!src/**/*.test.ts"],
});
