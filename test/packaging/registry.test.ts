import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandKind, commandParts, readmeCommands } from "../support/readme-commands.js";
import { consumerFiles, EXPECTED_OUTPUT } from "./consumer-files.js";
import { type Manifest, REPO, readManifest, run, stageReleaseWorkspace } from "./release-workspace.js";
import { type Registry, startVerdaccio } from "./verdaccio.js";

// A release rehearsed end to end: the pending changesets applied (`changeset version`), every
// package published with `pnpm publish` to a Verdaccio on 127.0.0.1, then installed by a
// stranger outside the workspace with npm and with pnpm, and used from ESM, a bundler and
// CommonJS, and by a package generated with `billforge generate --spec`.
// Everything else installed comes from the public registry at pinned versions, from the
// local caches where they have it (`--prefer-offline`).

const TIMEOUT = 600_000;
const ROOT = mkdtempSync(join(tmpdir(), "billforge-registry-"));
const RELEASE = join(ROOT, "release");
let registry: Registry;
let published: Manifest[] = [];

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** Packages of these scopes come from the test's registry, the rest from the usual one. */
function npmrc(): string {
  const host = registry.url.replace(/^http:/, "");
  return [
    `@billforge:registry=${registry.url}`,
    `@acme:registry=${registry.url}`,
    `${host}:_authToken=${registry.token}`,
    "",
  ].join("\n");
}

const version = (name: string) => {
  const manifest = published.find((m) => m.name === name);
  if (!manifest) {
    throw new Error(`${name} was not published`);
  }
  return manifest.version;
};

beforeAll(async () => {
  registry = await startVerdaccio(ROOT, ["@billforge", "@acme"]);
  const dirs = stageReleaseWorkspace(RELEASE);
  await run(RELEASE, "pnpm", ["install", "--frozen-lockfile", "--offline", "--ignore-scripts"]);
  await run(RELEASE, process.execPath, [join(REPO, "node_modules/@changesets/cli/bin.js"), "version"]);
  writeFileSync(join(RELEASE, ".npmrc"), npmrc());
  await run(RELEASE, "pnpm", ["-r", "publish", "--no-git-checks", "--access", "public"]);
  published = dirs.map(readManifest);
}, TIMEOUT);

afterAll(async () => {
  await registry?.stop();
  // Four installed projects: removing them takes a while on a busy machine.
  await rm(ROOT, { recursive: true, force: true });
}, TIMEOUT);

describe("the release", () => {
  it("applies the pending changesets and publishes every package at its new version", async () => {
    expect(published.map((m) => m.name).sort()).toEqual([
      "@billforge/billogram",
      "@billforge/exsited",
      "@billforge/generator",
      "@billforge/hostup",
      "@billforge/invoicexpress",
      "@billforge/runtime",
      "@billforge/xml",
    ]);
    for (const manifest of published) {
      const response = await fetch(`${registry.url}${manifest.name.replace("/", "%2f")}`);
      expect(response.status, manifest.name).toBe(200);
      const document = (await response.json()) as { "dist-tags": { latest: string } };
      expect(document["dist-tags"].latest, manifest.name).toBe(manifest.version);
    }
  });

  it("replaces workspace:* by the published versions, and zod is a peer dependency", async () => {
    for (const { name, version: v } of published) {
      const response = await fetch(`${registry.url}${name.replace("/", "%2f")}/${v}`);
      const manifest = (await response.json()) as Manifest & { devDependencies?: Record<string, string> };
      const ranges = { ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.devDependencies };
      expect(JSON.stringify(ranges), name).not.toContain("workspace:");
      for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
        if (dependency.startsWith("@billforge/")) {
          expect(range, `${name} → ${dependency}`).toBe(version(dependency));
        }
      }
      // The CLI's own zod (spec extensions) never reaches users' code; libraries peer theirs.
      if (name !== "@billforge/generator") {
        expect(manifest.dependencies?.zod, name).toBeUndefined();
      }
    }
    const hostup = (await (
      await fetch(`${registry.url}@billforge%2fhostup/${version("@billforge/hostup")}`)
    ).json()) as Manifest;
    expect(hostup.peerDependencies).toEqual({ zod: "^4.6.0" });
  });
});

const MANAGERS = {
  npm: ["install", "--prefer-offline", "--no-audit", "--no-fund"],
  pnpm: ["install", "--prefer-offline"],
} as const;

describe.each(Object.keys(MANAGERS) as (keyof typeof MANAGERS)[])("installed with %s by a stranger", (manager) => {
  const project = join(ROOT, `consumer-${manager}`);
  const tsc = (config: string) => run(project, process.execPath, ["node_modules/typescript/bin/tsc", "-p", config]);

  beforeAll(async () => {
    writeFiles(project, {
      ...consumerFiles({
        hostup: version("@billforge/hostup"),
        runtime: version("@billforge/runtime"),
        generator: version("@billforge/generator"),
      }),
      ".npmrc": npmrc(),
    });
    await run(project, manager, [...MANAGERS[manager]]);
  }, TIMEOUT);

  it(
    "type-checks and runs an ES module consumer (module nodenext, strict)",
    async () => {
      await tsc("esm/tsconfig.json");
      writeFileSync(join(project, "out", "esm", "package.json"), '{ "type": "module" }\n');
      const { stdout } = await run(project, process.execPath, ["out/esm/main.js"]);
      expect(stdout.trim()).toBe(EXPECTED_OUTPUT);
    },
    TIMEOUT,
  );

  it(
    "type-checks and runs a bundler consumer (moduleResolution bundler, bundled by esbuild)",
    async () => {
      await tsc("bundler/tsconfig.json");
      const bundle = join("out", "bundle.mjs");
      await run(project, "node_modules/.bin/esbuild", [
        "bundler/main.ts",
        "--bundle",
        "--platform=node",
        "--format=esm",
        `--outfile=${bundle}`,
        "--log-level=warning",
      ]);
      const { stdout } = await run(project, process.execPath, [bundle]);
      expect(stdout.trim()).toBe(EXPECTED_OUTPUT);
    },
    TIMEOUT,
  );

  it(
    "type-checks a .cts consumer and runs it with require()",
    async () => {
      await tsc("cjs/tsconfig.json");
      const compiled = readFileSync(join(project, "out", "cjs", "main.cjs"), "utf8");
      expect(compiled).toContain('require("@billforge/hostup")');
      const { stdout } = await run(project, process.execPath, ["out/cjs/main.cjs"]);
      expect(stdout.trim()).toBe(EXPECTED_OUTPUT);
    },
    TIMEOUT,
  );

  it(
    "generates a package with `billforge generate --spec` that installs from published packages and runs",
    async () => {
      cpSync(join(REPO, "test", "fixtures", "specs", "idempotency.yaml"), join(project, "orders.yaml"));
      await run(project, "node_modules/.bin/billforge", [
        "generate",
        "--spec",
        "orders.yaml",
        "--out",
        "orders",
        "--name",
        "@acme/orders",
      ]);
      const dir = join(project, "orders");
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<
        string,
        Record<string, string>
      >;
      expect(manifest.dependencies).toEqual({ "@billforge/runtime": `^${version("@billforge/runtime")}` });
      expect(manifest.peerDependencies).toEqual({ zod: "^4.6.0" });
      expect(manifest.devDependencies?.["@billforge/generator"]).toBe(`^${version("@billforge/generator")}`);
      writeFileSync(join(dir, ".npmrc"), npmrc());
      writeFileSync(
        join(dir, "check.mjs"),
        [
          'import { createOrdersClient } from "@acme/orders";',
          'const fetch = async () => new Response(\'[{"id":"o1"}]\', { status: 200, headers: { "content-type": "application/json" } });',
          "const orders = await createOrdersClient({ fetch }).listOrders();",
          "console.log(JSON.stringify(orders));",
          "",
        ].join("\n"),
      );
      await run(dir, manager, [...MANAGERS[manager]]);
      await run(dir, manager, ["run", "build"]);
      const { stdout } = await run(dir, process.execPath, ["check.mjs"]);
      expect(stdout.trim()).toBe('[{"id":"o1"}]');
    },
    TIMEOUT,
  );
});

// The package READMEs' install commands (`pnpm add @billforge/hostup`, `npm install … zod`),
// run as written through a shell, each in a new empty project that gets the published
// packages from this registry; every @billforge package it names must then import.
const installs = readmeCommands(REPO).flatMap(({ file, command }) =>
  commandParts(command)
    .filter((part) => commandKind(part) === "registry")
    .map((part) => ({ file, part })),
);

describe("the package READMEs' install commands", () => {
  it("are found", () => {
    expect(installs.length).toBeGreaterThan(0);
  });

  it.each(installs.map((install, index) => [install.file, install.part, index] as const))(
    "%s: %s",
    async (_file, part, index) => {
      const project = join(ROOT, `readme-install-${index}`);
      writeFiles(project, {
        "package.json": '{ "name": "readme-reader", "private": true, "type": "module" }\n',
        ".npmrc": npmrc(),
      });
      await run(project, "sh", ["-c", part], { npm_config_prefer_offline: "true" });
      for (const name of part.split(" ").filter((word) => word.startsWith("@billforge/"))) {
        const { stdout } = await run(project, process.execPath, [
          "--input-type=module",
          "-e",
          `const m = await import(${JSON.stringify(name)}); console.log(Object.keys(m).length > 0);`,
        ]);
        expect(stdout.trim(), name).toBe("true");
      }
    },
    TIMEOUT,
  );
});
