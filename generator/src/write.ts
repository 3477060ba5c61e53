import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

export interface FileToWrite {
  /** Absolute path. */
  readonly path: string;
  readonly content: string;
}

export interface WriteOutcome {
  /** Files whose content differs from disk (written, or stale in check mode). */
  readonly changed: readonly string[];
  /** Files under owned directories that generation no longer produces (deleted, or stale). */
  readonly removed: readonly string[];
  readonly unchanged: number;
}

/**
 * Writes only files whose content changed (atomically: temp file then rename), removes
 * files that generation no longer produces from the directories it owns, and in `check`
 * mode writes nothing and only reports what is stale.
 */
export async function writeIfChanged(
  files: readonly FileToWrite[],
  ownedDirectories: readonly string[],
  check: boolean,
): Promise<WriteOutcome> {
  const changed: string[] = [];
  let unchanged = 0;
  for (const file of files) {
    const current = await readFile(file.path, "utf8").catch(() => undefined);
    if (current === file.content) {
      unchanged++;
      continue;
    }
    changed.push(file.path);
    if (!check) {
      await mkdir(dirname(file.path), { recursive: true });
      const temporary = `${file.path}.${process.pid}.tmp`;
      await writeFile(temporary, file.content);
      await rename(temporary, file.path);
    }
  }
  const wanted = new Set(files.map((f) => f.path));
  const removed: string[] = [];
  for (const directory of ownedDirectories) {
    const entries = await readdir(directory).catch(() => [] as string[]);
    for (const entry of entries.sort()) {
      const path = join(directory, entry);
      if (wanted.has(path)) {
        continue;
      }
      removed.push(path);
      if (!check) {
        await rm(path, { recursive: true, force: true });
      }
    }
  }
  return { changed, removed, unchanged };
}

export function describePaths(paths: readonly string[], base: string): string[] {
  return paths.map((p) => relative(base, p) || p);
}
