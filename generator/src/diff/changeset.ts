import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Bump, Change } from "./change.js";

export interface ChangesetFile {
  readonly path: string;
  readonly content: string;
}

/**
 * A changeset (https://github.com/changesets/changesets) for a spec change: the package,
 * the bump the diff implies, and the changes as the changelog entry. The file name is
 * derived from the content, so running the command twice writes the same file once.
 */
export function changesetFor(
  changesetDir: string,
  packageName: string,
  bump: Bump,
  summary: string,
  changes: readonly Change[],
): ChangesetFile {
  const entries =
    changes.length > 0 ? changes.map(changelogLine) : ["- Documentation only; the client's API is unchanged."];
  const content = ["---", `${JSON.stringify(packageName)}: ${bump}`, "---", "", summary, "", ...entries, ""].join("\n");
  const slug = packageName.replace(/^@/, "").replace(/[^a-z0-9]+/gi, "-");
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 8);
  return { path: join(changesetDir, `${slug}-spec-${bump}-${hash}.md`), content };
}

/** `- **Breaking:** \`listInvoices\` query.status: required query parameter status added`. */
function changelogLine(change: Change): string {
  const { scope } = change;
  const subject =
    scope.type === "schema"
      ? `\`${change.where || scope.name}\``
      : scope.type === "operation"
        ? `\`${scope.operationId}\`${change.where ? ` ${change.where}` : ""}`
        : `API${change.where ? ` ${change.where}` : ""}`;
  return `- ${change.breaking ? "**Breaking:** " : ""}${subject}: ${change.message}`;
}

/** The nearest `.changeset/` folder (one holding `config.json`) at or above `from`. */
export function findChangesetDir(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".changeset", "config.json"))) {
      return join(dir, ".changeset");
    }
    if (dirname(dir) === dir) {
      return undefined;
    }
  }
}
