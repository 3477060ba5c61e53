import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Property tests run thousands of cases per mapping; the default 5 s is too tight on CI.
    testTimeout: 60_000,
  },
});
