import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Framework-free file snapshots (node:test and others): writes `text` to `file` when the
 * file is missing or `update` is set (default: the `UPDATE_SNAPSHOTS` environment
 * variable), else throws when the text differs, showing the first differing line.
 */
export async function matchContractSnapshot(
  file: string,
  text: string,
  options: { update?: boolean } = {},
): Promise<void> {
  const update = options.update ?? Boolean(process.env.UPDATE_SNAPSHOTS);
  let stored: string | undefined;
  try {
    stored = await readFile(file, "utf8");
  } catch {
    stored = undefined;
  }
  if (stored === undefined || update) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    return;
  }
  if (stored === text) {
    return;
  }
  const want = stored.split("\n");
  const got = text.split("\n");
  const line = got.findIndex((row, i) => row !== want[i]);
  const at = line === -1 ? Math.min(want.length, got.length) : line;
  throw new Error(
    `contract snapshot ${file} differs at line ${at + 1}:\n- ${want[at] ?? "(end)"}\n+ ${got[at] ?? "(end)"}\n` +
      "Run again with UPDATE_SNAPSHOTS=1 to accept the new contract.",
  );
}
