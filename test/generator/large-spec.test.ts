/**
 * A synthetic spec with 1,000+ operations goes through the CLI (`billforge generate --spec`)
 * and the package it writes type-checks under the workspace's strict options. Timings are
 * printed, not asserted (DESIGN.md: performance bars are benchmarks, never timed tests).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "@billforge/generator";
import { afterAll, describe, expect, it } from "vitest";
import { type OpenApiVersion, syntheticSpec } from "./support/synthetic-spec.js";
import { formatDiagnostics, tsFilesUnder, typecheck } from "./support/typecheck.js";

const RESOURCES = 205; // five operations each: 1,025 operations
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe.each<OpenApiVersion>(["3.0", "3.1"])("large synthetic OpenAPI %s spec", (version) => {
  it("generates 1,000+ operations with the CLI, and the output type-checks", async () => {
    const dir = await mkdtemp(join(tmpdir(), "billforge-large-"));
    dirs.push(dir);
    const specFile = join(dir, "openapi.yaml");
    // JSON is YAML: the loader reads it as it reads any spec.
    await writeFile(specFile, JSON.stringify(syntheticSpec(version, RESOURCES), null, 1));
    const out = join(dir, "big");
    const log: string[] = [];
    const errors: string[] = [];

    let started = performance.now();
    const code = await main(
      ["generate", "--spec", specFile, "--out", out, "--name", "@acme/big"],
      (s) => log.push(s),
      (s) => errors.push(s),
    );
    const generateMs = performance.now() - started;

    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(log.join("\n")).toMatch(/wrote 16 of 16 files \(1025 operations\)/);

    const files = tsFilesUnder(join(out, "src"));
    expect(files.length).toBe(11);
    started = performance.now();
    const diagnostics = typecheck(files);
    const typecheckMs = performance.now() - started;

    expect(formatDiagnostics(diagnostics.slice(0, 20))).toBe("");
    console.log(
      `large ${version} spec, ${RESOURCES * 5} operations: generate ${Math.round(generateMs)} ms, type-check ${Math.round(typecheckMs)} ms`,
    );
  }, 180_000);
});
