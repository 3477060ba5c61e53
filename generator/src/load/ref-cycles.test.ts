import { afterAll, describe, expect, it } from "vitest";
import { dedent, removeTempDirs, writeSpec } from "../../test/support.js";
import { loadSpec } from "./load-spec.js";

afterAll(removeTempDirs);

/** A spec whose one operation answers `Pet`, with `schemas` as the components' schemas (YAML). */
const specWith = (schemas: string) =>
  dedent(`
    openapi: 3.1.0
    info: { title: T, version: '1' }
    paths:
      /pets:
        get:
          operationId: getPet
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: { $ref: '#/components/schemas/Pet' }
    components:
      schemas:
  `) + schemas.replace(/^/gm, "    ");

const unresolvedLines = (diagnostics: readonly { code: string; line?: number }[]) =>
  diagnostics.filter((d) => d.code === "BF102").map((d) => d.line);

// Before unlinkRefCycles, each of these killed the process from inside redocly's resolver
// ("Self-referencing circular pointer", thrown in a promise nobody awaits).
describe("a local $ref whose resolution needs itself", () => {
  // Line 12 is the operation's $ref to Pet, which leads into the loop; the schemas start at 15.
  it.each([
    ["an alias of itself", "Pet: { $ref: '#/components/schemas/Pet' }\n", [12, 15]],
    [
      "two aliases of each other",
      "Pet: { $ref: '#/components/schemas/Animal' }\nAnimal: { $ref: '#/components/schemas/Pet' }\n",
      [12, 15, 16],
    ],
    ["a pointer through its own holder", "Pet: { $ref: '#/components/schemas/Pet/properties/name' }\n", [12, 15]],
    [
      "a pointer through an alias loop",
      "Pet: { $ref: '#/components/schemas/A/properties/x' }\nA: { $ref: '#/components/schemas/B' }\nB: { $ref: '#/components/schemas/A' }\n",
      [12, 15, 16, 17],
    ],
  ])("%s: unresolved $refs on the loop, in both profiles, no crash", async (_, schemas, lines) => {
    const file = await writeSpec(specWith(schemas));
    for (const profile of ["lenient", "strict"] as const) {
      const loaded = await loadSpec(file, { profile });
      expect(unresolvedLines(loaded.diagnostics).sort()).toEqual(lines);
    }
  });

  it("leaves alias chains without a loop, and schemas that recurse through properties, alone", async () => {
    const loaded = await loadSpec(
      await writeSpec(
        specWith(
          dedent(`
            Pet: { $ref: '#/components/schemas/Animal' }
            Animal: { $ref: '#/components/schemas/Node/properties/child' }
            Node:
              type: object
              properties:
                child: { $ref: '#/components/schemas/Node' }
          `),
        ),
      ),
      { profile: "lenient" },
    );
    expect(unresolvedLines(loaded.diagnostics)).toEqual([]);
    expect(loaded.document).toBeDefined();
  });
});
