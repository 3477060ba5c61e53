/**
 * Generator scenarios (DESIGN.md "Tests", layer 2): every fixture spec in
 * test/fixtures/specs is generated in memory and each output file is compared with its
 * committed snapshot in __snapshots__/<fixture>/. Run `vitest run generator -u` to
 * accept intended changes, then review the diff. typecheck-snapshots.test.ts compiles them.
 */
import { describe, expect, it } from "vitest";
import { FIXTURES, generateFixture } from "./support/fixtures.js";

describe.each(FIXTURES)("scenario %s", (fixture) => {
  it("generates the snapshot files", async () => {
    const files = await generateFixture(fixture);
    expect(files.map((f) => f.path)).toEqual([
      "api.gen.ts",
      "client.gen.ts",
      "errors.gen.ts",
      "functions.gen.ts",
      "index.gen.ts",
      "openapi.gen.ts",
      "operations.gen.ts",
      "schemas.gen.ts",
      "types.gen.ts",
    ]);
    for (const file of files) {
      await expect(file.content).toMatchFileSnapshot(`./__snapshots__/${fixture}/${file.path}`);
    }
  });
});
