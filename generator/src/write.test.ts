import { mkdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listFiles, makeTempDir, removeTempDirs } from "../test/support.js";
import { describePaths, writeIfChanged } from "./write.js";

afterAll(removeTempDirs);

const OLD = new Date("2001-01-01T00:00:00Z");

async function setup() {
  const dir = await makeTempDir();
  const owned = join(dir, "src", "generated");
  const files = [
    { path: join(owned, "a.gen.ts"), content: "export const a = 1;\n" },
    { path: join(owned, "b.gen.ts"), content: "export const b = 2;\n" },
    { path: join(dir, "generated.json"), content: "{}\n" },
  ];
  return { dir, owned, files };
}

describe("writeIfChanged", () => {
  it("writes every file (creating directories) the first time", async () => {
    const { dir, owned, files } = await setup();
    const outcome = await writeIfChanged(files, [owned], false);
    expect(outcome).toEqual({ changed: files.map((f) => f.path), removed: [], unchanged: 0 });
    expect(await listFiles(dir)).toEqual(["generated.json", "src/generated/a.gen.ts", "src/generated/b.gen.ts"]);
    expect(await readFile(files[0]!.path, "utf8")).toBe("export const a = 1;\n");
  });

  it("writes only files whose content changed", async () => {
    const { owned, files } = await setup();
    await writeIfChanged(files, [owned], false);
    for (const f of files) {
      await utimes(f.path, OLD, OLD);
    }

    const next = files.map((f) => (f.path.endsWith("b.gen.ts") ? { ...f, content: "export const b = 3;\n" } : f));
    const outcome = await writeIfChanged(next, [owned], false);

    expect(outcome).toEqual({ changed: [files[1]!.path], removed: [], unchanged: 2 });
    expect(await readFile(files[1]!.path, "utf8")).toBe("export const b = 3;\n");
    // Untouched files keep their modification time: nothing rewrote them.
    expect((await stat(files[0]!.path)).mtime).toEqual(OLD);
    expect((await stat(files[2]!.path)).mtime).toEqual(OLD);
    expect((await stat(files[1]!.path)).mtime).not.toEqual(OLD);
  });

  it("reports nothing when nothing changed", async () => {
    const { owned, files } = await setup();
    await writeIfChanged(files, [owned], false);
    expect(await writeIfChanged(files, [owned], false)).toEqual({ changed: [], removed: [], unchanged: 3 });
  });

  it("removes stale files and folders from owned directories only", async () => {
    const { dir, owned, files } = await setup();
    await writeIfChanged(files, [owned], false);
    await writeFile(join(owned, "old.gen.ts"), "stale\n");
    await mkdir(join(owned, "nested"));
    await writeFile(join(owned, "nested", "deep.ts"), "stale\n");
    await writeFile(join(dir, "src", "hand-written.ts"), "mine\n");

    const outcome = await writeIfChanged(files, [owned], false);

    expect(outcome.removed).toEqual([join(owned, "nested"), join(owned, "old.gen.ts")]);
    expect(outcome.changed).toEqual([]);
    expect(await listFiles(dir)).toEqual([
      "generated.json",
      "src/generated/a.gen.ts",
      "src/generated/b.gen.ts",
      "src/hand-written.ts",
    ]);
  });

  it("accepts an owned directory that does not exist yet", async () => {
    const { dir, files } = await setup();
    const outcome = await writeIfChanged(files, [join(dir, "nowhere")], false);
    expect(outcome.removed).toEqual([]);
  });

  it("check mode writes and removes nothing, and reports what is stale", async () => {
    const { dir, owned, files } = await setup();
    await writeIfChanged(files.slice(0, 2), [owned], false);
    await writeFile(files[0]!.path, "edited by hand\n");
    await writeFile(join(owned, "old.gen.ts"), "stale\n");
    const before = await listFiles(dir);

    const outcome = await writeIfChanged(files, [owned], true);

    expect(outcome).toEqual({
      changed: [files[0]!.path, files[2]!.path],
      removed: [join(owned, "old.gen.ts")],
      unchanged: 1,
    });
    expect(await listFiles(dir)).toEqual(before);
    expect(await readFile(files[0]!.path, "utf8")).toBe("edited by hand\n");
  });

  it("check mode on a current package reports nothing", async () => {
    const { owned, files } = await setup();
    await writeIfChanged(files, [owned], false);
    expect(await writeIfChanged(files, [owned], true)).toEqual({ changed: [], removed: [], unchanged: 3 });
  });

  it("leaves no temporary files behind", async () => {
    const { dir, owned, files } = await setup();
    await writeIfChanged(files, [owned], false);
    expect((await listFiles(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("describePaths", () => {
  it("shows paths relative to a base", () => {
    expect(describePaths(["/repo/packages/x/a.ts", "/repo"], "/repo")).toEqual(["packages/x/a.ts", "/repo"]);
  });
});
