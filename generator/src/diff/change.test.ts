import { describe, expect, it } from "vitest";
import { type Bump, type Change, type ChangeKind, impliedBump } from "./change.js";

const change = (kind: ChangeKind, breaking = false): Change => ({
  kind,
  breaking,
  scope: { type: "api" },
  where: "",
  message: kind,
});

describe("impliedBump", () => {
  it.each<[string, Change[], Bump]>([
    ["one breaking change among additions", [change("operation-added"), change("operation-removed", true)], "major"],
    [
      "an addition beside a change that adds nothing",
      [change("parameter-made-optional"), change("field-added")],
      "minor",
    ],
    ["an addition alone", [change("schema-added")], "minor"],
    ["only changes that add nothing", [change("parameter-made-optional"), change("type-widened")], "patch"],
  ])("%s", (_name, changes, bump) => {
    expect(impliedBump(changes)).toBe(bump);
  });
});
