import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandKind, commandParts, commandsOf, readmeCommands } from "../support/readme-commands.js";

// Every shell command of the READMEs, run the way a user runs it: through a shell, in a
// fresh copy of this repository (its files as they are now, committed as branch `main`),
// one after the other in document order, so each finds what the ones before it made.
// Commands that cannot run here are verified otherwise (see commandKind): a global install
// and `pnpm test` are exactly lines of .ci/run, which CI runs; installs of published
// packages run in the registry test.
const REPO = fileURLToPath(new URL("../../", import.meta.url));
const COPY = mkdtempSync(join(tmpdir(), "billforge-readme-"));
const TIMEOUT = 600_000;
const commands = readmeCommands(REPO);

/** What a `run` command must do: prepare the reader's own files, its exit code, its effect. */
interface Expectation {
  readonly before?: () => void;
  readonly exit: number;
  readonly after?: (output: string) => void;
}

const file = (path: string) => readFileSync(join(COPY, path), "utf8");
const SPEC = "specs/hostup/openapi.yaml";

const EXPECTATIONS: Record<string, Expectation> = {
  "pnpm install": { exit: 0, after: () => expect(existsSync(join(COPY, "node_modules/.bin/billforge"))).toBe(true) },
  "pnpm generate": { exit: 0 },
  "pnpm build": { exit: 0, after: () => expect(existsSync(join(COPY, "packages/hostup/dist/index.js"))).toBe(true) },
  "pnpm exec billforge diff --base main hostup": {
    exit: 0,
    after: (output) => expect(output).toMatch(/getInvoice[\s\S]*breaking|breaking[\s\S]*getInvoice/i),
  },
  "pnpm exec billforge diff old.yaml new.yaml --json": {
    // The reader's two versions of a spec: main's and the edited one.
    before: () => {
      writeFileSync(join(COPY, "old.yaml"), git("show", `main:${SPEC}`));
      cpSync(join(COPY, SPEC), join(COPY, "new.yaml"));
    },
    exit: 0,
    after: (output) => expect(JSON.stringify(JSON.parse(output))).toContain("getInvoice"),
  },
  "pnpm exec billforge diff --base main hostup --fail-on-breaking": { exit: 1 },
  "pnpm exec billforge diff --base main hostup --changeset": {
    exit: 0,
    after: () =>
      expect(readdirSync(join(COPY, ".changeset")).some((f) => /^billforge-hostup-spec-major-.*\.md$/.test(f))).toBe(
        true,
      ),
  },
  "pnpm exec billforge generate --spec path/to/openapi.yaml --out path/to/package --name @acme/petstore": {
    before: () => {
      mkdirSync(join(COPY, "path/to"), { recursive: true });
      cpSync(join(REPO, "test/fixtures/specs/idempotency.yaml"), join(COPY, "path/to/openapi.yaml"));
    },
    exit: 0,
    after: () => expect(JSON.parse(file("path/to/package/package.json")).name).toBe("@acme/petstore"),
  },
  "pnpm exec billforge init acme": {
    exit: 0,
    after: () => expect(existsSync(join(COPY, "packages/acme/LICENSE"))).toBe(true),
  },
};

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: COPY, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A user's shell: no CI variable (pnpm would freeze the lockfile), no vitest ones. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" };
  for (const name of Object.keys(env)) {
    if (name === "CI" || name.startsWith("VITEST")) {
      delete env[name];
    }
  }
  return env;
}

function runInShell(command: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], { cwd: COPY, env: userEnv() });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, output }));
  });
}

/** `--watch`: started, observed to regenerate after a save of the spec, stopped with Ctrl-C. */
async function watchAndEdit(command: string, edit: () => void): Promise<string> {
  const child = spawn("sh", ["-c", command], { cwd: COPY, env: userEnv(), detached: true });
  let output = "";
  const waitFor = (pattern: RegExp, from: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} within 120 s:\n${output}`)), 120_000);
      const check = () => {
        if (pattern.test(output.slice(from))) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on("data", (chunk) => {
        output += chunk;
        check();
      });
      child.stderr.on("data", (chunk) => (output += chunk));
      check();
    });
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  try {
    await waitFor(/watching \d+ spec file/, 0);
    const mark = output.length;
    edit();
    await waitFor(/hostup\s+wrote [1-9]\d* of \d+ files/, mark);
  } finally {
    process.kill(-child.pid!, "SIGINT");
  }
  await exited;
  expect(output).toContain("stopped watching");
  return output;
}

/** The change the diff commands find: an operation renamed (breaking), saved while watching. */
function renameGetInvoice(): void {
  const spec = file(SPEC);
  expect(spec).toContain("operationId: getInvoice\n");
  writeFileSync(join(COPY, SPEC), spec.replace("operationId: getInvoice\n", "operationId: fetchInvoice\n"));
}

beforeAll(() => {
  // The repository's files as they are now (tracked and new, not ignored), as branch main.
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: REPO,
    encoding: "utf8",
  })
    .split("\0")
    .filter((path) => path !== "" && existsSync(join(REPO, path)));
  for (const path of files) {
    mkdirSync(dirname(join(COPY, path)), { recursive: true });
    cpSync(join(REPO, path), join(COPY, path));
  }
  git("init", "--quiet", "--initial-branch=main");
  git("add", "--all");
  git("-c", "user.name=readme", "-c", "user.email=readme@example.invalid", "commit", "--quiet", "-m", "main");
}, TIMEOUT);

afterAll(() => rmSync(COPY, { recursive: true, force: true }), TIMEOUT);

describe("extracting commands", () => {
  it("takes every line of a shell block and each CLI span of prose, without comments", () => {
    const markdown = [
      "Run `pnpm exec billforge diff a.yaml b.yaml` or `pnpm lint`.",
      "```sh",
      "pnpm a && pnpm b   # two",
      "# a comment",
      "",
      "npm install -g pnpm@10",
      "```",
      "```ts",
      "const x = `pnpm exec billforge nope`;",
      "```",
      "```bash",
      "pnpm c",
      "```",
    ].join("\n");
    expect(commandsOf("R.md", markdown).map((c) => c.command)).toEqual([
      "pnpm exec billforge diff a.yaml b.yaml",
      "pnpm a && pnpm b",
      "npm install -g pnpm@10",
      "pnpm c",
    ]);
  });

  it.each([
    ["npm install -g pnpm@10", "global"],
    ["pnpm test", "suite"],
    ["pnpm add @billforge/hostup", "registry"],
    ["npm install @billforge/xml zod", "registry"],
    ["pnpm exec billforge generate acme --watch", "watch"],
    ["pnpm test --filter x", "run"],
    ["pnpm install", "run"],
  ])("%s is verified as %s", (part, kind) => {
    expect(commandKind(part)).toBe(kind);
  });
});

describe("the READMEs' shell commands", () => {
  it("are found, and every part of every command has a way to be verified", () => {
    expect(commands.length).toBeGreaterThan(10);
    const unverified = commands
      .flatMap(({ command }) => commandParts(command))
      .filter((part) => commandKind(part) === "run" && EXPECTATIONS[part] === undefined);
    expect(unverified, "add an expectation for each new command").toEqual([]);
  });

  it("a global install or the test suite itself is exactly a line of .ci/run, which CI runs", () => {
    const ci = readFileSync(join(REPO, ".ci/run"), "utf8")
      .split("\n")
      .map((line) => line.trim());
    const parts = commands.flatMap(({ command }) => commandParts(command));
    const elsewhere = parts.filter((part) => ["global", "suite"].includes(commandKind(part)));
    expect(elsewhere).toContain("pnpm test");
    for (const part of elsewhere) {
      expect(ci, part).toContain(part);
    }
  });

  it(
    "run as written, in document order, in a fresh copy of the repository",
    async () => {
      const ran: string[] = [];
      for (const { file: readme, command } of commands) {
        for (const part of commandParts(command)) {
          const kind = commandKind(part);
          if (kind === "watch") {
            const output = await watchAndEdit(part, renameGetInvoice);
            expect(file("packages/hostup/src/generated/client.gen.ts")).toContain("fetchInvoice(");
            expect(output).not.toMatch(/error/i);
          } else if (kind === "run") {
            const expectation = EXPECTATIONS[part]!;
            expectation.before?.();
            const { code, output } = await runInShell(part);
            expect(code, `${readme}: ${part}\n${output}`).toBe(expectation.exit);
            expectation.after?.(output);
          } else {
            continue;
          }
          ran.push(part);
        }
      }
      expect(ran).toContain("pnpm exec billforge generate hostup --watch");
    },
    TIMEOUT,
  );
});
