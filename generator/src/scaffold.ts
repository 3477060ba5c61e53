import { join } from "node:path";
import { formatJson } from "./json-text.js";
import type { FileToWrite } from "./write.js";

export interface ScaffoldOptions {
  /** Absolute package directory. */
  readonly dir: string;
  /** npm package name, e.g. `@acme/petstore`. */
  readonly packageName: string;
  readonly description: string;
  /** Version range for `@billforge/runtime`: `workspace:*` inside this repo. */
  readonly runtimeRange: string;
  /** Path of `tsconfig.base.json` relative to the package, when inside this repo. */
  readonly tsconfigBase?: string;
  readonly generateScript: string;
  /** The API has XML bodies: the package depends on the XML codec. */
  readonly usesXml: boolean;
}

/** The hand-owned files of a client package, written only when missing (never overwritten). */
export function scaffoldFiles(options: ScaffoldOptions): FileToWrite[] {
  const { dir } = options;
  const manifest = {
    name: options.packageName,
    version: "0.1.0",
    description: options.description,
    type: "module",
    license: "MIT",
    exports: {
      // The source condition first: the workspace's tests and type tests read sources, no build needed.
      ".": { "@billforge/source": "./src/index.ts", types: "./dist/index.d.ts", import: "./dist/index.js" },
      // The spec-checked mock for users' tests: its own entry, never in the main bundle.
      "./testing": {
        "@billforge/source": "./src/generated/testing.gen.ts",
        types: "./dist/generated/testing.gen.d.ts",
        import: "./dist/generated/testing.gen.js",
      },
      "./package.json": "./package.json",
    },
    files: ["dist", "generated.json"],
    sideEffects: false,
    engines: { node: ">=20.19.0" },
    scripts: {
      generate: options.generateScript,
      build: "tsc -b tsconfig.build.json",
      typecheck: "tsc -p tsconfig.json --noEmit",
      // The workspace's Biome, inside this repo.
      ...(options.tsconfigBase ? { lint: "biome check ." } : {}),
    },
    dependencies: {
      "@billforge/runtime": options.runtimeRange,
      ...(options.usesXml ? { "@billforge/xml": options.runtimeRange } : {}),
      zod: "4.6.7",
    },
    // The `generate` script runs this generator's `billforge` command.
    devDependencies: { "@billforge/generator": options.runtimeRange, typescript: "5.9.3" },
  };
  // Inside this repo the base config has every strict option; packages add Node's types like the rest of the workspace.
  const compilerOptions = options.tsconfigBase
    ? { types: ["node"] }
    : {
        target: "ES2022",
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        verbatimModuleSyntax: true,
        isolatedModules: true,
        skipLibCheck: true,
        declaration: true,
      };
  const base = options.tsconfigBase ? { extends: options.tsconfigBase } : {};
  const json = formatJson;
  return [
    { path: join(dir, "package.json"), content: `${JSON.stringify(manifest, null, 2)}\n` },
    {
      path: join(dir, "tsconfig.json"),
      content: json({
        ...base,
        compilerOptions: { noEmit: true, ...compilerOptions },
        include: options.tsconfigBase ? ["src/**/*.ts", "*.config.ts"] : ["src/**/*.ts"],
      }),
    },
    {
      path: join(dir, "tsconfig.build.json"),
      content: json({
        ...base,
        compilerOptions: {
          composite: true,
          rootDir: "src",
          outDir: "dist",
          tsBuildInfoFile: "dist/.tsbuildinfo",
          ...compilerOptions,
        },
        include: ["src/**/*.ts"],
        exclude: ["src/**/*.test.ts", "src/**/*.test-d.ts"],
      }),
    },
    {
      path: join(dir, "src", "index.ts"),
      content: [
        "// Public entry of the package. The generated surface is re-exported as is; add",
        "// hand-written helpers in src/lib/ and export them here.",
        'export * from "./generated/index.gen.js";',
        "",
      ].join("\n"),
    },
  ];
}
