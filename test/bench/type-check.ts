import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { ONE_OPERATION } from "./bundle-size.js";
import { median } from "./harness.js";
import { type Figure, ms } from "./results.js";

const run = promisify(execFile);
const TEST_DIR = new URL("../", import.meta.url).pathname;
const TSC = join(TEST_DIR, "node_modules/typescript/bin/tsc");

/** A consumer project as a user has it: strict, NodeNext, the packages' published types (dist). */
const tsconfig = (skipLibCheck: boolean) => ({
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2022", "DOM"],
    types: [],
    noEmit: true,
    skipLibCheck,
  },
  files: ["consumer.ts"],
});

export interface Diagnostics {
  readonly totalMs: number;
  readonly instantiations: number;
  readonly errors: string;
}

/** `tsc --noEmit --extendedDiagnostics` of one consumer file; the project lives under test/.tmp so packages resolve. */
export async function typeCheck(name: string, source: string, skipLibCheck = true): Promise<Diagnostics> {
  const dir = join(TEST_DIR, ".tmp", "bench-type-check", `${name}-${skipLibCheck ? "skip" : "full"}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig(skipLibCheck), null, 2));
  writeFileSync(join(dir, "consumer.ts"), `${source}\nexport {};\n`);
  const outcome = await run(process.execPath, [TSC, "-p", dir, "--extendedDiagnostics"], {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  const field = (label: string) => new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(outcome.stdout)?.[1];
  return {
    totalMs: Number(field("Total time")) * 1000,
    instantiations: Number(field("Instantiations")),
    errors: outcome.stdout
      .split("\n")
      .filter((line) => /error TS\d+/.test(line))
      .join("\n"),
  };
}

/**
 * Type-check time and instantiations of a one-operation consumer per provider, against an
 * empty file: with `skipLibCheck` (most projects) and without (every .d.ts checked, zod's too).
 */
export async function typeCheckFigures(options: { rounds?: number } = {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  const rounds = options.rounds ?? 3;
  try {
    for (const skipLibCheck of [true, false]) {
      const empty: number[] = [];
      const samples = new Map<string, Diagnostics[]>();
      for (let round = 0; round < rounds; round += 1) {
        empty.push((await typeCheck("empty", "", skipLibCheck)).totalMs);
        for (const [provider, source] of Object.entries(ONE_OPERATION)) {
          samples.set(provider, [...(samples.get(provider) ?? []), await typeCheck(provider, source, skipLibCheck)]);
        }
      }
      const emptyMs = median(empty);
      for (const [provider, runs] of samples) {
        const totalMs = median(runs.map((r) => r.totalMs));
        const errors = runs[0]?.errors ?? "";
        const deep = /TS2589|excessively deep/.test(errors);
        figures.push({
          section: `type-check, one ${provider} operation, skipLibCheck ${skipLibCheck}`,
          name: `tsc --noEmit: ${runs[0]?.instantiations ?? 0} instantiations${errors ? `; ERRORS: ${errors.slice(0, 200)}` : ""}`,
          value: ms(totalMs),
          baseline: `empty consumer ${ms(emptyMs)}`,
          ratio: totalMs / emptyMs,
          bar: skipLibCheck ? "< 2000 ms, no errors" : "no errors",
          met: (!skipLibCheck || totalMs < 2000) && errors === "" && !deep,
        });
      }
    }
  } finally {
    rmSync(join(TEST_DIR, ".tmp", "bench-type-check"), { recursive: true, force: true });
  }
  return figures;
}
