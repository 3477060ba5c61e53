import { afterAll, describe, expect, it } from "vitest";
import { CLEAN, cases, edit } from "../../test/diagnostic-cases.js";
import { dedent, positionOf, removeTempDirs, writeSpec } from "../../test/support.js";
import { loadSpec } from "./load-spec.js";

afterAll(removeTempDirs);

describe("loadSpec diagnostics", () => {
  it("a clean spec yields no diagnostics and a bundled document", async () => {
    const file = await writeSpec(CLEAN);
    const loaded = await loadSpec(file);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.document?.info).toEqual({ title: "Tiny", version: "1.0.0" });
    expect(loaded.file).toBe(file);
    expect(loaded.files).toEqual([file]);
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("covers every diagnostic code", async () => {
    const { DIAGNOSTIC_CODES } = await import("./diagnostics.js");
    expect(cases.map((c) => c.code).sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
  });

  it.each(cases)("$code: $says", async ({ code, given, at, occurrence, pointer, says }) => {
    const file = await writeSpec(given);
    const loaded = await loadSpec(file);

    // Only the broken rule fires, and a spec with errors yields no document.
    expect(new Set(loaded.diagnostics.map((d) => d.code))).toEqual(new Set([code]));
    expect(loaded.document).toBeUndefined();
    const diagnostic = loaded.diagnostics.find((d) => d.pointer === pointer);
    expect(diagnostic, JSON.stringify(loaded.diagnostics, null, 2)).toMatchObject({
      code,
      severity: "error",
      file,
      pointer,
      ...positionOf(given, at, occurrence),
    });
    expect(diagnostic!.message).toContain(says);
    expect(diagnostic!.fix.trim()).not.toBe("");
    expect(diagnostic!.fix).not.toContain("\n");
  });

  it("sorts diagnostics by position", async () => {
    const given = edit(edit(CLEAN, "id: t1", "id: 17"), "operationId: getThing", "operationId: Get_Thing");
    const loaded = await loadSpec(await writeSpec(given));
    expect(loaded.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["BF201", positionOf(given, "Get_Thing").line],
      ["BF221", positionOf(given, "id: 17").line],
    ]);
  });

  it("BF103 also catches Swagger 2.0 documents (no openapi field)", async () => {
    const given = dedent(`
      swagger: '2.0'
      info: { title: Old, version: '1' }
      paths: {}
    `);
    const loaded = await loadSpec(await writeSpec(given));
    expect(loaded.diagnostics).toMatchObject([{ code: "BF103", pointer: "/openapi", line: 1, column: 1 }]);
  });

  it("BF100 points at the syntax error, not at 1:1", async () => {
    const given = dedent(`
      openapi: 3.1.0
      info:
        title: Tiny
         version: 1.0.0
      paths: {}
    `);
    const loaded = await loadSpec(await writeSpec(given));
    expect(loaded.diagnostics.length).toBeGreaterThan(0);
    const [first] = loaded.diagnostics;
    expect(first).toMatchObject({ code: "BF100", severity: "error" });
    expect(first!.line).toBeGreaterThan(1);
    expect(first!.message).not.toMatch(/at line \d+/);
  });
});

describe("lint profiles", () => {
  /** Two operations: one lacks an example and a docs link; the other has a wrong example and an undeclared path parameter. */
  const GAPS = dedent(`
    openapi: 3.1.0
    info:
      title: Gaps
      version: 1.0.0
    paths:
      /a:
        get:
          operationId: getA
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: { type: string }
      /b/{id}:
        get:
          operationId: getB
          externalDocs: { url: 'https://example.com/b' }
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: { type: string }
                  example: 5
  `);

  const severities = async (text: string, profile: "strict" | "lenient") => {
    const loaded = await loadSpec(await writeSpec(text), { profile });
    return { loaded, bySeverity: Object.fromEntries(loaded.diagnostics.map((d) => [d.code, d.severity])) };
  };

  it("strict: documentation gaps and correctness problems are all errors", async () => {
    const { bySeverity } = await severities(GAPS, "strict");
    expect(bySeverity).toEqual({ BF220: "error", BF250: "error", BF221: "error", BF230: "error" });
  });

  it("lenient: documentation gaps (BF220, BF250) and invalid examples (BF221) become warnings, BF230 stays an error", async () => {
    const { bySeverity, loaded } = await severities(GAPS, "lenient");
    expect(bySeverity).toEqual({ BF220: "warning", BF250: "warning", BF221: "warning", BF230: "error" });
    expect(loaded.document).toBeUndefined();
  });

  it("lenient: a spec with only warnings still loads", async () => {
    const onlyGaps = GAPS.slice(0, GAPS.indexOf("  /b/{id}:"));
    const { bySeverity, loaded } = await severities(onlyGaps, "lenient");
    expect(bySeverity).toEqual({ BF220: "warning", BF250: "warning" });
    expect(loaded.document?.paths).toHaveProperty("/a");
  });
});

describe("specSha256", () => {
  it.each([
    ["plain UTF-8", Buffer.from("openapi: 3.1.0\ninfo: { title: Å }\n")],
    ["CRLF line endings", Buffer.from("openapi: 3.1.0\r\ninfo: {}\r\n")],
    ["a byte order mark", Buffer.from("\uFEFF{}\n")],
    ["bytes that are not UTF-8", Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a])],
  ])("hashes a file's bytes (%s) as its text", async (_what, bytes) => {
    const { specSha256 } = await import("./load-spec.js");
    expect(specSha256([bytes])).toBe(specSha256([bytes.toString("utf8")]));
    expect(specSha256([bytes, "x"])).toBe(specSha256([bytes.toString("utf8"), "x"]));
  });

  it("normalizes line endings", async () => {
    const { specSha256 } = await import("./load-spec.js");
    expect(specSha256([Buffer.from("a\r\nb")])).toBe(specSha256(["a\nb"]));
    expect(specSha256(["a\nb"])).not.toBe(specSha256(["a\nc"]));
  });
});
