import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { dedent, listFiles, makeTempDir, removeTempDirs, runCli, writeFiles } from "../test/support.js";
import { GeneratedSyntaxError } from "./emit/generated-syntax-error.js";
import { generateTarget } from "./generate.js";

afterAll(removeTempDirs);

// A generator bug, simulated: the testing emitter leaves a bracket open.
const BROKEN_TESTING_FILE = "export const mock = {\n  a: [1, 2,\n};\n";
vi.mock("./emit/testing-file.js", () => ({ emitTestingFile: () => BROKEN_TESTING_FILE }));

const SPEC = dedent(`
  openapi: 3.1.0
  info:
    title: Tiny
    version: 1.0.0
  servers:
    - url: https://api.tiny.example
  paths:
    /things:
      get:
        operationId: listThings
        responses:
          '200':
            description: Things.
            content:
              application/json:
                schema: { type: array, items: { type: string } }
                example: [a]
`);

async function project() {
  const dir = await makeTempDir();
  const specFile = await writeFiles(dir, { "spec/openapi.yaml": SPEC });
  return { dir, specFile, outDir: join(dir, "out") };
}

describe("the syntax guard over generated files", () => {
  it("`generate --check` exits 1 naming the file, line and the snippet", async () => {
    const { specFile, outDir } = await project();
    const { code, err } = await runCli(["generate", "--spec", specFile, "--out", outDir, "--name", "tiny", "--check"]);
    expect(code).toBe(1);
    expect(err).toContain("billforge bug: the generated");
    // Named as the package shows it (relative to --out here, to the repository for a provider).
    expect(err).toMatch(/the generated src\/generated\/testing\.gen\.ts does not parse at line 3, column 1/);
    expect(err).toContain("2 |   a: [1, 2,\n3 | };\n  | ^");
    expect(await listFiles(outDir)).toEqual([]);
  });

  it("with checkSyntax, generation writes nothing at all", async () => {
    const { dir, specFile, outDir } = await project();
    const target = {
      name: "tiny",
      packageName: "tiny",
      specFile,
      outDir,
      displayBase: dir,
      profile: "lenient",
      linkage: "published",
    } as const;
    await expect(generateTarget(target, { check: false, checkSyntax: true })).rejects.toBeInstanceOf(
      GeneratedSyntaxError,
    );
    expect(await listFiles(outDir)).toEqual([]);
  });

  it("`--check` also parses files that are current on disk", async () => {
    const { specFile, outDir } = await project();
    // Written without the check (the default of `generate`), then checked: the stored file is parsed.
    expect((await runCli(["generate", "--spec", specFile, "--out", outDir, "--name", "tiny"])).code).toBe(0);
    expect(await listFiles(outDir)).toContain("src/generated/testing.gen.ts");
    const { code, err } = await runCli(["generate", "--spec", specFile, "--out", outDir, "--name", "tiny", "--check"]);
    expect(code).toBe(1);
    expect(err).toMatch(/testing\.gen\.ts does not parse at line 3/);
  });
});
