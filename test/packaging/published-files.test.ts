import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedPackageDirs, REPO, readManifest, run } from "./release-workspace.js";

// What each package's tarball holds, as `pnpm pack` makes it (workspace:* replaced):
// publint and @arethetypeswrong/cli find no problem, and the files are the hygienic set.

const OUT = mkdtempSync(join(tmpdir(), "billforge-tarballs-"));
const ATTW = join(REPO, "test", "node_modules", ".bin", "attw");
const packages = publishedPackageDirs().map((dir) => ({
  dir: join(REPO, dir),
  name: readManifest(join(REPO, dir)).name,
}));
const tarballs = new Map<string, { file: string; unpacked: string; files: string[] }>();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split("\\").join("/"))
    .sort();
}

beforeAll(async () => {
  for (const { dir, name } of packages) {
    const destination = join(OUT, name.replace("/", "__"));
    await run(dir, "pnpm", ["pack", "--pack-destination", destination]);
    const file = join(destination, readdirSync(destination).find((entry) => entry.endsWith(".tgz"))!);
    await run(destination, "tar", ["xzf", file]);
    const unpacked = join(destination, "package");
    tarballs.set(name, { file, unpacked, files: filesUnder(unpacked) });
  }
}, 120_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const tarball = (name: string) => {
  const packed = tarballs.get(name);
  if (!packed) {
    throw new Error(`${name} was not packed`);
  }
  return packed;
};

/** Every file an `exports` entry names (conditions nested to any depth). */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === "string") {
    return [exports];
  }
  if (exports === null || typeof exports !== "object") {
    return [];
  }
  return Object.values(exports).flatMap(exportTargets);
}

describe.each(packages.map((p) => [p.name]))("%s", (name) => {
  it("publint (strict) reports nothing", async () => {
    const { file } = tarball(name);
    const bytes = readFileSync(file);
    const { messages, pkg } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      strict: true,
    });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it("@arethetypeswrong/cli reports nothing (require of ESM allowed: Node ≥ 20.19)", async () => {
    // attw does not model Node's require(esm) yet (arethetypeswrong issue 252), so that one
    // rule is off; the registry test runs a `.cts` consumer with require to prove it works.
    // Profile node16: resolution that reads `exports` (node16/nodenext, bundler). The legacy
    // `node10` resolution cannot see subpath entries (`/testing`, `/mock`) at all; the
    // packages need Node >= 20.19, whose resolution is the one checked.
    const { stdout } = await run(OUT, ATTW, [
      tarball(name).file,
      "--profile",
      "node16",
      "--ignore-rules",
      "cjs-resolves-to-esm",
      "--format",
      "ascii",
    ]);
    // attw exits non-zero on any problem (`run` throws then); every resolution checked is green.
    const verdicts = stdout.split("\n").filter((line) => /^(node16|bundler)/.test(line));
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.filter((line) => !line.includes("🟢"))).toEqual([]);
  }, 60_000);

  it("ships LICENSE and README.md, no build info, and every source map's sources", () => {
    const { files, unpacked } = tarball(name);
    expect(files).toContain("LICENSE");
    expect(files).toContain("README.md");
    expect(files.filter((file) => file.endsWith(".tsbuildinfo"))).toEqual([]);
    const missingSources = files
      .filter((file) => file.endsWith(".map"))
      .flatMap((map) => {
        const { sources } = JSON.parse(readFileSync(join(unpacked, map), "utf8")) as { sources: string[] };
        return sources
          .map((source) => relative(unpacked, resolve(dirname(join(unpacked, map)), source)))
          .filter((source) => !files.includes(source))
          .map((source) => `${map} → ${source}`);
      });
    expect(missingSources).toEqual([]);
  });

  it("every exports target is in the tarball, and zod is a peer dependency, never a dependency", () => {
    const { files, unpacked } = tarball(name);
    const manifest = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8"));
    const missing = exportTargets(manifest.exports)
      .map((target: string) => relative(".", target))
      .filter((target: string) => !files.includes(target));
    expect(missing).toEqual([]);
    // Libraries hand their zod schemas to the user's code: one zod, the user's (a peer). The
    // CLI reads spec extensions with a zod of its own that never leaves it: a dependency.
    if (name !== "@billforge/generator") {
      expect(manifest.dependencies?.zod).toBeUndefined();
    }
    expect(JSON.stringify(manifest)).not.toContain("workspace:");
    const importsZod = /^import .* from "zod(\/[a-z]+)?";$/m;
    const usesZod = files.some(
      (file) => file.endsWith(".js") && importsZod.test(readFileSync(join(unpacked, file), "utf8")),
    );
    if (usesZod && name !== "@billforge/generator") {
      expect(manifest.peerDependencies?.zod).toMatch(/^\^4\./);
    }
  });
});
