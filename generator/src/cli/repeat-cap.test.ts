import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../load/diagnostics.js";
import { capRepeats } from "./repeat-cap.js";

const diagnostic = (code: Diagnostic["code"], severity: Diagnostic["severity"], line: number): Diagnostic => ({
  code,
  severity,
  line,
  message: `m${line}`,
  file: "/spec.yaml",
  column: 1,
  pointer: "",
  fix: "f",
});

describe("capRepeats", () => {
  it("shows the first three of each code and severity, in order, and counts the rest", () => {
    const given = [
      ...Array.from({ length: 120 }, (_, i) => diagnostic("BF220", "warning", i + 1)),
      diagnostic("BF102", "error", 200),
      ...Array.from({ length: 5 }, (_, i) => diagnostic("BF201", "info", 300 + i)),
      diagnostic("BF220", "error", 400),
    ];
    const { shown, summaries } = capRepeats(given);
    expect(shown.map((d) => `${d.code}:${d.line}`)).toEqual([
      "BF220:1",
      "BF220:2",
      "BF220:3",
      "BF102:200",
      "BF201:300",
      "BF201:301",
      "BF201:302",
      "BF220:400",
    ]);
    expect(summaries).toEqual([
      { severity: "warning", line: "… and 117 more BF220 example-missing warnings" },
      { severity: "info", line: "… and 2 more BF201 operation-id-not-camel-case notes" },
    ]);
  });

  it("leaves a short list whole", () => {
    const given = [diagnostic("BF220", "warning", 1), diagnostic("BF220", "warning", 2)];
    expect(capRepeats(given)).toEqual({ shown: given, summaries: [] });
  });
});
