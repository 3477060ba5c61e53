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
    const xml = files.some((f) => f.path === "xml-codec.gen.ts") ? ["xml-codec.gen.ts", "xml-mappings.gen.ts"] : [];
    expect(files.map((f) => f.path).sort()).toEqual(
      [
        "api.gen.ts",
        "client.gen.ts",
        "errors.gen.ts",
        "functions.gen.ts",
        "index.gen.ts",
        "openapi.gen.ts",
        "operations.gen.ts",
        "schemas.gen.ts",
        "testing.gen.ts",
        "types.gen.ts",
        ...xml,
      ].sort(),
    );
    // An API with XML bodies, and only such an API, gets the XML codec.
    expect(xml.length > 0).toBe(/xml/.test(fixture) || fixture === "client-option");
    for (const file of files) {
      await expect(file.content).toMatchFileSnapshot(`./__snapshots__/${fixture}/${file.path}`);
    }
  });
});
