import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDirs, runCli, writeFiles } from "../../test/support.js";

// How `billforge diff` finds, labels, reports and cleans up its two specs; what it finds
// between them is diff-command.test.ts's and diff-apis.test.ts's.
afterAll(removeTempDirs);

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/diff/", import.meta.url));
const before = `${FIXTURES}response-field-removed/before.yaml`;
const after = `${FIXTURES}response-field-removed/after.yaml`;

/** A git repository that is no pnpm workspace: `openapi.yaml` committed as `before`, changed to `after`. */
async function plainRepository() {
  const dir = await makeTempDir();
  await writeFiles(dir, { "openapi.yaml": readFileSync(before, "utf8") });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "spec");
  await writeFiles(dir, { "openapi.yaml": readFileSync(after, "utf8") });
  return dir;
}

/** Runs `fn` with os.tmpdir() answering `dir`, then puts TMPDIR back as it was (set or not). */
async function withTmpdir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    return await fn();
  } finally {
    if (saved === undefined) {
      delete process.env.TMPDIR;
    } else {
      process.env.TMPDIR = saved;
    }
  }
}

describe("billforge diff: reporters", () => {
  it("--reporter json prints the report as JSON", async () => {
    const { code, out } = await runCli(["diff", before, after, "--reporter", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ bump: "major", breaking: 1 });
  });

  it("--reporter text prints the text report", async () => {
    const { code, out } = await runCli(["diff", before, after, "--reporter", "text"]);
    expect(code).toBe(0);
    expect(out).toContain("[field-removed]");
    expect(() => JSON.parse(out)).toThrow();
  });
});

describe("billforge diff: finding the specs", () => {
  it.each([
    ["the old one", ["missing.yaml", after]],
    ["the new one", [before, "missing.yaml"]],
  ])("two files, %s missing: exit 2, naming it", async (_name, files) => {
    const cwd = await makeTempDir();
    const { code, err } = await runCli(["diff", ...files], { cwd });
    expect(code).toBe(2);
    expect(err).toBe("billforge diff: spec file not found: missing.yaml");
  });

  it("labels files outside the working directory by their absolute path", async () => {
    const cwd = await makeTempDir();
    const { out } = await runCli(["diff", before, after], { cwd });
    expect(out.split("\n")[0]).toBe(`billforge diff: ${before} → ${after}`);
  });

  it("--base with a spec path, outside any pnpm workspace", async () => {
    const cwd = await plainRepository();
    const { code, out } = await runCli(["diff", "--base", "main", "openapi.yaml", "--json"], { cwd });
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({
      base: "openapi.yaml at main",
      head: "openapi.yaml in the working tree",
      bump: "major",
    });
    // No provider, so no package to name.
    expect(report).not.toHaveProperty("package");
  });

  it("--base with a spec missing from the working tree: exit 2, naming it", async () => {
    const cwd = await plainRepository();
    const { code, err } = await runCli(["diff", "--base", "main", "specs/nope/openapi.yaml"], { cwd });
    expect(code).toBe(2);
    expect(err).toBe("billforge diff: spec file not found: specs/nope/openapi.yaml");
  });
});

describe("billforge diff: cleaning up", () => {
  it("removes the spec it extracted from git, once the diff is printed", async () => {
    const cwd = await plainRepository();
    const temp = await makeTempDir();
    const { code } = await withTmpdir(temp, () => runCli(["diff", "--base", "main", "openapi.yaml"], { cwd }));
    expect(code).toBe(0);
    expect(readdirSync(temp)).toEqual([]);
  });

  it("lets a failure that is not git's through, instead of reporting it as a bad revision", async () => {
    const cwd = await plainRepository();
    const run = withTmpdir(join(cwd, "no-such-folder"), () =>
      runCli(["diff", "--base", "main", "openapi.yaml"], { cwd }),
    );
    await expect(run).rejects.toMatchObject({ code: "ENOENT", syscall: "mkdtemp" });
  });
});

describe("billforge diff: reporting a spec it cannot read", () => {
  it("--json prints the errors as JSON, exit 2", async () => {
    const dir = await makeTempDir();
    const broken = await writeFiles(dir, { "broken.yaml": "openapi: 3.1.0\ninfo: [\n" });
    const { code, out } = await runCli(["diff", before, broken, "--json"]);
    expect(code).toBe(2);
    const report = JSON.parse(out);
    expect(report.error).toBe("spec has errors");
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: "BF100", severity: "error" })]);
  });
});

describe("billforge diff: a spec it cannot read, beside warnings", () => {
  it("reports only the errors", async () => {
    const dir = await makeTempDir();
    // A duplicate operationId is an error even when lenient; a missing one only a warning.
    const spec = await writeFiles(dir, {
      "openapi.yaml": [
        "openapi: 3.1.0",
        "info: { title: T, version: '1' }",
        "paths:",
        "  /a:",
        "    get: { operationId: same, responses: { '200': { description: ok } } }",
        "    post: { operationId: same, responses: { '200': { description: ok } } }",
        "  /b:",
        "    get: { responses: { '200': { description: ok } } }",
        "",
      ].join("\n"),
    });
    const { code, err } = await runCli(["diff", before, spec]);
    expect(code).toBe(2);
    expect(err).toContain("error BF202");
    expect(err).not.toMatch(/warning|BF200|BF250/);
  });
});

describe("billforge diff --changeset", () => {
  it("outside a changesets project: exit 2, saying how to set one up", async () => {
    const cwd = await makeTempDir();
    const { code, err } = await runCli(["diff", before, after, "--changeset", "--package", "@acme/shop"], { cwd });
    expect(code).toBe(2);
    expect(err).toContain("--changeset: no .changeset/config.json here or above; run `pnpm changeset init`");
  });
});
