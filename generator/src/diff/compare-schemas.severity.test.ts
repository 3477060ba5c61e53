// Severity depends on the direction: what the client sends may not narrow, what it
// receives may not widen; a changed type or a removed field breaks both.
import { describe, expect, it } from "vitest";
import { bool, enumOf, findings, object, prop, str } from "../../test/schema-diff.js";
import type { SchemaIR } from "../ir/types.js";

describe("compareSchemas: severity", () => {
  it.each<[string, SchemaIR, SchemaIR, { request: boolean; response: boolean }]>([
    ["type-narrowed", str, enumOf("a"), { request: true, response: false }],
    ["enum-value-removed", enumOf("a", "b"), enumOf("a"), { request: true, response: false }],
    [
      "field-made-required",
      object([prop("a", str, false)]),
      object([prop("a", str)]),
      { request: true, response: false },
    ],
    ["type-widened", enumOf("a"), str, { request: false, response: true }],
    ["enum-value-added", enumOf("a"), enumOf("a", "b"), { request: false, response: true }],
    [
      "field-made-optional",
      object([prop("a", str)]),
      object([prop("a", str, false)]),
      { request: false, response: true },
    ],
    ["type-changed", str, bool, { request: true, response: true }],
    ["field-removed", object([prop("a", str)]), object([]), { request: true, response: true }],
  ])("%s", (kind, before, after, breaking) => {
    for (const direction of ["request", "response"] as const) {
      const [finding] = findings(before, after, direction);
      expect(finding).toMatchObject({ kind, breaking: breaking[direction] });
    }
  });

  it("tells each finding's direction, place and message", () => {
    expect(findings(str, bool, "response", { where: "body" })).toEqual([
      { kind: "type-changed", breaking: true, where: "body", message: "string → boolean", directions: ["response"] },
    ]);
    expect(findings(object([]), object([prop("a", str)]), "request", { where: "body" })).toEqual([
      {
        kind: "field-added",
        breaking: true,
        where: "body.a",
        message: "required field a added (string)",
        directions: ["request"],
      },
    ]);
  });
});
