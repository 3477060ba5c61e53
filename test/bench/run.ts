/**
 * `pnpm bench`: every performance figure as a ratio against a baseline measured in the
 * same run, written to RESULTS.md (between the result markers; the notes around them are
 * kept). `pnpm --filter @billforge/tests bench generation xml` runs only the sections named
 * and prints them: RESULTS.md records whole runs only, so its table never mixes runs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { bundleSizeFigures } from "./bundle-size.js";
import { corpusFigures } from "./corpus.js";
import { generationFigures, scalingFigures } from "./generation.js";
import { perCallFigures } from "./per-call.js";
import { realSpecFigures } from "./real-spec.js";
import { type Figure, formatTable, gitRevision, loadAverage, machine } from "./results.js";
import { typeCheckFigures } from "./type-check.js";
import { xmlCodecFigures } from "./xml-codec.js";

const SECTIONS: Readonly<Record<string, () => Promise<Figure[]>>> = {
  generation: () => generationFigures(),
  scaling: () => scalingFigures(),
  "real-spec": () => realSpecFigures(),
  corpus: () => corpusFigures(),
  "per-call": () => perCallFigures(),
  xml: () => xmlCodecFigures(),
  bundle: () => bundleSizeFigures(),
  "type-check": () => typeCheckFigures(),
};

const RESULTS = new URL("./RESULTS.md", import.meta.url);
const START = "<!-- results:start -->";
const END = "<!-- results:end -->";

const requested = process.argv.slice(2).filter((arg) => arg !== "--");
const unknown = requested.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`unknown section ${unknown.join(", ")}; sections: ${Object.keys(SECTIONS).join(", ")}`);
  process.exit(2);
}
const names = requested.length > 0 ? requested : Object.keys(SECTIONS);
const figures: Figure[] = [];
const loadBefore = loadAverage();
for (const name of names) {
  const started = performance.now();
  const section = await (SECTIONS[name] as () => Promise<Figure[]>)();
  figures.push(...section);
  console.log(`\n${formatTable(section)}\n(${name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

const missed = figures.filter((f) => f.met === false);
if (requested.length > 0) {
  console.log(`\n${missed.length} bar(s) missed; partial run, so test/bench/RESULTS.md is left as it was`);
  process.exit(0);
}
const report = [
  START,
  `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC at ${gitRevision()}; sections: ${names.join(", ")}.`,
  `Machine: ${machine()}. Load average before / after: ${loadBefore} / ${loadAverage()} (the machine is shared: absolute times are noisy, ratios less so).`,
  "",
  formatTable(figures),
  "",
  missed.length === 0
    ? "Every bar measured in this run is met."
    : `${missed.length} bar(s) missed in this run; see the notes.`,
  END,
].join("\n");
const previous = readFileSync(RESULTS, "utf8");
const [before, rest] = previous.includes(START) ? previous.split(START) : [`${previous}\n`, `${END}`];
writeFileSync(RESULTS, `${before}${report}${(rest ?? "").split(END)[1] ?? ""}`);
console.log(`\n${missed.length} bar(s) missed; table written to test/bench/RESULTS.md`);
