// `pnpm mutation [runtime|runtime-defaults|xml|generator ...] [stryker flags]`: runs Stryker for each named
// module (all by default), one after the other, from that module's package directory.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const MODULES = {
  runtime: "packages/runtime",
  "runtime-defaults": "packages/runtime",
  xml: "packages/xml",
  generator: "generator",
};
const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
// Module names first; everything from the first flag on goes to Stryker (`--concurrency 1`).
const firstFlag = args.findIndex((a) => a.startsWith("-"));
const named = firstFlag === -1 ? args : args.slice(0, firstFlag);
const flags = firstFlag === -1 ? [] : args.slice(firstFlag);
const unknown = named.filter((m) => !(m in MODULES));
if (unknown.length > 0) {
  console.error(`unknown module ${unknown.join(", ")}; known: ${Object.keys(MODULES).join(", ")}`);
  process.exit(2);
}

let failed = false;
for (const module of named.length > 0 ? named : Object.keys(MODULES)) {
  const started = Date.now();
  const run = spawnSync("pnpm", ["exec", "stryker", "run", `${root}stryker/${module}.config.mjs`, ...flags], {
    cwd: `${root}${MODULES[module]}`,
    stdio: "inherit",
  });
  console.log(`mutation ${module}: exit ${run.status} after ${Math.round((Date.now() - started) / 1000)} s`);
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
