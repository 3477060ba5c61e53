/**
 * Names taken from a spec cannot break the generated code: operationIds that are not
 * identifiers (only a BF201 warning with `--spec`) and component names equal to names the
 * generated files declare or import still give a package that compiles. (Both broke the
 * output when these tests were first written.)
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateSpec } from "./support/fixtures.js";
import { formatDiagnostics, typecheck } from "./support/typecheck.js";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Generates `spec` (lenient, as `--spec` does) into a temp dir and type-checks the output. */
async function compileErrors(spec: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "billforge-issue-"));
  dirs.push(dir);
  await writeFile(join(dir, "spec.yaml"), spec);
  const files = await generateSpec(join(dir, "spec.yaml"), "spec.yaml", "lenient");
  await mkdir(join(dir, "out"));
  // As in a generated package: ESM, which NodeNext + verbatimModuleSyntax require.
  await writeFile(join(dir, "out", "package.json"), '{ "type": "module" }\n');
  for (const f of files) {
    await writeFile(join(dir, "out", f.path), f.content);
  }
  return formatDiagnostics(typecheck(files.map((f) => join(dir, "out", f.path))));
}

const spec = (paths: string, schemas = "{}") => `
openapi: 3.1.0
info: { title: Issue, version: 1.0.0 }
servers: [{ url: 'https://api.example.com' }]
paths:
${paths}
components:
  schemas: ${schemas}
`;

describe("spec-derived names are made safe", () => {
  it("operationIds that are not identifiers, reserved words or duplicates after camelCasing", async () => {
    const errors = await compileErrors(
      spec(`
  /a: { get: { operationId: Things_List, responses: { '204': { description: ok } } } }
  /b: { get: { operationId: get-thing, responses: { '204': { description: ok } } } }
  /c: { delete: { operationId: delete, responses: { '204': { description: ok } } } }
  /d: { get: { operationId: getThing, responses: { '204': { description: ok } } } }
  /e: { get: { operationId: fns, responses: { '204': { description: ok } } } }
`),
    );
    expect(errors).toBe("");
  });

  it("component names equal to names the generated files declare or import", async () => {
    // types.gen.ts imports Readable/Writable and declares WithOptional; schemas.gen.ts
    // imports the LazySchema type and z.
    const errors = await compileErrors(
      spec(
        `
  /a: { get: { operationId: getA, responses: { '204': { description: ok } } } }
`,
        `
    Readable: { type: string }
    Writable: { type: string }
    WithOptional: { type: string }
    Lazy: { type: string }
    LazyInput: { type: string }
    Z: { type: object, properties: { id: { type: string, readOnly: true } } }
    components: { type: string }
    ClientCore: { type: string }
`,
      ),
    );
    expect(errors).toBe("");
  });
});
