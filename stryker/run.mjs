// `pnpm mutation [runtime|xml|generator ...] [stryker flags]`: runs Stryker for each named
// module (all by default), one after the other, from that module's package directory.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const MODULES = { runtime: "packages/runtime", xml: "packages/xml", generator: "generator" };
const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith("-"));
const flags = args.filter((a) => a.startsWith("-"));
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
