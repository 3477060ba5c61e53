import { existsSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { syncProviderTable } from "../docs/provider-table.js";
import { type GenerateResult, type GenerateTarget, generateTarget } from "../generate.js";
import { watchTargets } from "../watch/watch-targets.js";
import { findWorkspaceRoot, listProviders, workspaceTarget } from "../workspace.js";
import { createSourceReader, diagnosticJson, renderDiagnostic } from "./diagnostic-output.js";
import { type CliIO, UsageError } from "./io.js";
import { capRepeats } from "./repeat-cap.js";
import { createStyle } from "./style.js";

/** `billforge generate`: once (optionally `--check`), or on every spec change with `--watch`. */
export async function runGenerateCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      check: { type: "boolean" },
      watch: { type: "boolean" },
      spec: { type: "string" },
      out: { type: "string" },
      name: { type: "string" },
      strict: { type: "boolean" },
      reporter: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const reporter = values.json ? "json" : (values.reporter ?? "text");
  if (reporter !== "text" && reporter !== "json") {
    throw new UsageError(`--reporter must be text or json, not ${reporter}`);
  }
  if (values.watch && values.check) {
    throw new UsageError("--watch and --check do not go together");
  }
  const { targets, workspaceRoot } = resolveTargets(positionals, values, io.cwd);

  if (values.watch) {
    return watchUntilInterrupted(targets, workspaceRoot, io, reporter);
  }
  const results: GenerateResult[] = [];
  for (const target of targets) {
    const result = await generateTarget(target, { check: values.check === true });
    results.push(result);
    if (reporter === "text") {
      reportResult(result, io);
    }
  }
  let tableStale = false;
  const failed = results.some((r) => r.status === "failed");
  // The table is read from the specs: after a failure it would show a spec nothing was generated from.
  if (workspaceRoot && !(failed && !values.check)) {
    const table = await syncProviderTable(workspaceRoot, { check: values.check === true });
    tableStale = table === "stale";
    if (reporter === "text" && table !== "unchanged" && table !== "absent") {
      (tableStale ? io.logError : io.log)(`README.md      provider table ${table}`);
    }
  }
  if (reporter === "json") {
    io.log(JSON.stringify(results.map(resultJson), null, 2));
  }
  const stale = tableStale || results.some((r) => r.status === "stale");
  if (values.check && stale && reporter === "text") {
    io.logError("Generated code is stale. Run `pnpm generate` and commit the result.");
  }
  return stale || failed ? 1 : 0;
}

async function watchUntilInterrupted(
  targets: readonly GenerateTarget[],
  workspaceRoot: string | undefined,
  io: CliIO,
  reporter: "text" | "json",
): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await watchTargets(targets, {
      signal: controller.signal,
      onRun: async (result) => {
        if (reporter === "json") {
          io.log(JSON.stringify(resultJson(result)));
        } else {
          reportResult(result, io);
        }
        if (workspaceRoot && result.status === "written") {
          await syncProviderTable(workspaceRoot, { check: false });
        }
      },
      onReady: (files) => {
        if (reporter === "text") {
          io.log(`watching ${files.length} spec file(s); Ctrl-C stops`);
        }
      },
    });
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
  if (reporter === "text") {
    io.log("stopped watching");
  }
  return 0;
}

type GenerateOptions = { spec?: string; out?: string; name?: string; strict?: boolean };

function resolveTargets(
  providers: readonly string[],
  values: GenerateOptions,
  cwd: string,
): { targets: GenerateTarget[]; workspaceRoot?: string } {
  if (values.spec !== undefined || values.out !== undefined || values.name !== undefined) {
    if (!values.spec || !values.out || !values.name) {
      throw new UsageError("--spec, --out and --name go together");
    }
    if (providers.length > 0) {
      throw new UsageError("give either provider names or --spec, not both");
    }
    const specFile = resolve(cwd, values.spec);
    if (!existsSync(specFile)) {
      throw new UsageError(`spec file not found: ${values.spec}`);
    }
    if (!/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(values.name)) {
      throw new UsageError(`--name must be an npm package name, e.g. @acme/petstore (got ${values.name})`);
    }
    const outDir = resolve(cwd, values.out);
    const inRepo = findWorkspaceRoot(outDir);
    const target: GenerateTarget = {
      name: basename(values.name),
      packageName: values.name,
      specFile,
      outDir,
      displayBase: outDir,
      profile: values.strict ? "strict" : "lenient",
      linkage: inRepo ? "workspace" : "published",
    };
    return { targets: [target] };
  }
  const root = findWorkspaceRoot(cwd);
  if (!root) {
    throw new UsageError("not inside a billforge workspace (no pnpm-workspace.yaml with specs/ above); use --spec");
  }
  const known = listProviders(root);
  const unknown = providers.filter((p) => !known.includes(p));
  if (unknown.length > 0) {
    throw new UsageError(`unknown provider ${unknown.join(", ")}; specs/ has ${known.join(", ") || "none"}`);
  }
  return {
    targets: (providers.length > 0 ? providers : known).map((p) => workspaceTarget(root, p)),
    workspaceRoot: root,
  };
}

/** Diagnostics (with spec excerpts), then one line: what happened, how long it took, where. */
export function reportResult(result: GenerateResult, io: CliIO): void {
  const { target, status, milliseconds } = result;
  const style = createStyle(io.color);
  const read = createSourceReader();
  const { shown, summaries } = capRepeats(result.diagnostics);
  for (const diagnostic of shown) {
    (diagnostic.severity === "error" ? io.logError : io.log)(renderDiagnostic(diagnostic, io.cwd, read, style));
  }
  for (const summary of summaries) {
    (summary.severity === "error" ? io.logError : io.log)(summary.line);
  }
  const where = relative(io.cwd, target.outDir) || ".";
  const summary: Record<typeof status, string> = {
    written: `wrote ${result.changed.length} of ${result.fileCount} files${result.removed.length ? `, removed ${result.removed.length}` : ""} (${result.operationCount} operations)`,
    unchanged: "unchanged",
    current: "up to date",
    stale: `stale: ${[...result.changed, ...result.removed].map((f) => relative(io.cwd, f)).join(", ")}`,
    failed: `failed with ${result.diagnostics.filter((d) => d.severity === "error").length} error(s); nothing written`,
  };
  const line = `${target.name.padEnd(14)} ${summary[status]} in ${milliseconds} ms → ${where}`;
  (status === "failed" || status === "stale" ? io.logError : io.log)(line);
}

function resultJson(result: GenerateResult) {
  const read = createSourceReader();
  return {
    name: result.target.name,
    status: result.status,
    milliseconds: result.milliseconds,
    changed: result.changed,
    removed: result.removed,
    diagnostics: result.diagnostics.map((d) => diagnosticJson(d, read)),
  };
}
