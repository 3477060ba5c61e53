import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDirs, runCli, writeFiles } from "../../test/support.js";

afterAll(removeTempDirs);

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/diff/", import.meta.url));
const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const pair = (name: string) => [`${FIXTURES}${name}/before.yaml`, `${FIXTURES}${name}/after.yaml`];

const run = (argv: string[], options: { cwd?: string; color?: boolean } = {}) =>
  runCli(argv, { cwd: REPO, ...options });

const ESC = String.fromCharCode(27);
const hasAnsi = (text: string) => text.includes(`${ESC}[`);

describe("billforge diff <old> <new>", () => {
  it("prints the changes grouped by operation and schema, breaking first, and the bump", async () => {
    const { code, out } = await run(["diff", ...pair("recursive-schema-renamed")]);
    expect(code).toBe(0);
    expect(hasAnsi(out)).toBe(false);
    const lines = out.split("\n");
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(at("Operations")).toBeLessThan(at("getCustomer  GET /customers/{customerId}"));
    expect(at("getCustomer  GET")).toBeLessThan(at("response 200.email  format (none) → email"));
    expect(at("Schemas")).toBeLessThan(at("Customer  used by getCustomer, updateCustomer"));
    expect(out).toContain("✗ breaking      Customer  schema Customer removed [schema-removed]");
    expect(out).toContain("✓ non-breaking  Client  schema Client added [schema-added]");
    expect(lines.at(-1)).toBe("Summary: 1 breaking, 3 non-breaking → major version bump");
  });

  it("colours only when asked (a terminal, decided by the caller)", async () => {
    const { out } = await run(["diff", ...pair("operation-removed")], { color: true });
    expect(out).toContain(`${ESC}[31m✗ breaking`);
  });

  it("says so when nothing changed", async () => {
    const [same] = pair("operation-added");
    const { code, out } = await run(["diff", same!, same!]);
    expect(code).toBe(0);
    expect(out).toContain("No change to the generated client's API.");
  });

  it("--json prints every change with its classification and the bump", async () => {
    const { code, out } = await run(["diff", ...pair("parameter-added-required"), "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      bump: "major",
      breaking: 1,
      nonBreaking: 0,
      changes: [
        {
          kind: "parameter-added",
          breaking: true,
          where: "query.region",
          scope: { type: "operation", operationId: "getCustomer", method: "GET", path: "/customers/{customerId}" },
        },
      ],
    });
  });

  it.each([
    ["operation-removed", 1],
    ["operation-added", 0],
  ])("--fail-on-breaking: %s exits %i", async (fixture, exit) => {
    expect((await run(["diff", ...pair(fixture), "--fail-on-breaking"])).code).toBe(exit);
  });

  it("a spec with errors cannot be compared: its diagnostics, exit 2", async () => {
    const dir = await makeTempDir();
    const broken = await writeFiles(dir, { "broken.yaml": "openapi: 3.1.0\ninfo: [\n" });
    const { code, err } = await run(["diff", pair("operation-added")[0]!, broken]);
    expect(code).toBe(2);
    expect(err).toMatch(/broken\.yaml:\d+:\d+ error BF100/);
    expect(err).toContain("cannot be compared");
  });

  it.each([
    [["diff", "one.yaml"], "diff takes two spec files"],
    [["diff", "--base", "main"], "with --base, give one provider or spec file"],
    [["diff", "a.yaml", "b.yaml", "--reporter", "xml"], "--reporter must be text or json"],
  ])("usage error %j exits 2", async (argv, says) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain(says);
  });
});

/**
 * A git repository holding this workspace's manifests and changesets config plus a provider
 * `shop`, its spec committed as `before` and changed in the working tree.
 */
async function gitWorkspace() {
  const dir = await makeTempDir();
  const manifests = ["package.json", "pnpm-workspace.yaml", "generator/package.json", "test/package.json"];
  for (const entry of readdirSync(join(REPO, "packages"))) {
    manifests.push(`packages/${entry}/package.json`);
  }
  for (const file of [...manifests, ".changeset/config.json"]) {
    await cp(join(REPO, file), join(dir, file));
  }
  await writeFiles(dir, {
    "packages/shop/package.json": `${JSON.stringify({ name: "@billforge/shop", version: "1.2.3" }, null, 2)}\n`,
    "specs/shop/openapi.yaml": readFileSync(pair("response-field-removed")[0]!, "utf8"),
  });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "empty");
  git("add", "-A");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "spec");
  await writeFile(join(dir, "specs/shop/openapi.yaml"), readFileSync(pair("response-field-removed")[1]!, "utf8"));
  return dir;
}

describe("billforge diff --base <git-ref> <provider>", () => {
  it("compares the spec at the ref with the working tree", async () => {
    const cwd = await gitWorkspace();
    const { code, out } = await run(["diff", "--base", "main", "shop"], { cwd });
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe(
      "billforge diff: specs/shop/openapi.yaml at main → specs/shop/openapi.yaml in the working tree",
    );
    expect(out).toContain("✗ breaking      Customer.email  field email removed (response) [field-removed]");
  });

  it("a ref where the spec did not exist yet, or no ref at all, exits 2 with the reason", async () => {
    const cwd = await gitWorkspace();
    const missing = await run(["diff", "--base", "main~1", "shop"], { cwd });
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toContain("does not exist at main~1");
    const bad = await run(["diff", "--base", "no-such-branch", "shop"], { cwd });
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.err).toContain('git revision "no-such-branch" does not exist');
  });

  it("--changeset writes the changeset the diff implies, once, and `changeset version` applies it", async () => {
    const cwd = await gitWorkspace();
    const first = await run(["diff", "--base", "main", "shop", "--changeset"], { cwd });
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /wrote \.changeset\/billforge-shop-spec-major-[0-9a-f]{8}\.md \(@billforge\/shop: major\)/,
    );
    await run(["diff", "--base", "main", "shop", "--changeset"], { cwd });
    const written = readdirSync(join(cwd, ".changeset")).filter((f) => f.endsWith(".md"));
    expect(written).toHaveLength(1);
    const content = await readFile(join(cwd, ".changeset", written[0]!), "utf8");
    expect(content).toBe(
      [
        "---",
        '"@billforge/shop": major',
        "---",
        "",
        "Regenerated from a changed spec (specs/shop/openapi.yaml at main → specs/shop/openapi.yaml in the working tree).",
        "",
        "- **Breaking:** `Customer.email`: field email removed",
        "",
      ].join("\n"),
    );
    // The real changesets CLI accepts the file and bumps the package.
    execFileSync(join(REPO, "node_modules", ".bin", "changeset"), ["version"], { cwd, stdio: "pipe" });
    const manifest = JSON.parse(await readFile(join(cwd, "packages/shop/package.json"), "utf8"));
    expect(manifest.version).toBe("2.0.0");
    expect(await readFile(join(cwd, "packages/shop/CHANGELOG.md"), "utf8")).toContain("field email removed");
  });

  it("--changeset for an additive change is a minor bump; two files need --package", async () => {
    const cwd = await gitWorkspace();
    const withoutPackage = await run(["diff", ...pair("operation-added"), "--changeset"], { cwd });
    expect(withoutPackage.code).toBe(2);
    expect(withoutPackage.err).toContain("--changeset needs --package <name>");
    const { code, out } = await run(
      ["diff", ...pair("operation-added"), "--changeset", "--package", "@billforge/shop"],
      {
        cwd,
      },
    );
    expect(code).toBe(0);
    expect(out).toContain("(@billforge/shop: minor)");
  });

  it("--changeset for a spec whose text changed but not its API is a patch; for an identical spec, none", async () => {
    const cwd = await gitWorkspace();
    const docs = await run(["diff", ...pair("documentation-only"), "--changeset", "--package", "@billforge/shop"], {
      cwd,
    });
    expect(docs.out).toContain("(@billforge/shop: patch)");
    const [file] = readdirSync(join(cwd, ".changeset")).filter((f) => f.endsWith(".md"));
    expect(await readFile(join(cwd, ".changeset", file!), "utf8")).toContain(
      "- Documentation only; the client's API is unchanged.",
    );
    const [same] = pair("documentation-only");
    const none = await run(["diff", same!, same!, "--changeset", "--package", "@billforge/shop"], { cwd });
    expect(none.out).toContain("No change, so no changeset was written.");
  });
});
