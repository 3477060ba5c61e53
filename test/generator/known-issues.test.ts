/**
 * Generator bugs found while writing these tests, kept as executable reproductions: each
 * test asserts the exact compile errors the bug causes today, so it fails once the bug is
 * fixed. Then turn it around: assert that the output compiles (`expect(errors).toBe("")`).
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
  for (const f of files) await writeFile(join(dir, "out", f.path), f.content);
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

describe("known generator issues", () => {
  it("BUG: operationIds that are not identifiers (BF201 is only a warning with --spec) give code that does not compile", async () => {
    // operationIds are emitted verbatim as function names: kebab-case and reserved words
    // break the file (`export function get-thing(`, `export function delete(`);
    // `Things_List` is a valid, if unidiomatic, identifier.
    const errors = await compileErrors(
      spec(`
  /a: { get: { operationId: Things_List, responses: { '204': { description: ok } } } }
  /b: { get: { operationId: get-thing, responses: { '204': { description: ok } } } }
  /c: { delete: { operationId: delete, responses: { '204': { description: ok } } } }
`),
    );
    expect(errors).toContain("functions.gen.ts");
    expect(errors).toContain("'delete' is a reserved word");
    expect(errors).toMatch(/functions\.gen\.ts\(\d+,\d+\): error TS1005/); // `get-thing(`
  });

  it("BUG: component names equal to names the generated files declare or import give code that does not compile", async () => {
    // types.gen.ts imports Readable/Writable and declares WithOptional; schemas.gen.ts
    // imports the LazySchema type: components named Readable, Writable, WithOptional or
    // Lazy (→ LazySchema) collide with them.
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
`,
      ),
    );
    expect(errors).toContain("Import declaration conflicts with local declaration of 'Readable'");
    expect(errors).toContain("Duplicate identifier 'WithOptional'");
    expect(errors).toContain("merged declaration 'LazySchema'");
  });
});
