import { createRequire } from "node:module";

/** What a client package's `package.json` is made from. */
export interface ManifestOptions {
  /** npm package name, e.g. `@acme/petstore`. */
  readonly packageName: string;
  readonly description: string;
  /** `workspace` inside this repo; `published` elsewhere (semver ranges of published packages). */
  readonly linkage: "workspace" | "published";
  readonly generateScript: string;
  /** The workspace's Biome lints the package (inside this repo). */
  readonly lint: boolean;
  /** The API has XML bodies: the package depends on the XML codec. */
  readonly usesXml: boolean;
}

/** zod is the user's: one copy, theirs, within this range. The exact version is the one developed against. */
export const ZOD_PEER_RANGE = "^4.6.0";
export const ZOD_DEV_VERSION = "4.6.7";
const TYPESCRIPT_VERSION = "5.9.3";

/**
 * The `package.json` of a generated client package: ESM, loadable by `require` on Node
 * ≥ 20.19 (the `default` condition), sources shipped so the source condition, source maps
 * and declaration maps point at files in the tarball.
 */
export function packageManifest(options: ManifestOptions): Record<string, unknown> {
  const ranges = options.linkage === "workspace" ? workspaceRanges() : publishedRanges();
  return {
    name: options.packageName,
    version: "0.1.0",
    description: options.description,
    type: "module",
    license: "MIT",
    // For resolvers that predate `exports`.
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: {
      // The source condition first: the workspace's tests and type tests read sources, no build needed.
      ".": { "@billforge/source": "./src/index.ts", types: "./dist/index.d.ts", default: "./dist/index.js" },
      // The spec-checked mock for users' tests: its own entry, never in the main bundle.
      "./testing": {
        "@billforge/source": "./src/generated/testing.gen.ts",
        types: "./dist/generated/testing.gen.d.ts",
        default: "./dist/generated/testing.gen.js",
      },
      "./package.json": "./package.json",
    },
    files: ["dist", "!dist/.tsbuildinfo", "src", "!src/**/*.test.ts", "!src/**/*.test-d.ts", "generated.json"],
    sideEffects: false,
    engines: { node: ">=20.19.0" },
    scripts: {
      generate: options.generateScript,
      build: "tsc -b tsconfig.build.json",
      typecheck: "tsc -p tsconfig.json --noEmit",
      ...(options.lint ? { lint: "biome check ." } : {}),
    },
    dependencies: {
      "@billforge/runtime": ranges.runtime,
      ...(options.usesXml ? { "@billforge/xml": ranges.xml } : {}),
    },
    peerDependencies: { zod: ZOD_PEER_RANGE },
    // The `generate` script runs the generator's `billforge` command.
    devDependencies: {
      "@billforge/generator": ranges.generator,
      typescript: TYPESCRIPT_VERSION,
      zod: ZOD_DEV_VERSION,
    },
  };
}

function workspaceRanges() {
  return { runtime: "workspace:*", xml: "workspace:*", generator: "workspace:*" };
}

/** Caret ranges of the runtime and codec this generator was built with, and of itself. */
function publishedRanges() {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return {
    runtime: `^${version("@billforge/runtime")}`,
    xml: `^${version("@billforge/xml")}`,
    generator: `^${version("@billforge/generator")}`,
  };
}
