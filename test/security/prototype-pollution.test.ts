import { describe, expect, it } from "vitest";
import { capturingLogger } from "../e2e/harness/exposure.js";
import { call, PROVIDERS } from "../e2e/harness/providers.js";
import { serverPerTest } from "../e2e/harness/server-per-test.js";

/**
 * Responses whose JSON carries `__proto__`, `constructor` and `prototype` keys at every
 * depth must not pollute `Object.prototype`, nor give any returned object a prototype
 * other than Object's or Array's.
 */

const HOSTILE_KEYS = ["__proto__", "constructor", "prototype"] as const;
const MARK = "billforgePolluted";

/** JSON text of `value` with the three hostile keys added to every object, each holding `{ [MARK]: true }`. */
function withHostileKeys(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(withHostileKeys).join(",")}]`;
  }
  if (typeof value !== "object" || value === null) {
    return JSON.stringify(value);
  }
  const own = Object.entries(value).map(([key, inner]) => `${JSON.stringify(key)}:${withHostileKeys(inner)}`);
  const hostile = HOSTILE_KEYS.map((key) => `"${key}":{"${MARK}":true,"${key}":{"${MARK}":true}}`);
  return `{${[...own, ...hostile].join(",")}}`;
}

/** Every object reachable from `value`, with its path. */
function objectsIn(value: unknown, path = "$"): [string, object][] {
  if (typeof value !== "object" || value === null) {
    return [];
  }
  const inner = Object.entries(value).flatMap(([key, child]) => objectsIn(child, `${path}.${key}`));
  return [[path, value], ...inner];
}

function expectNoPollution(result: unknown) {
  expect(Object.hasOwn(Object.prototype, MARK)).toBe(false);
  expect(({} as Record<string, unknown>)[MARK]).toBeUndefined();
  for (const [path, object] of objectsIn(result)) {
    const prototype = Object.getPrototypeOf(object);
    expect(prototype === Object.prototype || prototype === Array.prototype, `prototype at ${path}`).toBe(true);
    expect(Object.hasOwn(object, "__proto__"), `own __proto__ at ${path}`).toBe(false);
  }
}

const startServer = serverPerTest();

describe.each(PROVIDERS)("$name: hostile keys in JSON responses", (provider) => {
  const op = provider.idempotent;
  const example: unknown = JSON.parse(String(op.success.body));

  it("a success body with them at every depth pollutes nothing; __proto__ is dropped, the others stay data", async () => {
    const server = await startServer(provider, () => ({ ...op.success, body: withHostileKeys(example) }));
    const client = provider.client(server.url, { logger: capturingLogger() });
    const result = await call(client, op.id, op.args);
    expectNoPollution(result);
    // The keys the schema does not know survive as plain data (a provider may add fields).
    expect(result).toMatchObject({ constructor: { [MARK]: true }, prototype: { [MARK]: true } });
    expect(server.requests).toHaveLength(1);
  });

  it("an error body with them at every depth pollutes nothing", async () => {
    const errorBody = withHostileKeys({ error: { code: "NOPE", message: "denied", details: [{ field: "x" }] } });
    const server = await startServer(provider, () => ({
      status: 409,
      headers: { "content-type": "application/json" },
      body: errorBody,
    }));
    const client = provider.client(server.url, { logger: capturingLogger() });
    const error = await call(client, op.id, op.args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(provider.errorClass);
    expect(error).toMatchObject({ status: 409, kind: "conflict" });
    expectNoPollution((error as { body: unknown }).body);
  });
});
