import { BillforgeError } from "@billforge/runtime";
import { describe, expect, it } from "vitest";
import { capturingLogger } from "../e2e/harness/exposure.js";
import { call, PROVIDERS } from "../e2e/harness/providers.js";
import { serverPerTest } from "../e2e/harness/server-per-test.js";

/**
 * JSON nested far deeper than the call stack (a few hundred kilobytes of brackets) gives
 * the same typed outcome as shallow JSON: the provider's error with its status, or the
 * success value; never a stack overflow surfacing as an "unexpected failure".
 */

const DEPTH = 100_000;
const DEEP = `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`;

const startServer = serverPerTest();

describe.each(PROVIDERS)("$name: deeply nested JSON", (provider) => {
  const op = provider.idempotent;

  it("in an error body gives the provider's error with its status", async () => {
    const server = await startServer(provider, () => ({
      status: 409,
      headers: { "content-type": "application/json" },
      body: `{"error":"conflict","nested":${DEEP}}`,
    }));
    const client = provider.client(server.url, { logger: capturingLogger() });
    const error = await call(client, op.id, op.args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(provider.errorClass);
    expect(error).toMatchObject({ status: 409, kind: "conflict" });
  });

  it("in an unknown field of a success body is returned as data", async () => {
    const example = String(op.success.body);
    const server = await startServer(provider, () => ({
      ...op.success,
      body: `{"nested":${DEEP},${example.slice(1)}`,
    }));
    const client = provider.client(server.url, { logger: capturingLogger() });
    const result = await call(client, op.id, op.args).catch((e: unknown) => e);
    expect(result).not.toBeInstanceOf(BillforgeError);
    expect(result).toMatchObject(JSON.parse(example) as object);
  });
});
