/**
 * Any mutation of a valid spec (a key deleted, a value of the wrong type, an odd pattern,
 * a `$ref` into nowhere) ends in diagnostics or in a client: never an uncaught exception,
 * never a stack trace in what the CLI prints.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runBillforge } from "../support/billforge.js";

const RUNS = 60;

/** A small valid spec that touches what loading handles: parameters, bodies, examples, patterns, refs, security. */
const VALID = {
  openapi: "3.0.3",
  info: { title: "Mutant", version: "1.0.0" },
  servers: [{ url: "https://api.example.test/v1" }],
  paths: {
    "/items/{itemId}": {
      parameters: [{ name: "itemId", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9-]+$" } }],
      get: {
        operationId: "getItem",
        parameters: [{ name: "expand", in: "query", schema: { type: "array", items: { type: "string" } } }],
        responses: {
          "200": {
            description: "The item",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Item" },
                example: { id: "a-1", tags: ["x"], owner: null },
              },
            },
          },
          default: { $ref: "#/components/responses/Problem" },
        },
      },
      put: {
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/Item" } } },
        },
        responses: { "204": { description: "Saved" } },
      },
    },
  },
  components: {
    schemas: {
      Item: {
        type: "object",
        required: ["id"],
        properties: {
          id: { type: "string", pattern: "^[a-zA-Z0-9_\\-\\:]+$" },
          tags: { type: "array", items: { type: "string" } },
          owner: { nullable: true, allOf: [{ $ref: "#/components/schemas/Owner" }] },
          kind: { type: "string", enum: ["a", "b"] },
        },
      },
      Owner: { type: "object", properties: { name: { type: "string" } }, example: { $ref: "not-a-file.json" } },
      Problem: { type: "object", properties: { message: { type: "string" } } },
    },
    responses: {
      Problem: {
        description: "Error",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    },
    securitySchemes: {
      header: { type: "apiKey", in: "header", name: "X-Key" },
      query: { type: "apiKey", in: "query", name: "key" },
    },
  },
  security: [{ header: [] }, { query: [] }],
};

type Path = readonly (string | number)[];

/** Every path to a node of `node`, the root excluded. */
function paths(node: unknown, prefix: Path = []): Path[] {
  if (node === null || typeof node !== "object") {
    return [];
  }
  const entries = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
  return entries.flatMap(([key, value]) => [[...prefix, key], ...paths(value, [...prefix, key])]);
}

const PATHS = paths(VALID);

const wrongValues = fc.constantFrom<unknown>(null, 0, -1, 1.5, "", "text", true, [], [1, "a"], {}, { type: 7 });
const oddPatterns = fc.constantFrom("([a-z", "\\-\\:", "(?<", "\\p{L}+", "[", "*", "\\", "(?<name>a)\\k<other>");
const nowhereRefs = fc.constantFrom(
  "#/components/schemas/Nope",
  "#/nowhere",
  "missing.yaml#/X",
  "https://example.invalid/spec.yaml",
  "#",
  "",
);

type Mutation =
  | { readonly kind: "delete"; readonly at: Path }
  | { readonly kind: "set"; readonly at: Path; readonly value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.constantFrom(...PATHS) }),
  fc.record({ kind: fc.constant("set" as const), at: fc.constantFrom(...PATHS), value: wrongValues }),
  fc.record({
    kind: fc.constant("set" as const),
    at: fc.constantFrom(...PATHS).map((p) => [...p.slice(0, -1), "pattern"]),
    value: oddPatterns,
  }),
  fc.record({
    kind: fc.constant("set" as const),
    at: fc.constantFrom(...PATHS).map((p) => [...p, "$ref"]),
    value: nowhereRefs,
  }),
);

function apply(spec: unknown, { kind, at, ...rest }: Mutation): void {
  let node = spec as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object") {
      return;
    }
    node = next as Record<string | number, unknown>;
  }
  const last = at[at.length - 1]!;
  if (kind === "delete") {
    delete node[last];
  } else {
    node[last] = (rest as { value: unknown }).value;
  }
}

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("mutated specs", () => {
  it("the valid spec itself yields a client", async () => {
    const dir = await mkdtemp(join(tmpdir(), "billforge-mutant-"));
    dirs.push(dir);
    await writeFile(join(dir, "openapi.json"), JSON.stringify(VALID));
    const { code, output } = await runBillforge(
      dir,
      "generate",
      "--spec",
      "openapi.json",
      "--out",
      "out",
      "--name",
      "@p/mutant",
    );
    expect(output).toMatch(/wrote \d+ of \d+ files/);
    expect(code).toBe(0);
  });

  it("end in diagnostics or a client, never in an exception or a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const spec = structuredClone(VALID);
        for (const m of mutations) {
          apply(spec, m);
        }
        const dir = await mkdtemp(join(tmpdir(), "billforge-mutant-"));
        try {
          await writeFile(join(dir, "openapi.json"), JSON.stringify(spec));
          const { code, output } = await runBillforge(
            dir,
            "generate",
            "--spec",
            "openapi.json",
            "--out",
            "out",
            "--name",
            "@p/mutant",
          );
          expect(output).not.toMatch(/^\s+at .+(:\d+:\d+\)?|<anonymous>\)?)$/m);
          expect([0, 1]).toContain(code);
          // Failure always says why, with a coded diagnostic.
          if (code === 1) {
            expect(output).toMatch(/ error BF\d{3} /);
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
