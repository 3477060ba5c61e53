import { readFileSync } from "node:fs";

/** The subset of V8's `.cpuprofile` format the summary reads. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SelfTimeRow {
  readonly name: string;
  readonly where: string;
  readonly milliseconds: number;
  readonly share: number;
}

/** Top functions by self time: where a profile says the time actually goes. */
export function topSelfTime(profile: CpuProfile, limit = 15): SelfTimeRow[] {
  const frameById = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const microsByKey = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const frame = frameById.get(id);
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    if (!frame) {
      return;
    }
    const key = `${frame.functionName || "(anonymous)"}\t${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    microsByKey.set(key, (microsByKey.get(key) ?? 0) + delta);
  });
  return [...microsByKey]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, micros]) => {
      const [name = "", where = ""] = key.split("\t");
      return { name, where, milliseconds: micros / 1000, share: total > 0 ? micros / total : 0 };
    });
}

function shortUrl(url: string): string {
  const pnpm = url.match(/node_modules\/\.pnpm\/[^/]+\/node_modules\/(.*)$/);
  if (pnpm?.[1]) {
    return pnpm[1];
  }
  return url.replace(/^file:\/\/.*?\/(generator|packages|test)\//, "$1/");
}

export function formatSelfTime(rows: readonly SelfTimeRow[]): string {
  return rows
    .map(
      (r) =>
        `${r.milliseconds.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.name}  ${r.where}`,
    )
    .join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    console.log(file);
    console.log(formatSelfTime(topSelfTime(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, 25)));
  }
}
