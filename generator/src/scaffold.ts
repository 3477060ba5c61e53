import { join } from "node:path";
import { formatJson } from "./json-text.js";
import { packageManifest } from "./package-manifest.js";
import type { FileToWrite } from "./write.js";

export interface ScaffoldOptions {
  /** Absolute package directory. */
  readonly dir: string;
  /** npm package name, e.g. `@acme/petstore`. */
  readonly packageName: string;
  readonly description: string;
  /** `workspace` inside this repo: `workspace:*` ranges; `published` elsewhere. */
  readonly linkage: "workspace" | "published";
  /** Path of `tsconfig.base.json` relative to the package, when inside this repo. */
  readonly tsconfigBase?: string;
  readonly generateScript: string;
  /** The API has XML bodies: the package depends on the XML codec. */
  readonly usesXml: boolean;
}

/** The hand-owned files of a client package, written only when missing (never overwritten). */
export function scaffoldFiles(options: ScaffoldOptions): FileToWrite[] {
  const { dir } = options;
  const manifest = packageManifest({
    packageName: options.packageName,
    description: options.description,
    linkage: options.linkage,
    generateScript: options.generateScript,
    // The workspace's Biome, inside this repo.
    lint: options.tsconfigBase !== undefined,
    usesXml: options.usesXml,
  });
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
