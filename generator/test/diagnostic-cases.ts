/**
 * One spec per diagnostic code: a lint-clean spec with one thing broken, and where the
 * diagnostic must point. Shared by the loader's tests and the CLI output tests.
 */
import type { DiagnosticCode } from "../src/load/diagnostics.js";
import { dedent } from "./support.js";

/** A lint-clean 3.1 spec; each case below breaks one thing in it. */
export const CLEAN = dedent(`
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

export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) {
    throw new Error(`spec has no ${JSON.stringify(from)}`);
  }
  return text.replace(from, to);
}

const OP = "/paths/~1things~1{thingId}/get";

export interface DiagnosticCase {
  readonly code: DiagnosticCode;
  readonly given: string;
  /** Where the diagnostic must point: a text in `given` (nth occurrence) … */
  readonly at: string;
  readonly occurrence?: number;
  readonly pointer: string;
  /** Substring of the message. */
  readonly says: string;
}

export const cases: DiagnosticCase[] = [
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
  {
    code: "BF260",
    given: edit(
      CLEAN,
      "        id:\n          type: string",
      "        id:\n          type: string\n          pattern: '([a-z'",
    ),
    at: "'([a-z'",
    pointer: "/components/schemas/Thing/properties/id/pattern",
    says: "does not compile",
  },
];
