// Sums every workspace package's vitest JSON report into the one line CI reads:
// `N passed, M failed` (plus skipped when any).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const REPORTED_PACKAGES = ["generator", "packages/runtime", "packages/xml", "test"];
const ROOT = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");

/** The report file of a package's last vitest run. */
export const reportFile = (dir) => join(ROOT, dir, ".vitest-results", "results.json");

/** Totals over the reports; `missing` names the packages that wrote none. */
export function summarize() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const missing = [];
  for (const dir of REPORTED_PACKAGES) {
    const file = reportFile(dir);
    if (!existsSync(file)) {
      missing.push(dir);
      continue;
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
  const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
  return { passed, failed, skipped, missing, line };
}

// Run directly: print the line; exit non-zero when a report is missing or any test failed,
// so a silent runner cannot pass.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { passed, failed, missing, line } = summarize();
  if (missing.length > 0) {
    console.error(`no vitest report for: ${missing.join(", ")}`);
  }
  console.log(line);
  process.exitCode = failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0;
}
