import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";

/** One figure of `pnpm bench`: a measurement, its baseline from the same run, and its bar. */
export interface Figure {
  readonly section: string;
  readonly name: string;
  /** The measurement, already formatted with its unit. */
  readonly value: string;
  /** What it is compared with, formatted with its unit. */
  readonly baseline: string;
  /** value / baseline; NaN when there is no baseline (printed as a dash). */
  readonly ratio: number;
  /** The bar in words, e.g. "≤ 1.15×"; empty for a figure shown for information. */
  readonly bar: string;
  readonly met: boolean | undefined;
}

export function machine(): string {
  const model =
    /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpus()[0]?.model ?? "unknown";
  return `${cpus().length} cores, ${model.trim()}, Node ${process.version}, ${process.platform}/${process.arch}`;
}

export function loadAverage(): string {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "unknown";
  }
}

export function gitRevision(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.section,
    f.name,
    f.value,
    f.baseline,
    Number.isNaN(f.ratio) ? "—" : `${f.ratio.toFixed(2)}×`,
    f.bar,
    f.met === undefined ? "" : f.met ? "met" : "MISSED",
  ]);
  const header = ["Section", "Figure", "Value", "Baseline (same run)", "Ratio", "Bar", ""];
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

export const ms = (value: number): string => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toPrecision(3)} ms`);
export const us = (valueMs: number): string => (valueMs >= 1 ? ms(valueMs) : `${(valueMs * 1000).toPrecision(3)} µs`);
