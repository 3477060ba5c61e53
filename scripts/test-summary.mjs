// Sums every workspace package's vitest JSON report into the one line CI reads:
// `N passed, M failed` (plus skipped when any). Exits non-zero when a report is missing
// or any test failed, so a silent runner cannot pass.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const packages = ["generator", "packages/runtime", "packages/xml", "test"];
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of packages) {
  const file = join(
    import.meta.dirname ?? new URL(".", import.meta.url).pathname,
    "..",
    dir,
    ".vitest-results",
    "results.json",
  );
  if (!existsSync(file)) {
    missing.push(dir);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (missing.length > 0) console.error(`no vitest report for: ${missing.join(", ")}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0;
