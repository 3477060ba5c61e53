import { afterAll, describe, expect, it } from "vitest";
import { dedent, makeTempDir, removeTempDirs, writeFiles, writeSpec } from "../../test/support.js";
import { loadSpec } from "./load-spec.js";

afterAll(removeTempDirs);

/** A spec whose 404 is `ref` and whose components are `components` (YAML flow text). */
const specWith = (ref: string, components: string) =>
  dedent(`
    openapi: 3.0.3
    info: { title: T, version: '1' }
    paths:
      /a:
        get:
          operationId: getA
          responses:
            '200': { description: ok }
            '404': { $ref: '${ref}' }
    components: ${components}
  `);

const codes = (diagnostics: readonly { code: string; severity: string }[]) =>
  diagnostics.filter((d) => d.severity === "error").map((d) => d.code);

// Before unlinkRefsThroughNull, each of these killed the process from inside redocly's
// resolver (TypeError: Cannot read properties of null), past every try/catch.
describe("a local $ref whose pointer steps through a null", () => {
  it.each([
    ["a null component map", "#/components/responses/NotFound", "{ responses: null }"],
    ["a null components object", "#/components/responses/NotFound", "null"],
    ["a null deeper in the path", "#/components/x-shared/responses/NotFound", "{ x-shared: { responses: null } }"],
  ])("%s: an unresolved $ref at the ref, in both profiles", async (_, ref, components) => {
    const file = await writeSpec(specWith(ref, components));
    for (const profile of ["lenient", "strict"] as const) {
      const loaded = await loadSpec(file, { profile });
      expect(loaded.document).toBeUndefined();
      const unresolved = loaded.diagnostics.find((d) => d.code === "BF102");
      expect(unresolved).toMatchObject({ severity: "error", line: 9, file });
    }
  });

  it("in a file the spec refers to, too", async () => {
    const file = await writeFiles(await makeTempDir(), {
      "openapi.yaml": specWith("./responses.yaml#/NotFound", "{}"),
      "responses.yaml": "NotFound: { $ref: '#/shared/NotFound' }\nshared: null\n",
    });
    const loaded = await loadSpec(file, { profile: "lenient" });
    expect(loaded.document).toBeUndefined();
    // redocly places an unresolved ref reached through another file at the first ref of the chain.
    expect(loaded.diagnostics.find((d) => d.code === "BF102")).toMatchObject({ severity: "error", file, line: 9 });
  });

  it("leaves every other $ref alone: one that ends on a present component resolves", async () => {
    const loaded = await loadSpec(
      await writeSpec(
        specWith("#/components/responses/NotFound", "{ responses: { NotFound: { description: gone } } }"),
      ),
      { profile: "lenient" },
    );
    expect(codes(loaded.diagnostics)).toEqual([]);
    expect(loaded.document?.components).toEqual({ responses: { NotFound: { description: "gone" } } });
  });
});
