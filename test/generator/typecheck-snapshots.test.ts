/**
 * The snapshot files of scenarios.test.ts must compile under the workspace's strict
 * compiler options, against the real @billforge/runtime and zod. One program holds every
 * fixture's snapshot directory, so the libraries are checked once.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, SNAPSHOTS_DIR } from "./support/fixtures.js";
import { formatDiagnostics, tsFilesUnder, typecheck } from "./support/typecheck.js";

let diagnostics: readonly ts.Diagnostic[] = [];

beforeAll(() => {
  const files = FIXTURES.filter((f) => existsSync(join(SNAPSHOTS_DIR, f))).flatMap((f) =>
    tsFilesUnder(join(SNAPSHOTS_DIR, f)),
  );
  diagnostics = typecheck(files);
}, 120_000);

const inDir = (dir: string) => (d: ts.Diagnostic) => d.file?.fileName.startsWith(`${dir}/`) === true;

describe("snapshots type-check", () => {
  it.each(FIXTURES)("%s", (fixture) => {
    const dir = join(SNAPSHOTS_DIR, fixture);
    expect(tsFilesUnder(dir).map((f) => f.slice(dir.length + 1))).toContain("index.gen.ts");
    expect(formatDiagnostics(diagnostics.filter(inDir(dir)))).toBe("");
  });

  it("nothing outside the snapshots (runtime, zod, options) reports a problem either", () => {
    expect(formatDiagnostics(diagnostics.filter((d) => !inDir(SNAPSHOTS_DIR)(d)))).toBe("");
  });
});
