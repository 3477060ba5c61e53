import { existsSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type GenerateResult, type GenerateTarget, generateTarget } from "./generate.js";
import { formatDiagnostic } from "./load/diagnostics.js";
import { generatorIdentity } from "./provenance.js";
import { findWorkspaceRoot, listProviders, workspaceTarget } from "./workspace.js";

const USAGE = `Usage:
  billforge generate [provider...] [--check]       generate packages/<provider> from specs/<provider>/openapi.yaml
  billforge generate --spec <file> --out <dir> --name <package> [--check] [--strict]
                                                   generate a client package for any OpenAPI 3.0/3.1 spec
Options:
  --check          write nothing; exit 1 listing every stale file
  --reporter json  print results as JSON (for CI)
  --strict         with --spec: treat documentation gaps (examples, docs links) as errors
  --help, --version`;

/** Parses arguments, runs, reports. Returns the exit code. */
export async function main(
  argv: readonly string[],
  log: (line: string) => void = console.log,
  logError: (line: string) => void = console.error,
  cwd: string = process.cwd(),
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    logError(`billforge: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    log(USAGE);
    return 0;
  }
  if (values.version) {
    log(generatorIdentity().generatorVersion);
    return 0;
  }
  const [command, ...providers] = positionals;
  if (command !== "generate") {
    logError(`billforge: unknown command ${command === undefined ? "(none)" : JSON.stringify(command)}\n\n${USAGE}`);
    return 2;
  }
  const targets = resolveTargets(providers, values, cwd);
  if (typeof targets === "string") {
    logError(`billforge: ${targets}`);
    return 2;
  }
  const results: GenerateResult[] = [];
  for (const target of targets) {
    const result = await generateTarget(target, { check: values.check === true });
    results.push(result);
    if (values.reporter !== "json") report(result, cwd, log, logError);
  }
  if (values.reporter === "json") log(JSON.stringify(results.map(toJson), null, 2));
  const failed = results.some((r) => r.status === "failed" || r.status === "stale");
  if (values.check && results.some((r) => r.status === "stale") && values.reporter !== "json") {
    logError("Generated code is stale. Run `pnpm generate` and commit the result.");
  }
  return failed ? 1 : 0;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      check: { type: "boolean" },
      spec: { type: "string" },
      out: { type: "string" },
      name: { type: "string" },
      strict: { type: "boolean" },
      reporter: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" },
    },
  });
}

function resolveTargets(
  providers: string[],
  values: ReturnType<typeof parse>["values"],
  cwd: string,
): GenerateTarget[] | string {
  if (values.reporter !== undefined && !["text", "json"].includes(values.reporter)) {
    return `--reporter must be text or json, not ${values.reporter}`;
  }
  if (values.spec !== undefined || values.out !== undefined || values.name !== undefined) {
    if (!values.spec || !values.out || !values.name) return "--spec, --out and --name go together";
    if (providers.length > 0) return "give either provider names or --spec, not both";
    const specFile = resolve(cwd, values.spec);
    if (!existsSync(specFile)) return `spec file not found: ${values.spec}`;
    if (!/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(values.name)) {
      return `--name must be an npm package name, e.g. @acme/petstore (got ${values.name})`;
    }
    const outDir = resolve(cwd, values.out);
    const inRepo = findWorkspaceRoot(outDir);
    return [
      {
        name: basename(values.name),
        packageName: values.name,
        specFile,
        outDir,
        displayBase: outDir,
        profile: values.strict ? "strict" : "lenient",
        runtimeRange: inRepo ? "workspace:*" : `^${generatorIdentity().generatorVersion}`,
      },
    ];
  }
  const root = findWorkspaceRoot(cwd);
  if (!root) return "not inside a billforge workspace (no pnpm-workspace.yaml with specs/ above); use --spec";
  const known = listProviders(root);
  const unknown = providers.filter((p) => !known.includes(p));
  if (unknown.length > 0) return `unknown provider ${unknown.join(", ")}; specs/ has ${known.join(", ") || "none"}`;
  return (providers.length > 0 ? providers : known).map((p) => workspaceTarget(root, p));
}

function report(result: GenerateResult, cwd: string, log: (s: string) => void, logError: (s: string) => void): void {
  const { target, status, milliseconds } = result;
  for (const diagnostic of result.diagnostics)
    (diagnostic.severity === "error" ? logError : log)(formatDiagnostic(diagnostic, cwd));
  const where = relative(cwd, target.outDir) || ".";
  const summary: Record<typeof status, string> = {
    written: `wrote ${result.changed.length} of ${result.fileCount} files${result.removed.length ? `, removed ${result.removed.length}` : ""} (${result.operationCount} operations)`,
    unchanged: "unchanged",
    current: "up to date",
    stale: `stale: ${[...result.changed, ...result.removed].map((f) => relative(cwd, f)).join(", ")}`,
    failed: `failed with ${result.diagnostics.filter((d) => d.severity === "error").length} error(s); nothing written`,
  };
  const line = `${target.name.padEnd(14)} ${summary[status]} in ${milliseconds} ms → ${where}`;
  (status === "failed" || status === "stale" ? logError : log)(line);
}

function toJson(result: GenerateResult) {
  return {
    name: result.target.name,
    status: result.status,
    milliseconds: result.milliseconds,
    changed: result.changed,
    removed: result.removed,
    diagnostics: result.diagnostics,
  };
}
