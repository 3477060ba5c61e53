import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dedent, makeTempDir, removeTempDirs, writeFiles } from "../../test/support.js";
import { main } from "../cli.js";
import type { GenerateResult, GenerateTarget } from "../generate.js";
import { watchTargets } from "./watch-targets.js";

afterAll(removeTempDirs);

/** A spec whose response schema lives in a second file, so a change there must regenerate too. */
const ROOT = dedent(`
  openapi: 3.1.0
  info: { title: Watched, version: 1.0.0 }
  servers: [{ url: 'https://api.watched.example' }]
  paths:
    /things/{thingId}:
      get:
        operationId: getThing
        externalDocs: { url: 'https://watched.example/docs/get-thing' }
        parameters:
          - { name: thingId, in: path, required: true, schema: { type: string } }
        responses:
          '200':
            description: The thing.
            content:
              application/json:
                schema: { $ref: './thing.yaml' }
                example: { id: t1 }
`);
const THING = "type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n";

/** Bounded wait: the next event, or a clear failure after `ms` (never a timing assertion). */
function eventQueue<T>() {
  const items: T[] = [];
  const waiters: ((item: T) => void)[] = [];
  return {
    push(item: T) {
      const waiter = waiters.shift();
      if (waiter) {
        waiter(item);
      } else {
        items.push(item);
      }
    },
    next(what: string, ms = 30_000): Promise<T> {
      const ready = items.shift();
      if (ready !== undefined) {
        return Promise.resolve(ready);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
        waiters.push((item) => {
          clearTimeout(timer);
          resolve(item);
        });
      });
    },
  };
}

async function watchedProject() {
  const dir = await makeTempDir();
  const specFile = await writeFiles(dir, { "spec/openapi.yaml": ROOT, "spec/thing.yaml": THING });
  const target: GenerateTarget = {
    name: "watched",
    packageName: "@acme/watched",
    specFile,
    outDir: join(dir, "out"),
    displayBase: join(dir, "out"),
    profile: "lenient",
    linkage: "published",
  };
  return { dir, specFile, target, types: () => readFile(join(dir, "out/src/generated/openapi.gen.ts"), "utf8") };
}

describe("watchTargets", () => {
  it("regenerates on changes to the spec and the files it $refs, survives errors, stops on abort", async () => {
    const { dir, specFile, target, types } = await watchedProject();
    const runs = eventQueue<GenerateResult>();
    const ready = eventQueue<readonly string[]>();
    const controller = new AbortController();
    const watching = watchTargets([target], {
      signal: controller.signal,
      onRun: (result) => runs.push(result),
      onReady: (files) => ready.push(files),
    });

    expect((await runs.next("first run")).status).toBe("written");
    expect(await ready.next("watch set")).toEqual([specFile, join(dir, "spec", "thing.yaml")].sort());

    // A change in the referenced file.
    await writeFile(join(dir, "spec/thing.yaml"), `${THING}  colour: { type: string }\n`);
    expect((await runs.next("run after a $ref'd file changed")).status).toBe("written");
    expect(await types()).toContain("colour?: string");

    // A spec with an error is reported, nothing is written, and watching goes on.
    await writeFile(specFile, ROOT.replace("/things/{thingId}:", "/things/{thingId}/{part}:"));
    const failed = await runs.next("run after the spec broke");
    expect(failed.status).toBe("failed");
    expect(failed.diagnostics.map((d) => d.code)).toContain("BF230");
    expect(await types()).toContain("colour?: string");

    // Fixing it regenerates.
    await writeFile(specFile, ROOT.replace("operationId: getThing", "operationId: fetchThing"));
    const fixed = await runs.next("run after the spec was fixed");
    expect(fixed.status).toBe("written");
    expect(await types()).toContain("fetchThing");

    controller.abort();
    await watching;
  });
});

describe("billforge generate --watch", () => {
  it("prints each run with its timing and exits 0 on SIGINT", async () => {
    const { specFile, target } = await watchedProject();
    const lines = eventQueue<string>();
    const listenersBefore = process.listeners("SIGINT");
    const exit = main(
      ["generate", "--spec", specFile, "--out", target.outDir, "--name", "@acme/watched", "--watch"],
      (line) => lines.push(line),
      (line) => lines.push(line),
      process.cwd(),
      false,
    );
    expect(await lines.next("the first run's line")).toMatch(
      /^watched\s+wrote \d+ of \d+ files \(1 operations\) in \d+ ms/,
    );
    expect(await lines.next("the watch line")).toBe("watching 2 spec file(s); Ctrl-C stops");

    // Deliver SIGINT to the command's own handler (emitting it would reach the test runner's too).
    const added = process.listeners("SIGINT").filter((l) => !listenersBefore.includes(l));
    expect(added).toHaveLength(1);
    added[0]!("SIGINT");
    expect(await exit).toBe(0);
    expect(await lines.next("the goodbye line")).toBe("stopped watching");
    expect(process.listeners("SIGINT")).toEqual(listenersBefore);
  });
});
