import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dedent, makeTempDir, positionOf, removeTempDirs, writeFiles } from "../../test/support.js";
import { loadSpec } from "./load-spec.js";

afterAll(removeTempDirs);

const ROOT = dedent(`
  openapi: 3.1.0
  info:
    title: Multi
    version: 1.0.0
  paths:
    /things/{thingId}:
      $ref: './paths/thing.yaml'
  components:
    schemas:
      Thing:
        $ref: './schemas/thing.yaml'
`);

const PATH_ITEM = dedent(`
  get:
    operationId: getThing
    externalDocs:
      url: https://example.com/docs/get-thing
    parameters:
      - name: thingId
        in: path
        required: true
        schema:
          type: string
    responses:
      '200':
        description: The thing.
        content:
          application/json:
            schema:
              $ref: '../schemas/thing.yaml'
            example:
              id: t5
`);

const THING = dedent(`
  type: object
  required: [id]
  properties:
    id:
      type: string
`);

async function multiFileSpec(overrides: Record<string, string> = {}) {
  const dir = await makeTempDir();
  const root = await writeFiles(dir, {
    "openapi.yaml": ROOT,
    "paths/thing.yaml": PATH_ITEM,
    "schemas/thing.yaml": THING,
    ...overrides,
  });
  return { dir, root };
}

describe("multi-file specs", () => {
  it("bundles $refs to other YAML files into one document with local refs only", async () => {
    const { dir, root } = await multiFileSpec();
    const loaded = await loadSpec(root);

    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.files).toEqual([
      join(dir, "openapi.yaml"),
      join(dir, "paths/thing.yaml"),
      join(dir, "schemas/thing.yaml"),
    ]);
    const doc = loaded.document!;
    expect(JSON.stringify(doc)).not.toContain(".yaml");
    expect(doc.paths?.["/things/{thingId}"]).toMatchObject({ get: { operationId: "getThing" } });
    // Every local $ref left in the bundle resolves to a component of the bundle.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) {
      expect(doc.components?.schemas).toHaveProperty(name!);
    }
  });

  it("hashes every file read: changing a referenced file changes sha256", async () => {
    const { dir, root } = await multiFileSpec();
    const before = (await loadSpec(root)).sha256;
    expect((await loadSpec(root)).sha256).toBe(before);
    await writeFile(join(dir, "schemas/thing.yaml"), `${THING}description: A thing.\n`);
    expect((await loadSpec(root)).sha256).not.toBe(before);
  });

  it("BF102: a $ref to a missing file is reported where the $ref is written", async () => {
    const root = ROOT.replace("./schemas/thing.yaml", "./schemas/missing.yaml");
    const { root: file } = await multiFileSpec({ "openapi.yaml": root });
    const loaded = await loadSpec(file);
    expect(loaded.document).toBeUndefined();
    expect(loaded.diagnostics).toMatchObject([
      {
        code: "BF102",
        severity: "error",
        file,
        pointer: "/components/schemas/Thing",
        ...positionOf(root, "$ref: './schemas/missing.yaml'"),
      },
    ]);
    expect(loaded.diagnostics[0]!.message).toContain("missing.yaml");
  });

  it("lint rules see the bundled document: a wrong example in a referenced file is BF221", async () => {
    const { root } = await multiFileSpec({ "paths/thing.yaml": PATH_ITEM.replace("id: t5", "id: 5") });
    const loaded = await loadSpec(root);
    expect(loaded.diagnostics).toMatchObject([
      {
        code: "BF221",
        severity: "error",
        pointer: "/paths/~1things~1{thingId}/get/responses/200/content/application~1json/example",
      },
    ]);
    // Known limitation: positions of lint diagnostics come from the root file's source map,
    // so a problem inside a referenced file is reported at the root file's `$ref` to it.
    expect(loaded.diagnostics[0]).toMatchObject({ file: root, ...positionOf(ROOT, "$ref: './paths/thing.yaml'") });
  });
});
