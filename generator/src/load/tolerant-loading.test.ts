import { afterAll, describe, expect, it } from "vitest";
import { dedent, removeTempDirs, writeFiles, writeSpec } from "../../test/support.js";
import { buildIR } from "../ir/build-ir.js";
import type { LintProfile } from "./lint/index.js";
import { loadSpec } from "./load-spec.js";
import { getAtPointer } from "./pointer.js";

afterAll(removeTempDirs);

/** A lint-clean spec of `version` whose one response body has `schema` (YAML flow text). */
const specWith = (version: string, schema: string, components = "{}") =>
  dedent(`
    openapi: ${version}
    info: { title: T, version: '1' }
    paths:
      /things:
        get:
          operationId: listThings
          externalDocs: { url: 'https://example.com/things' }
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: ${schema}
                  example: {}
    components:
      schemas: ${components}
  `);

const SCHEMA = "/paths/~1things/get/responses/200/content/application~1json/schema";
const load = async (text: string, profile: LintProfile) => loadSpec(await writeSpec(text), { profile });

describe("3.0 nullable without type: the schema, or null", () => {
  it.each([
    ["beside allOf", "{ nullable: true, allOf: [{ $ref: '#/components/schemas/A' }] }"],
    ["beside oneOf", "{ nullable: true, oneOf: [{ $ref: '#/components/schemas/A' }, { type: string }] }"],
    ["beside anyOf", "{ nullable: true, anyOf: [{ type: integer }, { type: string }] }"],
    ["beside $ref", "{ nullable: true, $ref: '#/components/schemas/A' }"],
    ["alone", "{ nullable: true }"],
  ])("%s: accepted in both profiles, and the IR admits null", async (_what, schema) => {
    const text = specWith("3.0.3", `{ type: object, properties: { a: ${schema} } }`, "{ A: { type: object } }");
    for (const profile of ["strict", "lenient"] as const) {
      const loaded = await load(text, profile);
      expect(loaded.diagnostics.filter((d) => d.code === "BF101")).toEqual([]);
      expect(loaded.document).toBeDefined();
      const ir = buildIR(loaded.document!, { name: "t" });
      const body = ir.operations[0]!.responses[0]!.media[0]!.schema!;
      const property = body.kind === "object" ? body.properties[0]!.schema : undefined;
      expect(JSON.stringify(property)).toContain('"kind":"null"');
    }
  });
});

describe("a node that breaks its version's letter: lenient mends it, strict refuses", () => {
  it.each([
    ["`type: 'null'` in 3.0", "3.0.3", "{ oneOf: [{ type: string }, { type: 'null' }] }", `${SCHEMA}/oneOf/1`, {}],
    ["`schema: null`", "3.0.3", "null", SCHEMA, {}],
    [
      "a type that does not exist",
      "3.1.0",
      "{ type: text, description: Free text }",
      SCHEMA,
      { description: "Free text" },
    ],
    [
      "3.0's nullable in a 3.1 document",
      "3.1.0",
      "{ type: string, nullable: true }",
      SCHEMA,
      { type: ["string", "null"] },
    ],
  ])("%s", async (_what, version, schema, pointer, mended) => {
    const text = specWith(version, schema, "{ A: { type: object } }");
    const strict = await load(text, "strict");
    expect(strict.document).toBeUndefined();
    expect(strict.diagnostics).toContainEqual(expect.objectContaining({ code: "BF101", severity: "error" }));

    const lenient = await load(text, "lenient");
    expect(lenient.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const warning = lenient.diagnostics.find((d) => d.code === "BF101");
    expect(warning).toMatchObject({ severity: "warning" });
    expect(warning!.message).toMatch(/degraded the schema to `unknown`|read `nullable: true` as/);
    expect(warning!.line).toBeGreaterThan(1);
    expect(getAtPointer(lenient.document, pointer)).toEqual(mended);
  });

  it("a property an operation does not have is ignored, with a warning", async () => {
    const text = specWith("3.1.0", "{ type: object }").replace(
      "operationId: listThings",
      "operationId: listThings\n      summery: typo",
    );
    const lenient = await load(text, "lenient");
    expect(lenient.document).toBeDefined();
    expect(lenient.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "BF101",
        severity: "warning",
        message: expect.stringContaining("ignored `summery`"),
      }),
    );
  });

  it("what no reader can mend stays an error: a parameter without `in`", async () => {
    const text = specWith("3.1.0", "{ type: object }").replace(
      "operationId: listThings",
      "operationId: listThings\n      parameters: [{ name: q, schema: { type: string } }]",
    );
    const lenient = await load(text, "lenient");
    expect(lenient.document).toBeUndefined();
    expect(lenient.diagnostics).toContainEqual(expect.objectContaining({ code: "BF101", severity: "error" }));
  });

  it("mends a node in a referenced file of a multi-file spec", async () => {
    const root = await writeFiles(await (await import("../../test/support.js")).makeTempDir(), {
      "openapi.yaml": specWith("3.0.3", "{ $ref: 'schemas/thing.yaml' }"),
      "schemas/thing.yaml": "type: object\nproperties:\n  gone: { type: 'null' }\n",
    });
    const loaded = await loadSpec(root, { profile: "lenient" });
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(loaded.diagnostics).toContainEqual(
      expect.objectContaining({ code: "BF101", severity: "warning", file: expect.stringMatching(/thing\.yaml$/) }),
    );
  });
});

describe("example data is data", () => {
  it("keeps `$ref` keys inside examples as written, and follows none of them", async () => {
    const text = specWith("3.1.0", "{ type: object }").replace(
      "example: {}",
      "example: { schemas: [{ $ref: 'https://example.invalid/scim/v2/Users' }] }",
    );
    const loaded = await load(text, "lenient");
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(getAtPointer(loaded.document, `${SCHEMA.replace(/\/schema$/, "")}/example`)).toEqual({
      schemas: [{ $ref: "https://example.invalid/scim/v2/Users" }],
    });
  });

  it("never fetches a $ref to a URL: BF102, an error in strict, one schema degraded in lenient", async () => {
    const text = specWith("3.1.0", "{ $ref: 'https://example.invalid/thing.yaml' }");
    const strict = await load(text, "strict");
    expect(strict.document).toBeUndefined();
    expect(strict.diagnostics).toContainEqual(
      expect.objectContaining({ code: "BF102", severity: "error", message: expect.stringContaining("is a URL") }),
    );
    const lenient = await load(text, "lenient");
    expect(lenient.diagnostics).toContainEqual(expect.objectContaining({ code: "BF102", severity: "warning" }));
    expect(lenient.files).toHaveLength(1);
    expect(getAtPointer(lenient.document, SCHEMA)).toEqual({});
  });
});

describe("a $ref into a file that does not exist", () => {
  it("lenient: the node degrades with a warning and the spec still loads (the missing file hashes as empty)", async () => {
    const text = specWith("3.1.0", "{ type: object, properties: { owner: { $ref: 'missing.yaml#/X' } } }");
    const lenient = await load(text, "lenient");
    expect(lenient.document).toBeDefined();
    expect(lenient.diagnostics.some((d) => d.severity === "warning")).toBe(true);
    const strict = await load(text, "strict");
    expect(strict.document).toBeUndefined();
  });
});
