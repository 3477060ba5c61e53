import type { Style } from "../cli/style.js";
import type { Bump, Change } from "./change.js";

export interface DiffReport {
  /** What was compared, for the heading: `specs/hostup/openapi.yaml (main)`. */
  readonly base: string;
  readonly head: string;
  readonly changes: readonly Change[];
  readonly bump: Bump | undefined;
}

/** Human output: API-wide changes, then per operation, then per schema; breaking first within each group. */
export function formatDiff(report: DiffReport, style: Style): string {
  const lines = [style.bold(`billforge diff: ${report.base} → ${report.head}`)];
  if (report.changes.length === 0) {
    lines.push("", "No change to the generated client's API.");
    return lines.join("\n");
  }
  const sections: [string, Change[]][] = [
    ["API", report.changes.filter((c) => c.scope.type === "api")],
    ["Operations", report.changes.filter((c) => c.scope.type === "operation")],
    ["Schemas", report.changes.filter((c) => c.scope.type === "schema")],
  ];
  for (const [title, changes] of sections) {
    if (changes.length === 0) {
      continue;
    }
    lines.push("", style.bold(title));
    for (const [heading, group] of groupByScope(changes)) {
      lines.push(`  ${heading(style)}`);
      const ordered = [...group.filter((c) => c.breaking), ...group.filter((c) => !c.breaking)];
      for (const change of ordered) {
        lines.push(`    ${formatChange(change, style)}`);
      }
    }
  }
  const breaking = report.changes.filter((c) => c.breaking).length;
  const summary = `${breaking} breaking, ${report.changes.length - breaking} non-breaking`;
  lines.push("", `${style.bold("Summary:")} ${summary} → ${style.bold(report.bump ?? "no")} version bump`);
  return lines.join("\n");
}

function formatChange(change: Change, style: Style): string {
  const label = change.breaking ? style.red("✗ breaking    ") : style.green("✓ non-breaking");
  const directions = change.scope.type === "schema" && change.directions ? ` (${change.directions.join(", ")})` : "";
  const where = change.where === "" ? "" : `${style.dim(change.where)}  `;
  return `${label}  ${where}${change.message}${style.dim(`${directions} [${change.kind}]`)}`;
}

type Heading = (style: Style) => string;

function groupByScope(changes: readonly Change[]): Map<Heading, Change[]> {
  const byKey = new Map<string, { heading: Heading; changes: Change[] }>();
  for (const change of changes) {
    const { scope } = change;
    const key =
      scope.type === "operation" ? `op:${scope.operationId}` : scope.type === "schema" ? `schema:${scope.name}` : "api";
    const group = byKey.get(key) ?? { heading: headingOf(change), changes: [] };
    group.changes.push(change);
    byKey.set(key, group);
  }
  return new Map([...byKey.values()].map((g) => [g.heading, g.changes]));
}

function headingOf({ scope }: Change): Heading {
  switch (scope.type) {
    case "operation":
      return (style) => `${style.bold(scope.operationId)}  ${scope.method} ${scope.path}`;
    case "schema": {
      const shown = scope.usedBy.slice(0, 4).join(", ");
      const more = scope.usedBy.length > 4 ? ` and ${scope.usedBy.length - 4} more` : "";
      const users = scope.usedBy.length > 0 ? `  used by ${shown}${more}` : "";
      return (style) => `${style.bold(scope.name)}${style.dim(users)}`;
    }
    default:
      return (style) => style.bold("API-wide");
  }
}
