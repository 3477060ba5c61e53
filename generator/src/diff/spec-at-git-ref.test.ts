import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDirs, writeFiles } from "../../test/support.js";
import { GitRefError, specAtGitRef } from "./spec-at-git-ref.js";

afterAll(removeTempDirs);

/** A repository whose first commit holds `specs/shop/openapi.yaml` and the schema file it references. */
async function repository() {
  const dir = await makeTempDir();
  await writeFiles(dir, {
    "specs/shop/openapi.yaml": "openapi: 3.1.0 # at first\n",
    "specs/shop/schemas/customer.yaml": "type: object\n",
    "specs/other/openapi.yaml": "openapi: 3.1.0\n",
  });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "specs");
  await writeFiles(dir, { "specs/shop/openapi.yaml": "openapi: 3.1.0 # changed\n" });
  return dir;
}

describe("specAtGitRef", () => {
  it("extracts the spec's whole top folder as it was at the ref, and removes it on dispose", async () => {
    const repo = await repository();
    const old = await specAtGitRef(join(repo, "specs/shop/openapi.yaml"), "main", repo);
    expect(old.file).toMatch(/billforge-diff-[^/]+\/specs\/shop\/openapi\.yaml$/);
    expect(readFileSync(old.file, "utf8")).toBe("openapi: 3.1.0 # at first\n");
    // Files the spec references, and the folder's other specs, come along.
    const root = old.file.slice(0, -"shop/openapi.yaml".length);
    expect(readFileSync(join(root, "shop/schemas/customer.yaml"), "utf8")).toBe("type: object\n");
    expect(existsSync(join(root, "other/openapi.yaml"))).toBe(true);
    await old.dispose();
    expect(existsSync(old.file)).toBe(false);
    expect(existsSync(root)).toBe(false);
  });

  it("extracts a spec that sits at the repository's root", async () => {
    const repo = await repository();
    await writeFiles(repo, { "openapi.yaml": "openapi: 3.1.0 # root\n" });
    execFileSync("git", ["add", "openapi.yaml"], { cwd: repo });
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "root"], {
      cwd: repo,
    });
    const old = await specAtGitRef(join(repo, "openapi.yaml"), "main", repo);
    expect(readFileSync(old.file, "utf8")).toBe("openapi: 3.1.0 # root\n");
    await old.dispose();
  });

  it("rejects, without crashing the process, when git cannot be started", async () => {
    const repo = await repository();
    const path = process.env.PATH;
    process.env.PATH = await makeTempDir();
    try {
      const error = await specAtGitRef(join(repo, "specs/shop/openapi.yaml"), "main", repo).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitRefError);
      expect(error).toMatchObject({
        message: "git could not be started: spawn git ENOENT",
        cause: expect.objectContaining({ code: "ENOENT" }),
      });
    } finally {
      process.env.PATH = path;
    }
  });

  it("outside any repository, passes on git's own complaint", async () => {
    const dir = await makeTempDir();
    const error = await specAtGitRef(join(dir, "openapi.yaml"), "main", dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitRefError);
    const { message } = error as Error;
    expect(message).toMatch(/^git rev-parse --show-toplevel: fatal: not a git repository/);
    // git ends its message with a newline; the error does not.
    expect(message).toBe(message.trim());
  });

  it.each<[string, (repo: string) => [string, string], (repo: string) => string]>([
    [
      "a spec outside the repository",
      () => ["/elsewhere/openapi.yaml", "main"],
      (repo) => `/elsewhere/openapi.yaml is not inside the git repository at ${repo}`,
    ],
    [
      "a revision that does not exist",
      (repo) => [join(repo, "specs/shop/openapi.yaml"), "nope"],
      () => 'git revision "nope" does not exist',
    ],
    [
      "a spec file that did not exist at the ref",
      (repo) => [join(repo, "specs/shop/v2.yaml"), "main"],
      () => "specs/shop/v2.yaml does not exist at main",
    ],
    [
      "a top folder that did not exist at the ref",
      (repo) => [join(repo, "docs/openapi.yaml"), "main"],
      () => "docs does not exist at main",
    ],
  ])("refuses %s with a GitRefError saying so", async (_name, given, says) => {
    const repo = await repository();
    const [file, ref] = given(repo);
    const error = await specAtGitRef(file, ref, repo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitRefError);
    expect(error).toMatchObject({ name: "GitRefError", message: says(repo) });
  });
});
