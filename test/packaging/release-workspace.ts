import { execFile } from "node:child_process";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** Runs a command; on failure the error carries its whole output. */
export async function run(cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  try {
    return await promisify(execFile)(command, [...args], {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}\n${stdout ?? ""}\n${stderr ?? ""}`, {
      cause: error,
    });
  }
}

export const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** The published packages' folders: the generator and every folder of packages/. */
export function publishedPackageDirs(): string[] {
  const packages = readdirSync(join(REPO, "packages"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join("packages", entry.name));
  return ["generator", ...packages];
}

export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

export const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

/** Build and install state that never goes into a tarball: not worth copying. */
const SKIPPED = new Set(["node_modules", ".turbo", ".vitest-results", "test", "test-fixtures"]);

/**
 * A copy of the workspace as a release sees it, in `dir`: the root manifest, workspace
 * file and lockfile, the published packages (built), the tests' manifest (an importer of
 * the lockfile) and the changesets with their config. A release is rehearsed there, never
 * in the repository. Returns the copied package folders.
 */
export function stageReleaseWorkspace(dir: string): string[] {
  const dirs = publishedPackageDirs();
  for (const file of ["package.json", "pnpm-workspace.yaml", "pnpm-lock.yaml", "test/package.json", ".changeset"]) {
    cpSync(join(REPO, file), join(dir, file), { recursive: true });
  }
  for (const relative of dirs) {
    cpSync(join(REPO, relative), join(dir, relative), {
      recursive: true,
      filter: (source) => !SKIPPED.has(basename(source)),
    });
  }
  return dirs.map((relative) => join(dir, relative));
}
