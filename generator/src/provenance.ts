import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** `generated.json`: what a package was generated from, so anyone can tell if it is current. */
export interface Provenance {
  readonly generator: string;
  readonly generatorVersion: string;
  /** sha256 over the generator's compiled code: a changed generator means regenerate. */
  readonly generatorSha256: string;
  readonly spec: string;
  /** Every file the spec is made of, relative to the display base, in bundling order. */
  readonly specFiles: readonly string[];
  readonly specSha256: string;
  readonly operationCount: number;
  /** Generated file (relative to the package) → sha256 of its content. */
  readonly files: Readonly<Record<string, string>>;
}

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export function generatorIdentity(): Pick<Provenance, "generator" | "generatorVersion" | "generatorSha256"> {
  const manifest = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  return { generator: manifest.name, generatorVersion: manifest.version, generatorSha256: codeHash() };
}

let cachedCodeHash: string | undefined;

/**
 * Hash of the generator's sources (`src/`, so a build and a test run agree), or of `dist/`
 * where sources are not shipped.
 */
function codeHash(): string {
  if (cachedCodeHash) {
    return cachedCodeHash;
  }
  const root = existsSync(join(packageRoot, "src"))
    ? join(packageRoot, "src")
    : dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(path);
      } else if (/\.(js|ts)$/.test(entry.name) && !/\.(test|test-d|d)\.ts$/.test(entry.name)) {
        hash.update(path.slice(root.length).split("\\").join("/")).update(readFileSync(path));
      }
    }
  };
  visit(root);
  cachedCodeHash = hash.digest("hex");
  return cachedCodeHash;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function serializeProvenance(provenance: Provenance): string {
  return `${JSON.stringify(provenance, null, 2)}\n`;
}
