import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ADVISORIES, EXACT_PINS } from "./advisories.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXACT_VERSION = /^\d+\.\d+\.\d+$/;

interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly scripts?: Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

const readManifest = (path: string): Manifest => JSON.parse(readFileSync(path, "utf8")) as Manifest;

/** The root and every workspace package (pnpm-workspace.yaml: generator, packages/*, test). */
const WORKSPACE = [
  ROOT,
  join(ROOT, "generator"),
  join(ROOT, "test"),
  ...readdirSync(join(ROOT, "packages"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(ROOT, "packages", entry.name)),
].map((dir) => ({ dir, manifest: readManifest(join(dir, "package.json")) }));

/** The version installed for `dir`, read from the package.json node resolves to (pnpm links it there). */
function installedVersion(dir: string, dependency: string): string {
  const version = readManifest(join(dir, "node_modules", dependency, "package.json")).version;
  if (version === undefined) {
    throw new Error(`${dependency} in ${dir} has no version`);
  }
  return version;
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split("-")[0]!.split(".").map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}

/** Every runtime dependency (peers included: zod) of a workspace package, with what is installed for it. */
const runtimeDependencies = WORKSPACE.flatMap(({ dir, manifest }) =>
  Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).map((dependency) => ({
    owner: manifest.name ?? dir,
    dependency,
    installed: installedVersion(dir, dependency),
  })),
);

describe("supply chain", () => {
  describe.each(EXACT_PINS)("%s", (dependency) => {
    const declarations = WORKSPACE.flatMap(({ manifest }) =>
      (["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] as const).flatMap((field) => {
        const range = manifest[field]?.[dependency];
        return range === undefined ? [] : [{ owner: manifest.name, field, range }];
      }),
    );

    it("is declared somewhere, always with an exact version", () => {
      expect(declarations.length).toBeGreaterThan(0);
      for (const declaration of declarations) {
        expect(declaration.range, JSON.stringify(declaration)).toMatch(EXACT_VERSION);
      }
    });

    it("is installed at exactly the pinned version", () => {
      for (const { dir, manifest } of WORKSPACE) {
        const range = manifest.dependencies?.[dependency] ?? manifest.devDependencies?.[dependency];
        if (range !== undefined) {
          expect(installedVersion(dir, dependency)).toBe(range);
        }
      }
    });
  });

  it.each(ADVISORIES.map((advisory) => [advisory.ids.join(" / "), advisory] as const))(
    "no installed runtime dependency is below the fix for %s",
    (_ids, advisory) => {
      const installs = runtimeDependencies.filter((entry) => entry.dependency === advisory.package);
      // A row for a package nothing depends on any more is stale: remove it.
      expect(installs.length, `${advisory.package} is a runtime dependency`).toBeGreaterThan(0);
      for (const install of installs) {
        expect(
          compareVersions(install.installed, advisory.firstFixed),
          `${install.owner} has ${advisory.package}@${install.installed}; ${advisory.summary} is fixed in ${advisory.firstFixed}`,
        ).toBeGreaterThanOrEqual(0);
      }
    },
  );

  it("compares versions numerically", () => {
    expect(compareVersions("5.12.1", "5.7.0")).toBeGreaterThan(0);
    expect(compareVersions("5.6.9", "5.7.0")).toBeLessThan(0);
    expect(compareVersions("5.7.0", "5.7.0")).toBe(0);
    expect(compareVersions("10.0.0", "9.9.9")).toBeGreaterThan(0);
  });

  it("offers `pnpm audit:deps` for people with the advisory service, and CI does not depend on it", () => {
    const root = readManifest(join(ROOT, "package.json"));
    expect(root.scripts?.["audit:deps"]).toMatch(/^pnpm audit\b/);
    expect(root.scripts?.test).not.toMatch(/audit/);
    expect(readFileSync(join(ROOT, ".ci", "run"), "utf8")).not.toMatch(/audit/);
  });
});
