/** Helpers shared by the generator's unit tests: temp dirs, spec files, text positions. */
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

/** Strips the common leading indentation and the first empty line, so YAML can be written inline. */
export function dedent(text: string): string {
  const lines = text
    .replace(/^\n/, "")
    .replace(/\n[ \t]*$/, "\n")
    .split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)![0].length);
  const cut = Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join("\n");
}

/** A fresh directory under the OS temp dir; remove it with `removeTempDirs`. */
const created: string[] = [];
export async function makeTempDir(prefix = "billforge-test-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Writes `files` (relative path → text) under `dir`; returns the absolute path of the first. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<string> {
  const paths: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    paths.push(path);
  }
  return paths[0]!;
}

/** Writes one spec into a fresh temp dir and returns its path. */
export async function writeSpec(text: string, name = "openapi.yaml"): Promise<string> {
  return writeFiles(await makeTempDir(), { [name]: text });
}

/** 1-based line and column of the `occurrence`-th `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) {
      throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
    }
  }
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Every file under `dir`, relative, sorted; empty when `dir` does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Runs the CLI in-process: exit code, stdout and stderr (lines joined), colour off unless asked. */
export async function runCli(
  argv: readonly string[],
  options: { cwd?: string; color?: boolean } = {},
): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import("../src/cli.js");
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
    options.cwd ?? process.cwd(),
    options.color ?? false,
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}
