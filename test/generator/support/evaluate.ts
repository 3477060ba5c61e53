import { lazySchema } from "@billforge/runtime";
import * as builders from "@billforge/runtime/schema-builder";
import ts from "typescript";

/** The generated schema code's imports, the real ones; relative imports load other generated files. */
const EXTERNAL: Record<string, unknown> = {
  "@billforge/runtime": { lazySchema },
  "@billforge/runtime/schema-builder": builders,
};

/**
 * Loads generated TypeScript files (path → source) as CommonJS modules and returns the
 * exports of `entry`, so tests can run the zod schemas the generator wrote.
 */
export function loadGenerated(files: Record<string, string>, entry: string): Record<string, unknown> {
  const cache = new Map<string, Record<string, unknown>>();
  const load = (path: string): Record<string, unknown> => {
    const cached = cache.get(path);
    if (cached) {
      return cached;
    }
    const source = files[path];
    if (source === undefined) {
      throw new Error(`no generated file ${path}`);
    }
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false },
    });
    const module = { exports: {} as Record<string, unknown> };
    cache.set(path, module.exports);
    const require = (specifier: string) => {
      if (specifier in EXTERNAL) {
        return EXTERNAL[specifier];
      }
      if (specifier.startsWith("./")) {
        return load(specifier.slice(2).replace(/\.js$/, ".ts"));
      }
      throw new Error(`generated code imports ${specifier}`);
    };
    new Function("require", "exports", "module", outputText)(require, module.exports, module);
    return module.exports;
  };
  return load(entry);
}
