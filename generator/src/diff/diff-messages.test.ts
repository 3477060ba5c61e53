import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildIR } from "../ir/build-ir.js";
import { loadSpec } from "../load/load-spec.js";
import { diffApis } from "./diff-apis.js";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/diff/", import.meta.url));

// What `billforge diff` tells people about each fixture pair: the sentence per change and
// where it is. diff-apis.test.ts pins the kinds and their classification; this file pins
// the words, which reach changelogs (--changeset) and CI logs. Read the diff before `-u`.
describe("diff messages", () => {
  it("say what changed, before → after, for every fixture pair", async () => {
    const lines: string[] = [];
    for (const fixture of readdirSync(FIXTURES).sort()) {
      const [before, after] = await Promise.all(
        ["before", "after"].map((side) => loadSpec(`${FIXTURES}${fixture}/${side}.yaml`, { profile: "lenient" })),
      );
      const changes = diffApis(
        buildIR(before!.document!, { name: "shop" }),
        buildIR(after!.document!, { name: "shop" }),
      );
      lines.push(`## ${fixture}`);
      for (const change of changes) {
        const { scope } = change;
        const owner =
          scope.type === "operation"
            ? `${scope.operationId} (${scope.method} ${scope.path})`
            : scope.type === "schema"
              ? `${scope.name} (used by ${scope.usedBy.join(", ") || "nothing"}${change.directions ? `; ${change.directions.join(", ")}` : ""})`
              : "api";
        lines.push(`${change.breaking ? "!" : "-"} ${change.kind} | ${owner} | ${change.where} | ${change.message}`);
      }
    }
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("./__snapshots__/diff-messages.txt");
  });
});
