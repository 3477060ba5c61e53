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
  /** CPU time of the tsc process (user + system): what the wall time comes to on an idle machine. */
  readonly cpuMs: number;
  readonly instantiations: number;
  readonly errors: string;
}

/** `tsc --noEmit --extendedDiagnostics` of one consumer file; the project lives under test/.tmp so packages resolve. */
export async function typeCheck(name: string, source: string, skipLibCheck = true): Promise<Diagnostics> {
  const dir = join(TEST_DIR, ".tmp", "bench-type-check", `${name}-${skipLibCheck ? "skip" : "full"}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig(skipLibCheck), null, 2));
  writeFileSync(join(dir, "consumer.ts"), `${source}\nexport {};\n`);
  // tsc exits through process.exit: its CPU time is printed from the exit event.
  const withCpu = `process.on("exit", () => { const { user, system } = process.cpuUsage(); console.log("CPU ms: " + (user + system) / 1000); });
process.argv.splice(1, 0, ${JSON.stringify(TSC)}); require(${JSON.stringify(TSC)});`;
  const outcome = await run(process.execPath, ["-e", withCpu, "--", "-p", dir, "--extendedDiagnostics"], {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  const field = (label: string) => new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(outcome.stdout)?.[1];
  return {
    totalMs: Number(field("Total time")) * 1000,
    cpuMs: Number(field("CPU ms")),
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
        empty.push((await typeCheck("empty", "", skipLibCheck)).cpuMs);
        for (const [provider, source] of Object.entries(ONE_OPERATION)) {
          samples.set(provider, [...(samples.get(provider) ?? []), await typeCheck(provider, source, skipLibCheck)]);
        }
      }
      const emptyCpu = median(empty);
      for (const [provider, runs] of samples) {
        const cpuMs = median(runs.map((r) => r.cpuMs));
        const wallMs = median(runs.map((r) => r.totalMs));
        const errors = runs[0]?.errors ?? "";
        const deep = /TS2589|excessively deep/.test(errors);
        figures.push({
          section: `type-check, one ${provider} operation, skipLibCheck ${skipLibCheck}`,
          name: `tsc --noEmit, CPU time: ${runs[0]?.instantiations ?? 0} instantiations${errors ? `; ERRORS: ${errors.slice(0, 200)}` : ""}`,
          value: ms(cpuMs),
          baseline: `empty consumer ${ms(emptyCpu)}; wall in this run ${ms(wallMs)}`,
          ratio: cpuMs / emptyCpu,
          bar: skipLibCheck ? "< 2000 ms, no errors" : "no errors",
          met: (!skipLibCheck || cpuMs < 2000) && errors === "" && !deep,
        });
      }
    }
  } finally {
    rmSync(join(TEST_DIR, ".tmp", "bench-type-check"), { recursive: true, force: true });
  }
  return figures;
}
