// `pnpm test`: every check CI runs, then every test, and always the one closing line
// `N passed, M failed`. A failed check is reported above that line and fails the run, but
// the tests still run so one failure does not hide the others.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { REPORTED_PACKAGES, reportFile, summarize } from "./test-summary.mjs";

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
const steps = [
  ["generate --check", "pnpm", ["generate", "--check"]],
  ["lint", "pnpm", ["lint"]],
  ["typecheck", "pnpm", ["typecheck"]],
  ["tests", "pnpm", ["exec", "turbo", "run", "test", "--output-logs=new-only", "--concurrency=1", "--continue"]],
];

// Reports of an earlier run must not stand in for this one (turbo restores cached ones).
for (const dir of REPORTED_PACKAGES) {
  rmSync(reportFile(dir), { force: true });
}

const failedSteps = [];
for (const [name, command, args] of steps) {
  const { status } = spawnSync(command, args, { stdio: "inherit", env });
  if (status !== 0) {
    failedSteps.push(name);
  }
}
const { passed, failed, missing, line } = summarize();
if (missing.length > 0) {
  console.error(`no vitest report for: ${missing.join(", ")}`);
}
for (const name of failedSteps) {
  console.error(`${name} failed`);
}
console.log(line);
process.exitCode = failedSteps.length > 0 || failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0;
