import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBillforge } from "../support/billforge.js";
import { typecheckPackageReadme } from "../support/readme-examples.js";
import { typecheckDirectory } from "../support/typecheck.js";

// `billforge init` in a scratch copy of this workspace's shared files, then `generate`:
// adding a provider must be writing its spec and generating, nothing else.
const REPO = fileURLToPath(new URL("../../", import.meta.url));
const WORKSPACE = join(REPO, "test", ".tmp", "init");
const PACKAGE = join(WORKSPACE, "packages", "acme-pay");
const read = (path: string) => readFileSync(join(WORKSPACE, path), "utf8");

const billforge = (...argv: string[]) => runBillforge(WORKSPACE, ...argv);

/**
 * Runs the scaffolded contract test with this repository's vitest and its config (snapshots
 * recorded as on a first run): the failed tests' names, and one recorded exchange.
 */
function runContractTest(): { failures: string[]; snapshot: string } {
  const snapshots = join(WORKSPACE, "test/contract/acme-pay/__snapshots__");
  rmSync(snapshots, { recursive: true, force: true });
  const report = join(WORKSPACE, "contract-report.json");
  const vitest = join(REPO, "test/node_modules/vitest/vitest.mjs");
  const args = [vitest, "run", "--update", "contract/acme-pay", "--reporter=json", `--outputFile=${report}`];
  try {
    execFileSync(process.execPath, args, { cwd: join(WORKSPACE, "test"), stdio: "pipe" });
  } catch {
    // A failed run still writes its report; the failures are read from it below.
  }
  const results = JSON.parse(readFileSync(report, "utf8")) as {
    numTotalTests: number;
    testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
  };
  expect(results.numTotalTests).toBeGreaterThan(1);
  const failures = results.testResults
    .flatMap((file) => file.assertionResults)
    .filter((test) => test.status !== "passed")
    .map((test) => `${test.fullName}: ${test.failureMessages.join("\n")}`);
  const [first] = readdirSync(snapshots);
  return { failures, snapshot: first === undefined ? "" : readFileSync(join(snapshots, first), "utf8") };
}

beforeAll(() => {
  rmSync(WORKSPACE, { recursive: true, force: true });
  mkdirSync(join(WORKSPACE, "specs"), { recursive: true });
  for (const file of [
    "package.json",
    "LICENSE",
    "pnpm-workspace.yaml",
    "tsconfig.json",
    "tsconfig.base.json",
    "turbo.json",
    "biome.json",
    "test/package.json",
    "test/vitest.config.ts",
    "test/contract/contract-cases.ts",
    "test/contract/contract-credentials.ts",
    "test/contract/run-contract-case.ts",
    "test/contract/recording-fetch.ts",
  ]) {
    cpSync(join(REPO, file), join(WORKSPACE, file));
  }
  // The tests' own tsconfig references the workspace's projects; the scratch copy has none.
  writeFileSync(join(WORKSPACE, "test", "tsconfig.json"), '{ "extends": "../tsconfig.base.json" }\n');
  cpSync(join(REPO, "specs", "hostup"), join(WORKSPACE, "specs", "hostup"), { recursive: true });
});
afterAll(() => process.env.KEEP_INIT || rmSync(WORKSPACE, { recursive: true, force: true }));

describe("billforge init acme-pay", () => {
  it("writes the starter spec, the package, its contract test and the workspace wiring", async () => {
    const { code, output } = await billforge("init", "acme-pay");
    expect(code).toBe(0);
    expect(output.split("\n").filter((l) => l.startsWith("wrote "))).toEqual([
      "wrote specs/acme-pay/openapi.yaml",
      "wrote specs/acme-pay/README.md",
      "wrote packages/acme-pay/package.json",
      "wrote packages/acme-pay/tsconfig.json",
      "wrote packages/acme-pay/tsconfig.build.json",
      "wrote packages/acme-pay/src/index.ts",
      "wrote packages/acme-pay/turbo.json",
      "wrote packages/acme-pay/LICENSE",
      "wrote test/contract/acme-pay/contract.test.ts",
      "wrote tsconfig.json",
      "wrote test/package.json",
    ]);
    expect(output).toContain("pnpm generate");
  });

  it("makes the package exactly like the existing providers'", () => {
    const like = (file: string, provider = "hostup") =>
      expect(read(`packages/acme-pay/${file}`)).toBe(
        readFileSync(join(REPO, "packages", provider, file), "utf8").replaceAll(provider, "acme-pay"),
      );
    like("tsconfig.json");
    like("tsconfig.build.json");
    like("turbo.json");
    like("src/index.ts");
    like("LICENSE");
    const manifest = JSON.parse(read("packages/acme-pay/package.json"));
    const billogram = JSON.parse(readFileSync(join(REPO, "packages/billogram/package.json"), "utf8"));
    expect(manifest).toEqual({
      ...billogram,
      name: "@billforge/acme-pay",
      description: "Typed, validated client for the AcmePay API, generated by billforge",
      scripts: { ...billogram.scripts, generate: "billforge generate acme-pay" },
    });
  });

  it("wires the package into the solution tsconfig and the test workspace", () => {
    const solution = JSON.parse(read("tsconfig.json"));
    expect(solution.references.at(-1)).toEqual({ path: "./packages/acme-pay/tsconfig.build.json" });
    const tests = JSON.parse(read("test/package.json"));
    expect(tests.devDependencies["@billforge/acme-pay"]).toBe("workspace:*");
    expect(Object.keys(tests.devDependencies)).toEqual(Object.keys(tests.devDependencies).sort());
  });

  it("refuses a provider that exists, and names that are not package names", async () => {
    expect(await billforge("init", "acme-pay")).toMatchObject({
      code: 1,
      output: expect.stringContaining("already exist"),
    });
    expect(await billforge("init", "hostup")).toMatchObject({ code: 1 });
    expect(await billforge("init", "Acme Pay")).toMatchObject({
      code: 2,
      output: expect.stringContaining("provider name"),
    });
  });

  it("the starter spec is lint-clean under the strict rules and generates a package that type-checks", async () => {
    const { code, output } = await billforge("generate", "acme-pay");
    expect(output).not.toMatch(/warning|error/);
    expect(output).toMatch(/acme-pay\s+wrote 12 of 12 files \(1 operations\)/);
    expect(code).toBe(0);
    expect(typecheckDirectory(join(PACKAGE, "src"))).toEqual([]);
    expect((await billforge("generate", "acme-pay", "--check")).code).toBe(0);
  }, 120_000);

  it("the contract test and the generated README's examples type-check against the new package", () => {
    // What `pnpm install` would do: link the package where the tests resolve it.
    mkdirSync(join(WORKSPACE, "node_modules", "@billforge"), { recursive: true });
    symlinkSync(PACKAGE, join(WORKSPACE, "node_modules", "@billforge", "acme-pay"), "dir");
    expect(typecheckDirectory(join(WORKSPACE, "test", "contract"))).toEqual([]);
    expect(typecheckPackageReadme(join(PACKAGE, "README.md"), join(WORKSPACE, "readme-check"))).toEqual([]);
  }, 120_000);

  it("the contract test passes against the starter spec, sending the API key the spec names", async () => {
    const { failures, snapshot } = await runContractTest();
    expect(failures).toEqual([]);
    expect(snapshot).toContain("x-api-key: <apiKey>");
  }, 180_000);

  it("after switching the spec to bearer auth the same contract test passes the token option", async () => {
    const spec = read("specs/acme-pay/openapi.yaml");
    const bearer = spec.replace(
      /ApiKeyAuth:\n {6}type: apiKey\n {6}in: header\n {6}name: X-API-Key\n/,
      "ApiKeyAuth:\n      type: http\n      scheme: bearer\n",
    );
    expect(bearer).not.toBe(spec);
    writeFileSync(join(WORKSPACE, "specs/acme-pay/openapi.yaml"), bearer);
    expect((await billforge("generate", "acme-pay")).code).toBe(0);
    expect(read("packages/acme-pay/src/generated/client.gen.ts")).toContain("token: string");
    const { failures, snapshot } = await runContractTest();
    expect(failures).toEqual([]);
    expect(snapshot).toContain("authorization: Bearer <token>");
    expect(snapshot).not.toContain("x-api-key");
  }, 180_000);

  it("the scaffolded files pass the workspace's Biome rules", () => {
    const biome = join(REPO, "node_modules", ".bin", "biome");
    const files = ["tsconfig.json", "test/package.json", "packages/acme-pay", "test/contract/acme-pay"];
    expect(() =>
      execFileSync(biome, ["check", "--vcs-enabled=false", ...files], { cwd: WORKSPACE, stdio: "pipe" }),
    ).not.toThrow();
  });
});
