import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createSourceReader, diagnosticJson, renderDiagnostic } from "../cli/diagnostic-output.js";
import { type CliIO, UsageError } from "../cli/io.js";
import { createStyle } from "../cli/style.js";
import { buildIR } from "../ir/build-ir.js";
import { type LoadedSpec, loadSpec } from "../load/load-spec.js";
import { findWorkspaceRoot, listProviders } from "../workspace.js";
import { type Bump, impliedBump } from "./change.js";
import { changesetFor, findChangesetDir } from "./changeset.js";
import { diffApis } from "./diff-apis.js";
import { formatDiff } from "./format-diff.js";
import { GitRefError, specAtGitRef } from "./spec-at-git-ref.js";

/** `billforge diff`: compare two versions of a spec as the users of its client see them. */
export async function runDiffCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      base: { type: "string" },
      json: { type: "boolean" },
      reporter: { type: "string" },
      "fail-on-breaking": { type: "boolean" },
      changeset: { type: "boolean" },
      package: { type: "string" },
    },
  });
  const json = values.json === true || values.reporter === "json";
  if (values.reporter !== undefined && !["text", "json"].includes(values.reporter)) {
    throw new UsageError(`--reporter must be text or json, not ${values.reporter}`);
  }
  const inputs = await resolveInputs(positionals, values.base, values.package, io.cwd);
  if (typeof inputs === "string") {
    io.logError(`billforge diff: ${inputs}`);
    return 2;
  }
  try {
    const [base, head] = await Promise.all([loadSpec(inputs.baseFile, LENIENT), loadSpec(inputs.headFile, LENIENT)]);
    const unreadable = [base, head].filter((spec) => !spec.document);
    if (unreadable.length > 0) {
      reportUnreadable(unreadable, io, json);
      return 2;
    }
    // The diff compares operations, schemas, servers and auth, never the API's own name.
    const changes = diffApis(buildIR(base.document!, UNNAMED), buildIR(head.document!, UNNAMED));
    // A spec whose text changed without changing the API (descriptions, examples) is a patch.
    const bump: Bump | undefined =
      changes.length > 0 ? impliedBump(changes) : base.sha256 === head.sha256 ? undefined : "patch";
    const report = { base: inputs.baseLabel, head: inputs.headLabel, changes, bump };
    const breaking = changes.filter((c) => c.breaking).length;
    if (json) {
      io.log(
        JSON.stringify(
          { ...report, package: inputs.packageName, breaking, nonBreaking: changes.length - breaking },
          null,
          2,
        ),
      );
    } else {
      io.log(formatDiff(report, createStyle(io.color)));
    }
    if (values.changeset) {
      const written = await writeChangeset(inputs, bump, report.changes, io.cwd);
      (json ? io.logError : io.log)(written);
    }
    return values["fail-on-breaking"] && breaking > 0 ? 1 : 0;
  } finally {
    await inputs.dispose();
  }
}

const LENIENT = { profile: "lenient" } as const;
const UNNAMED = { name: "api" } as const;

interface DiffInputs {
  readonly baseFile: string;
  readonly headFile: string;
  readonly baseLabel: string;
  readonly headLabel: string;
  readonly packageName: string | undefined;
  dispose(): Promise<void>;
}

async function resolveInputs(
  positionals: readonly string[],
  base: string | undefined,
  packageName: string | undefined,
  cwd: string,
): Promise<DiffInputs | string> {
  const nothingToDispose = async () => {};
  if (base === undefined) {
    if (positionals.length !== 2) {
      throw new UsageError("diff takes two spec files, or --base <git-ref> and one provider or spec");
    }
    const [baseFile, headFile] = positionals.map((p) => resolve(cwd, p)) as [string, string];
    for (const file of [baseFile, headFile]) {
      if (!existsSync(file)) {
        return `spec file not found: ${relative(cwd, file)}`;
      }
    }
    return {
      baseFile,
      headFile,
      baseLabel: shown(cwd, baseFile),
      headLabel: shown(cwd, headFile),
      packageName,
      dispose: nothingToDispose,
    };
  }
  if (positionals.length !== 1) {
    throw new UsageError("with --base, give one provider or spec file");
  }
  const { file, provider } = resolveSpec(positionals[0]!, cwd);
  if (!existsSync(file)) {
    return `spec file not found: ${relative(cwd, file)}`;
  }
  try {
    const old = await specAtGitRef(file, base, cwd);
    const path = shown(cwd, file);
    return {
      baseFile: old.file,
      headFile: file,
      baseLabel: `${path} at ${base}`,
      headLabel: `${path} in the working tree`,
      packageName: packageName ?? (provider ? `@billforge/${provider}` : undefined),
      dispose: old.dispose,
    };
  } catch (error) {
    if (error instanceof GitRefError) {
      return error.message;
    }
    throw error;
  }
}

/** A provider of the workspace (`hostup`) or a path to a spec file. */
function resolveSpec(given: string, cwd: string): { file: string; provider?: string } {
  const root = findWorkspaceRoot(cwd);
  if (root && listProviders(root).includes(given)) {
    return { file: resolve(root, "specs", given, "openapi.yaml"), provider: given };
  }
  return { file: resolve(cwd, given) };
}

/** Relative to the working directory when inside it, absolute otherwise. */
function shown(cwd: string, file: string): string {
  const path = relative(cwd, file);
  return path.startsWith("..") ? file : path;
}

function reportUnreadable(specs: readonly LoadedSpec[], io: CliIO, json: boolean): void {
  const read = createSourceReader();
  const errors = specs.flatMap((spec) => spec.diagnostics.filter((d) => d.severity === "error"));
  if (json) {
    io.log(
      JSON.stringify({ error: "spec has errors", diagnostics: errors.map((d) => diagnosticJson(d, read)) }, null, 2),
    );
    return;
  }
  const style = createStyle(io.color);
  for (const diagnostic of errors) {
    io.logError(renderDiagnostic(diagnostic, io.cwd, read, style));
  }
  io.logError("billforge diff: fix the errors above first; a spec with errors cannot be compared");
}

async function writeChangeset(
  inputs: DiffInputs,
  bump: Bump | undefined,
  changes: Parameters<typeof changesetFor>[4],
  cwd: string,
): Promise<string> {
  if (bump === undefined) {
    return "No change, so no changeset was written.";
  }
  if (!inputs.packageName) {
    throw new UsageError("--changeset needs --package <name> when comparing two files");
  }
  const dir = findChangesetDir(cwd);
  if (!dir) {
    throw new UsageError("--changeset: no .changeset/config.json here or above; run `pnpm changeset init`");
  }
  const summary = `Regenerated from a changed spec (${inputs.baseLabel} → ${inputs.headLabel}).`;
  const file = changesetFor(dir, inputs.packageName, bump, summary, changes);
  await mkdir(dir, { recursive: true });
  await writeFile(file.path, file.content);
  return `wrote ${relative(cwd, file.path)} (${inputs.packageName}: ${bump})`;
}
