import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** `generated.json`: what a package was generated from, so anyone can tell if it is current. */
export interface Provenance {
  readonly generator: string;
  readonly generatorVersion: string;
  /** sha256 over the generator's compiled code: a changed generator means regenerate. */
  readonly generatorSha256: string;
  readonly spec: string;
  readonly specSha256: string;
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

/** Hash of this module's sibling `.js`/`.ts` files (dist when built, src under tests), sorted. */
function codeHash(): string {
  if (cachedCodeHash) return cachedCodeHash;
  const root = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(js|ts)$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name)) {
        hash.update(path.slice(root.length)).update(readFileSync(path));
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
