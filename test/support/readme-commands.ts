import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One shell command of a README, as a user would type it. */
export interface ReadmeCommand {
  /** README path relative to the repository. */
  readonly file: string;
  readonly command: string;
}

/**
 * How a part of a command (the pieces between `&&`) is verified:
 * - `global`: installs globally (`npm install -g`): it would change the machine, so it is
 *   verified by being exactly a line of `.ci/run`, which CI runs on a clean machine;
 * - `suite`: `pnpm test`, the test suite itself, which cannot run inside itself: likewise
 *   a line of `.ci/run`, and CI runs nothing else;
 * - `registry`: installs published packages by name: run by the registry test against
 *   the packages it published (test/packaging/registry.test.ts);
 * - `watch`: started, observed to regenerate on a spec save, stopped with Ctrl-C;
 * - `run`: run as written in a fresh copy of the repository.
 */
export type CommandKind = "global" | "suite" | "registry" | "watch" | "run";

export function commandKind(part: string): CommandKind {
  if (/^npm (install|i) (-g|--global) /.test(part)) {
    return "global";
  }
  if (part === "pnpm test") {
    return "suite";
  }
  if (/^(pnpm add|npm install) @billforge\//.test(part)) {
    return "registry";
  }
  if (/ --watch\b/.test(part)) {
    return "watch";
  }
  return "run";
}

export const commandParts = (command: string): string[] => command.split(" && ").map((part) => part.trim());

/**
 * Every shell command of the root README and the package READMEs, extracted mechanically:
 * each line of a ```sh block (comments and blank lines dropped), and each inline code span
 * of prose that is a CLI command (`pnpm exec billforge …`), in document order.
 */
export function readmeCommands(repo: string): ReadmeCommand[] {
  const packages = readdirSync(join(repo, "packages"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join("packages", entry.name, "README.md"));
  return ["README.md", ...packages].flatMap((file) => commandsOf(file, readFileSync(join(repo, file), "utf8")));
}

export function commandsOf(file: string, markdown: string): ReadmeCommand[] {
  const commands: ReadmeCommand[] = [];
  let inShell = false;
  let inOther = false;
  for (const line of markdown.split("\n")) {
    const fence = /^\s*```(\S*)/.exec(line);
    if (fence) {
      if (inShell || inOther) {
        inShell = inOther = false;
      } else if (fence[1] === "sh" || fence[1] === "bash" || fence[1] === "shell") {
        inShell = true;
      } else {
        inOther = true;
      }
      continue;
    }
    if (inOther) {
      continue;
    }
    if (inShell) {
      const command = line.replace(/(^|\s)#.*$/, "").trim();
      if (command !== "") {
        commands.push({ file, command });
      }
      continue;
    }
    for (const match of line.matchAll(/`(pnpm exec billforge [^`]+)`/g)) {
      commands.push({ file, command: match[1]! });
    }
  }
  return commands;
}
