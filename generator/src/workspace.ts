import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { GenerateTarget } from "./generate.js";

/** The billforge repo root: the nearest ancestor with `pnpm-workspace.yaml` and `specs/`. */
export function findWorkspaceRoot(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml")) && existsSync(join(dir, "specs"))) {
      return dir;
    }
    if (dirname(dir) === dir) {
      return undefined;
    }
  }
}

/** Providers are the folders of `specs/` holding an `openapi.yaml`, sorted. */
export function listProviders(root: string): string[] {
  return readdirSync(join(root, "specs"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, "specs", entry.name, "openapi.yaml")))
    .map((entry) => entry.name)
    .sort();
}

export function workspaceTarget(root: string, provider: string): GenerateTarget {
  return {
    name: provider,
    packageName: `@billforge/${provider}`,
    specFile: join(root, "specs", provider, "openapi.yaml"),
    outDir: join(root, "packages", provider),
    displayBase: root,
    profile: "strict",
    linkage: "workspace",
    tsconfigBase: "../../tsconfig.base.json",
  };
}
