import { readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { packageReadme } from "./docs/package-readme.js";
import { buildIR } from "./ir/build-ir.js";
import type { Diagnostic } from "./load/diagnostics.js";
import type { LintProfile } from "./load/lint/index.js";
import { loadSpec, specSha256 } from "./load/load-spec.js";
import { generatorIdentity, type Provenance, serializeProvenance, sha256 } from "./provenance.js";
import { scaffoldFiles } from "./scaffold.js";
import { type FileToWrite, writeIfChanged } from "./write.js";

export interface GenerateTarget {
  /** Package short name (`petstore`): names the client (`createPetstoreClient`). */
  readonly name: string;
  readonly packageName: string;
  /** Absolute path of the spec's root file. */
  readonly specFile: string;
  /** Absolute package directory. */
  readonly outDir: string;
  /** Base the spec path is shown relative to in headers and provenance (the repo root). */
  readonly displayBase: string;
  readonly profile: LintProfile;
  /** `workspace` inside this repo (`workspace:*` dependencies), `published` elsewhere. */
  readonly linkage: "workspace" | "published";
  readonly tsconfigBase?: string;
}

export type GenerateStatus = "written" | "unchanged" | "stale" | "current" | "failed";

export interface GenerateResult {
  readonly target: GenerateTarget;
  readonly status: GenerateStatus;
  readonly diagnostics: readonly Diagnostic[];
  /** Files written (or, with `check`, stale), absolute. */
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly fileCount: number;
  readonly operationCount: number;
  readonly milliseconds: number;
}

export interface GenerateOptions {
  /** Write nothing; the result says whether the package is stale. */
  readonly check: boolean;
  /**
   * Parse every generated file and throw a GeneratedSyntaxError for a syntax error (a
   * generator bug). Defaults to `check`: on the largest corpus spec parsing adds almost half
   * to the generation time, so `pnpm generate` leaves it to `--check` (CI) and tests.
   */
  readonly checkSyntax?: boolean;
}

/**
 * load → IR → emit → write for one package. A spec with errors writes nothing. With
 * `check`, nothing is written and the result says whether the package is stale.
 */
export async function generateTarget(target: GenerateTarget, options: GenerateOptions): Promise<GenerateResult> {
  const checkSyntax = options.checkSyntax ?? options.check;
  const started = performance.now();
  const done = (rest: Omit<GenerateResult, "target" | "milliseconds">): GenerateResult => ({
    target,
    milliseconds: Math.round(performance.now() - started),
    ...rest,
  });
  const identity = generatorIdentity();
  const specDisplay = toDisplay(target.displayBase, target.specFile);
  const provenancePath = join(target.outDir, "generated.json");
  const previous = await readProvenance(provenancePath);
  // Same spec files, same generator, outputs untouched: skip loading and emitting entirely.
  if (previous && (await isCurrent(previous, target, identity.generatorSha256))) {
    if (checkSyntax) {
      // Files written without the check are checked here, as they are on disk.
      await assertAllParse(
        target,
        await Promise.all(
          Object.keys(previous.files).map(async (file) => ({
            path: join(target.outDir, file),
            content: await readFile(join(target.outDir, file), "utf8"),
          })),
        ),
      );
    }
    return done({
      status: options.check ? "current" : "unchanged",
      diagnostics: [],
      changed: [],
      removed: [],
      fileCount: Object.keys(previous.files).length,
      operationCount: previous.operationCount,
    });
  }

  const loaded = await loadSpec(target.specFile, { profile: target.profile });
  if (!loaded.document) {
    return done({
      status: "failed",
      diagnostics: loaded.diagnostics,
      changed: [],
      removed: [],
      fileCount: 0,
      operationCount: 0,
    });
  }

  const api = buildIR(loaded.document, { name: target.name });
  // The emitters (and openapi-typescript with them) load only when there is work to do.
  const { generatePackageSources } = await import("./emit/generate-package.js");
  const sources = await generatePackageSources(api, loaded.document, specDisplay);
  const generatedDir = join(target.outDir, "src", "generated");
  const files: FileToWrite[] = sources.map((s) => ({ path: join(generatedDir, s.path), content: s.content }));
  if (checkSyntax) {
    await assertAllParse(target, files);
  }
  const readme = await packageReadme(api, target.packageName, specDisplay, target.outDir);
  const provenance: Provenance = {
    ...identity,
    spec: specDisplay,
    specFiles: loaded.files.map((file) => toDisplay(target.displayBase, file)),
    specSha256: loaded.sha256,
    operationCount: api.operations.length,
    files: Object.fromEntries([
      ...sources.map((s) => [`src/generated/${s.path}`, sha256(s.content)]),
      ...(readme === undefined ? [] : [["README.md", sha256(readme)]]),
    ]),
  };
  if (readme !== undefined) {
    files.push({ path: join(target.outDir, "README.md"), content: readme });
  }
  files.push({ path: provenancePath, content: serializeProvenance(provenance) });
  const usesXml = sources.some((s) => s.path === "xml-codec.gen.ts");
  files.push(...(await missingScaffold(target, specDisplay, usesXml)));

  const outcome = await writeIfChanged(files, [generatedDir], options.check);
  const stale = outcome.changed.length > 0 || outcome.removed.length > 0;
  return done({
    status: options.check ? (stale ? "stale" : "current") : stale ? "written" : "unchanged",
    diagnostics: loaded.diagnostics,
    changed: outcome.changed,
    removed: outcome.removed,
    fileCount: files.length,
    operationCount: api.operations.length,
  });
}

/** Throws a GeneratedSyntaxError, naming the file as shown to the user, for the first `.ts` file that does not parse. */
async function assertAllParse(target: GenerateTarget, files: readonly FileToWrite[]): Promise<void> {
  // The compiler loads only when asked for: `pnpm generate` without `--check` never needs it.
  const { assertParses } = await import("./emit/syntax-guard.js");
  for (const file of files) {
    if (file.path.endsWith(".ts")) {
      assertParses(toDisplay(target.displayBase, file.path), file.content);
    }
  }
}

async function readProvenance(path: string): Promise<Provenance | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as Provenance;
  } catch {
    return undefined;
  }
}

/** Same spec files, same generator, and every generated file still as recorded. */
async function isCurrent(previous: Provenance, target: GenerateTarget, generatorSha256: string): Promise<boolean> {
  if (previous.generatorSha256 !== generatorSha256 || !Array.isArray(previous.specFiles)) {
    return false;
  }
  const specTexts = await Promise.all(
    previous.specFiles.map((file) => readFile(join(target.displayBase, file), "utf8").catch(() => undefined)),
  );
  if (specTexts.some((text) => text === undefined) || specSha256(specTexts as string[]) !== previous.specSha256) {
    return false;
  }
  if (toDisplay(target.displayBase, target.specFile) !== previous.spec) {
    return false;
  }
  const recorded = Object.entries(previous.files ?? {});
  for (const [file, hash] of recorded) {
    const content = await readFile(join(target.outDir, file), "utf8").catch(() => undefined);
    if (content === undefined || sha256(content) !== hash) {
      return false;
    }
  }
  return recorded.length > 0;
}

function toDisplay(base: string, file: string): string {
  return relative(base, file).split(sep).join("/");
}

async function missingScaffold(target: GenerateTarget, specDisplay: string, usesXml: boolean): Promise<FileToWrite[]> {
  const files = scaffoldFiles({
    dir: target.outDir,
    packageName: target.packageName,
    description: `Typed, validated client generated by billforge from ${specDisplay}`,
    linkage: target.linkage,
    generateScript:
      target.linkage === "workspace"
        ? `billforge generate ${target.name}`
        : `billforge generate --spec ${relative(target.outDir, target.specFile)} --out . --name ${target.packageName}`,
    ...(target.tsconfigBase ? { tsconfigBase: target.tsconfigBase } : {}),
    usesXml,
  });
  const missing: FileToWrite[] = [];
  for (const file of files) {
    const exists = await readFile(file.path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      missing.push(file);
    }
  }
  return missing;
}
