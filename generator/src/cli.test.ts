import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dedent, listFiles, makeTempDir, removeTempDirs, runCli, writeFiles } from "../test/support.js";

afterAll(removeTempDirs);

const SPEC = dedent(`
  openapi: 3.1.0
  info:
    title: Tiny
    version: 1.0.0
  servers:
    - url: https://api.tiny.example
  paths:
    /things/{thingId}:
      get:
        operationId: getThing
        externalDocs: { url: 'https://tiny.example/docs/get-thing' }
        parameters:
          - { name: thingId, in: path, required: true, schema: { type: string } }
        responses:
          '200':
            description: The thing.
            content:
              application/json:
                schema: { $ref: '#/components/schemas/Thing' }
                example: { id: t1 }
  components:
    schemas:
      Thing:
        type: object
        required: [id]
        properties:
          id: { type: string }
`);

function edit(from: string, to: string): string {
  if (!SPEC.includes(from)) {
    throw new Error(`spec has no ${JSON.stringify(from)}`);
  }
  return SPEC.replace(from, to);
}

/** A copy of SPEC whose path names an undeclared parameter (BF230, an error in every profile). */
const BROKEN = edit("/things/{thingId}:", "/things/{thingId}/{part}:");
/** A copy of SPEC without the example (BF220: a warning unless --strict). */
const UNDOCUMENTED = edit("              example: { id: t1 }\n", "");

const run = (...argv: string[]) => runCli(argv);

async function project(spec = SPEC) {
  const dir = await makeTempDir();
  const specFile = await writeFiles(dir, { "spec/openapi.yaml": spec });
  return { dir, specFile, outDir: join(dir, "out") };
}

describe("billforge CLI: usage errors exit 2", () => {
  it.each([
    ["no command", [], "unknown command (none)"],
    ["unknown command", ["build"], 'unknown command "build"'],
    ["unknown option", ["generate", "--force"], "Unknown option '--force'"],
    ["unknown provider", ["generate", "nosuchprovider"], "unknown provider nosuchprovider"],
    ["--spec without --out and --name", ["generate", "--spec", "x.yaml"], "--spec, --out and --name go together"],
    ["--out without --spec", ["generate", "--out", "dir", "--name", "x"], "--spec, --out and --name go together"],
    [
      "--spec and a provider",
      ["generate", "petstore", "--spec", "x.yaml", "--out", "d", "--name", "x"],
      "either provider names or --spec",
    ],
    ["bad --reporter", ["generate", "--reporter", "xml"], "--reporter must be text or json"],
  ])("%s", async (_name, argv, says) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toContain(says);
  });

  it.each([["Bad Name"], ["@acme/"], ["UPPER"], ["a/b/c"]])("bad --name %j", async (name) => {
    const { specFile, outDir } = await project();
    const { code, err } = await run("generate", "--spec", specFile, "--out", outDir, "--name", name);
    expect(code).toBe(2);
    expect(err).toContain("--name must be an npm package name");
    expect(await listFiles(outDir)).toEqual([]);
  });

  it("missing spec file", async () => {
    const { dir } = await project();
    const { code, err } = await run("generate", "--spec", join(dir, "nope.yaml"), "--out", dir, "--name", "x");
    expect(code).toBe(2);
    expect(err).toContain("spec file not found");
  });

  it("--help and --version exit 0", async () => {
    const help = await run("--help");
    expect(help).toMatchObject({ code: 0, err: "" });
    expect(help.out).toContain("Usage:");
    const version = await run("--version");
    expect(version).toMatchObject({ code: 0, err: "" });
    expect(version.out).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("billforge generate --spec", () => {
  it("generates a package, reports files, operations and timing, exits 0", async () => {
    const { specFile, outDir } = await project();
    const { code, out, err } = await run("generate", "--spec", specFile, "--out", outDir, "--name", "@acme/tiny");
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toMatch(/^tiny\s+wrote 16 of 16 files \(1 operations\) in \d+ ms → /);
    expect(await listFiles(outDir)).toEqual([
      "README.md",
      "generated.json",
      "package.json",
      "src/generated/api.gen.ts",
      "src/generated/client.gen.ts",
      "src/generated/errors.gen.ts",
      "src/generated/functions.gen.ts",
      "src/generated/index.gen.ts",
      "src/generated/openapi.gen.ts",
      "src/generated/operations.gen.ts",
      "src/generated/schemas.gen.ts",
      "src/generated/testing.gen.ts",
      "src/generated/types.gen.ts",
      "src/index.ts",
      "tsconfig.build.json",
      "tsconfig.json",
    ]);
    const manifest = JSON.parse(await readFile(join(outDir, "package.json"), "utf8"));
    expect(manifest.name).toBe("@acme/tiny");
    const provenance = JSON.parse(await readFile(join(outDir, "generated.json"), "utf8"));
    expect(provenance).toMatchObject({ generator: "@billforge/generator", spec: "../spec/openapi.yaml" });
    expect(provenance.specSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a second run is unchanged; --check on a current package exits 0", async () => {
    const { specFile, outDir } = await project();
    const args = ["generate", "--spec", specFile, "--out", outDir, "--name", "tiny"];
    await run(...args);
    const again = await run(...args);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^tiny\s+unchanged in \d+ ms/);
    const check = await run(...args, "--check");
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/^tiny\s+up to date in \d+ ms/);
  });

  it("--check exits 1 listing a stale file, and writes nothing", async () => {
    const { specFile, outDir } = await project();
    const args = ["generate", "--spec", specFile, "--out", outDir, "--name", "tiny"];
    await run(...args);
    const file = join(outDir, "src/generated/client.gen.ts");
    await writeFile(file, "// edited by hand\n");

    const check = await run(...args, "--check");

    expect(check.code).toBe(1);
    expect(check.err).toMatch(/^tiny\s+stale: .*client\.gen\.ts.* in \d+ ms/m);
    expect(check.err).toContain("Generated code is stale. Run `pnpm generate`");
    expect(await readFile(file, "utf8")).toBe("// edited by hand\n");
    // Regenerating repairs it (the hand-owned scaffold files already exist and are not counted).
    expect((await run(...args)).out).toMatch(/wrote 1 of 12 files/);
  });

  it("--check exits 1 when the spec changed since generation", async () => {
    const { specFile, outDir } = await project();
    const args = ["generate", "--spec", specFile, "--out", outDir, "--name", "tiny"];
    await run(...args);
    await writeFile(specFile, edit("title: Tiny", "title: Tiny Two"));
    const check = await run(...args, "--check");
    expect(check.code).toBe(1);
    expect(check.err).toContain("stale:");
  });

  it("a failing spec exits 1, prints coded diagnostics, and writes nothing", async () => {
    const { specFile, outDir } = await project(BROKEN);
    const { code, out, err } = await run("generate", "--spec", specFile, "--out", outDir, "--name", "tiny");
    expect(code).toBe(1);
    expect(out).toBe("");
    // heading, then the spec excerpt with a caret under the column, then the fix
    expect(err).toMatch(
      /openapi\.yaml:10:(\d+) error BF230 path-parameter-undeclared: .*\{part\}.*\n(?: {4}.*\n)* {4}\s+\| +\^\n(?: {4}.*\n)* {4}fix: /,
    );
    expect(err).toMatch(/tiny\s+failed with 1 error\(s\); nothing written in \d+ ms/);
    expect(await listFiles(outDir)).toEqual([]);
  });

  it("a failing spec in a workspace changes no file, not even the root README's provider table", async () => {
    const dir = await makeTempDir();
    const readme = "# repo\n\n<!-- billforge:providers:start -->\nan old table\n<!-- billforge:providers:end -->\n";
    await writeFiles(dir, {
      "pnpm-workspace.yaml": "packages: []\n",
      "README.md": readme,
      "specs/tiny/openapi.yaml": BROKEN,
    });
    const before = await listFiles(dir);
    const { code, err } = await runCli(["generate", "tiny"], { cwd: dir });
    expect(code).toBe(1);
    expect(err).toMatch(/tiny\s+failed with 1 error\(s\); nothing written/);
    expect(await listFiles(dir)).toEqual(before);
    expect(await readFile(join(dir, "README.md"), "utf8")).toBe(readme);
  });

  it("writes a README.md from the spec, but never over a hand-written one", async () => {
    const generatedReadme = await project();
    await run("generate", "--spec", generatedReadme.specFile, "--out", generatedReadme.outDir, "--name", "@acme/tiny");
    const readme = await readFile(join(generatedReadme.outDir, "README.md"), "utf8");
    expect(readme).toMatch(/^<!-- Generated by billforge from \.\.\/spec\/openapi\.yaml\./);
    expect(readme).toContain("const result = await tiny.getThing({");
    const provenance = JSON.parse(await readFile(join(generatedReadme.outDir, "generated.json"), "utf8"));
    expect(provenance.files["README.md"]).toMatch(/^[0-9a-f]{64}$/);

    const handWritten = await project();
    await writeFiles(handWritten.outDir, { "README.md": "# Our own words\n" });
    const args = ["generate", "--spec", handWritten.specFile, "--out", handWritten.outDir, "--name", "@acme/tiny"];
    expect((await run(...args)).code).toBe(0);
    expect(await readFile(join(handWritten.outDir, "README.md"), "utf8")).toBe("# Our own words\n");
    const recorded = JSON.parse(await readFile(join(handWritten.outDir, "generated.json"), "utf8"));
    expect(recorded.files).not.toHaveProperty("README.md");
    expect((await run(...args, "--check")).code).toBe(0);
  });

  it("a failing spec leaves an existing package exactly as it was", async () => {
    const { specFile, outDir } = await project();
    const args = ["generate", "--spec", specFile, "--out", outDir, "--name", "tiny"];
    await run(...args);
    const before = await Promise.all(
      (await listFiles(outDir)).map(async (f) => [f, await readFile(join(outDir, f), "utf8")]),
    );
    await writeFile(specFile, BROKEN);
    expect((await run(...args)).code).toBe(1);
    const after = await Promise.all(
      (await listFiles(outDir)).map(async (f) => [f, await readFile(join(outDir, f), "utf8")]),
    );
    expect(after).toEqual(before);
  });

  it("is lenient by default: documentation gaps are warnings; --strict makes them errors", async () => {
    const lenient = await project(UNDOCUMENTED);
    const ok = await run("generate", "--spec", lenient.specFile, "--out", lenient.outDir, "--name", "tiny");
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("warning BF220 example-missing");
    expect(ok.out).toContain("wrote 16 of 16 files");

    const strict = await project(UNDOCUMENTED);
    const failed = await run(
      "generate",
      "--spec",
      strict.specFile,
      "--out",
      strict.outDir,
      "--name",
      "tiny",
      "--strict",
    );
    expect(failed.code).toBe(1);
    expect(failed.err).toContain("error BF220 example-missing");
    expect(await listFiles(strict.outDir)).toEqual([]);
  });

  it("--reporter json prints machine-readable results", async () => {
    const { specFile, outDir } = await project(BROKEN);
    const { code, out } = await run(
      "generate",
      "--spec",
      specFile,
      "--out",
      outDir,
      "--name",
      "tiny",
      "--reporter",
      "json",
    );
    expect(code).toBe(1);
    const [result] = JSON.parse(out);
    expect(result).toMatchObject({ name: "tiny", status: "failed", changed: [], removed: [] });
    expect(result.milliseconds).toBeTypeOf("number");
    expect(result.diagnostics).toMatchObject([{ code: "BF230", severity: "error", line: 10 }]);
  });
});
