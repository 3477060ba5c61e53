import { buildIR, loadSpec, type OperationIR } from "@billforge/generator";
import { RequestValidationError } from "@billforge/runtime";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capturingLogger } from "../e2e/harness/exposure.js";
import { call, exampleOperations, PROVIDERS, specFile } from "../e2e/harness/providers.js";
import { SchemaArbitraries } from "../support/schema-arbitrary.js";

/**
 * For every operation of every provider with a JSON request body: any value valid against
 * the body's schema (drawn from the spec through the generator's IR) passes the generated
 * client's request validation, and the body on the wire parses back to the same value.
 */

const RUNS_PER_OPERATION = 25;
const BASE_URL = "https://api.example.test";

/** An in-process fetch: records request bodies, answers token requests and the operation's example. */
function recordingFetch(success: { status: number; headers?: Readonly<Record<string, string>>; body?: unknown }) {
  const bodies: string[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    if (request.url.endsWith("/oauth2/token")) {
      return Response.json({ access_token: "property-token", expires_in: 3600 });
    }
    bodies.push(await request.text());
    const body = success.status === 204 || success.body === undefined ? null : String(success.body);
    return new Response(body, { status: success.status, headers: success.headers ?? {} });
  };
  return { fetch, bodies };
}

function jsonBodySchema(operation: OperationIR) {
  return operation.requestBody?.media.find((media) => media.mediaType === "application/json")?.schema;
}

for (const provider of PROVIDERS) {
  const loaded = await loadSpec(specFile(provider.name));
  if (loaded.document === undefined) {
    throw new Error(`${provider.name}: the spec does not load`);
  }
  const api = buildIR(loaded.document, { name: provider.name });
  const arbitraries = new SchemaArbitraries(api.schemas);
  const examples = await exampleOperations(provider.name);
  const withBodies = api.operations.filter((operation) => jsonBodySchema(operation) !== undefined);

  describe(`${provider.name}: arbitrary valid JSON bodies`, () => {
    it("covers operations", () => {
      expect(withBodies.length).toBeGreaterThan(0);
    });

    it.each(withBodies.map((operation) => [operation.id, operation] as const))(
      "%s sends every valid body as is",
      async (_id, operation) => {
        const schema = jsonBodySchema(operation);
        if (schema === undefined) {
          throw new Error("filtered above");
        }
        const example = examples(operation.id);
        const { body: _exampleBody, ...args } = example.args;
        const wire = recordingFetch(example.success);
        const client = provider.client(BASE_URL, { fetch: wire.fetch, maxRetries: 0, logger: capturingLogger() });
        await fc.assert(
          fc.asyncProperty(arbitraries.request(schema), async (body) => {
            const sentBefore = wire.bodies.length;
            const error = await call(client, operation.id, { ...args, body }).then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(error).not.toBeInstanceOf(RequestValidationError);
            expect(wire.bodies.length).toBe(sentBefore + 1);
            expect(JSON.parse(wire.bodies.at(-1) ?? "")).toEqual(body);
          }),
          { numRuns: RUNS_PER_OPERATION },
        );
      },
    );
  });
}
