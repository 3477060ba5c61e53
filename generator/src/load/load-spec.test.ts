import { afterAll, describe, expect, it } from "vitest";
import { dedent, positionOf, removeTempDirs, writeSpec } from "../../test/support.js";
import type { DiagnosticCode } from "./diagnostics.js";
import { loadSpec } from "./load-spec.js";

afterAll(removeTempDirs);

/** A lint-clean 3.1 spec; each case below breaks one thing in it. */
const CLEAN = dedent(`
  openapi: 3.1.0
  info:
    title: Tiny
    version: 1.0.0
  paths:
    /things/{thingId}:
      get:
        operationId: getThing
        externalDocs:
          url: https://example.com/docs/get-thing
        parameters:
          - name: thingId
            in: path
            required: true
            schema:
              type: string
        responses:
          '200':
            description: The thing.
            content:
              application/json:
                schema:
                  $ref: '#/components/schemas/Thing'
                example:
                  id: t1
  components:
    schemas:
      Thing:
        type: object
        required: [id]
        properties:
          id:
            type: string
`);

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`spec has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

const OP = "/paths/~1things~1{thingId}/get";

interface Case {
  readonly code: DiagnosticCode;
  readonly given: string;
  /** Where the diagnostic must point: a text in `given` (nth occurrence) … */
  readonly at: string;
  readonly occurrence?: number;
  readonly pointer: string;
  /** Substring of the message. */
  readonly says: string;
}

const cases: Case[] = [
  {
    code: "BF100",
    given: edit(CLEAN, "  title: Tiny\n", "  title: Tiny\n  title: Again\n"),
    at: "title: Again",
    pointer: "",
    says: "Map keys must be unique",
  },
  {
    code: "BF101",
    given: edit(CLEAN, "  version: 1.0.0", "  versio: 1.0.0"),
    at: "versio:",
    pointer: "/info/versio",
    says: "`versio` is not expected",
  },
  {
    code: "BF102",
    given: edit(CLEAN, "$ref: '#/components/schemas/Thing'", "$ref: '#/components/schemas/Thong'"),
    at: "$ref",
    pointer: `${OP}/responses/200/content/application~1json/schema`,
    says: "Can't resolve $ref",
  },
  {
    code: "BF103",
    given: edit(CLEAN, "openapi: 3.1.0", "openapi: 3.2.0"),
    at: "3.2.0",
    pointer: "/openapi",
    says: '"3.2.0" is not supported',
  },
  {
    code: "BF200",
    given: edit(CLEAN, "      operationId: getThing\n", ""),
    at: "externalDocs:",
    pointer: OP,
    says: "GET /things/{thingId} has no operationId",
  },
  {
    code: "BF201",
    given: edit(CLEAN, "operationId: getThing", "operationId: Get_Thing"),
    at: "Get_Thing",
    pointer: `${OP}/operationId`,
    says: '"Get_Thing" is not camelCase',
  },
  {
    code: "BF202",
    given: edit(
      CLEAN,
      "components:\n",
      [
        "  /other-things/{thingId}:",
        "    get:",
        "      operationId: getThing",
        "      externalDocs: { url: 'https://example.com/docs/other' }",
        "      parameters:",
        "        - { name: thingId, in: path, required: true, schema: { type: string } }",
        "      responses:",
        "        '204':",
        "          description: Nothing.",
        "components:",
        "",
      ].join("\n"),
    ),
    at: "getThing",
    occurrence: 2,
    pointer: "/paths/~1other-things~1{thingId}/get/operationId",
    says: "also used by GET /things/{thingId}",
  },
  {
    code: "BF210",
    given: edit(CLEAN, "'200':", "'302':"),
    at: "'302':",
    pointer: `${OP}/responses`,
    says: "documents no 2xx response",
  },
  {
    code: "BF211",
    given: edit(CLEAN, "              schema:\n                $ref: '#/components/schemas/Thing'\n", ""),
    at: "example:",
    pointer: `${OP}/responses/200/content/application~1json`,
    says: "response 200 (application/json) of GET /things/{thingId} has no schema",
  },
  {
    code: "BF220",
    given: edit(CLEAN, "              example:\n                id: t1\n", ""),
    at: "schema:\n                $ref",
    pointer: `${OP}/responses/200/content/application~1json`,
    says: "response 200 (application/json) of GET /things/{thingId} has no example",
  },
  {
    code: "BF221",
    given: edit(CLEAN, "id: t1", "id: 17"),
    at: "id: 17",
    pointer: `${OP}/responses/200/content/application~1json/example`,
    says: "example/id must be string",
  },
  {
    code: "BF230",
    given: edit(CLEAN, "/things/{thingId}:", "/things/{thingId}/parts/{partId}:"),
    at: "operationId:",
    pointer: "/paths/~1things~1{thingId}~1parts~1{partId}/get",
    says: "path parameter {partId} of GET /things/{thingId}/parts/{partId} is not declared",
  },
  {
    code: "BF231",
    given: edit(CLEAN, "/things/{thingId}:", "/things:"),
    at: "name: thingId",
    pointer: "/paths/~1things/get/parameters/0",
    says: 'path parameter "thingId" is declared but /things has no {thingId}',
  },
  {
    code: "BF240",
    given: edit(CLEAN, "operationId: getThing\n", "operationId: getThing\n      x-billforge-idempotent: maybe\n"),
    at: "maybe",
    pointer: `${OP}/x-billforge-idempotent`,
    says: "x-billforge-idempotent must be true or false",
  },
  {
    code: "BF250",
    given: edit(CLEAN, "      externalDocs:\n        url: https://example.com/docs/get-thing\n", ""),
    at: "operationId:",
    pointer: OP,
    says: "does not cite its source documentation",
  },
];

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
