import { formatJson } from "../json-text.js";

/**
 * Edits of the workspace's shared files that make a new package part of the build:
 * the solution tsconfig's project references and the test workspace's dependencies.
 * Each returns the new text, or the same text when the package is already wired.
 */
export function withProjectReference(tsconfigText: string, provider: string): string {
  const config = JSON.parse(tsconfigText) as { references?: { path: string }[] };
  const path = `./packages/${provider}/tsconfig.build.json`;
  const references = config.references ?? [];
  if (references.some((r) => r.path === path)) {
    return tsconfigText;
  }
  return formatJson({ ...config, references: [...references, { path }] });
}

export function withTestDependency(manifestText: string, packageName: string): string {
  const manifest = JSON.parse(manifestText) as { devDependencies?: Record<string, string> };
  const dependencies = manifest.devDependencies ?? {};
  if (dependencies[packageName]) {
    return manifestText;
  }
  const sorted = Object.fromEntries(
    Object.entries({ ...dependencies, [packageName]: "workspace:*" }).sort(([a], [b]) => a.localeCompare(b)),
  );
  return `${JSON.stringify({ ...manifest, devDependencies: sorted }, null, 2)}\n`;
}
