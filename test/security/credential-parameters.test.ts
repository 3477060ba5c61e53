import { RequestValidationError } from "@billforge/runtime";
import { afterEach, describe, expect, it } from "vitest";
import { capturingLogger } from "../e2e/harness/exposure.js";
import { call, PROVIDERS, type ProviderServer } from "../e2e/harness/providers.js";

/**
 * A caller cannot add a second credential beside the client's: a query parameter or a
 * header named like the client's own (the API-key parameter, its header in any case,
 * Authorization for Basic and OAuth2) is refused before anything is sent, per call and
 * in the arguments alike.
 */

const CREDENTIAL_NAMES: Readonly<Record<string, { query: readonly string[]; headers: readonly string[] }>> = {
  hostup: { query: [], headers: ["X-API-Key", "x-api-key", "X-API-KEY"] },
  billogram: { query: [], headers: ["Authorization", "authorization", "AUTHORIZATION"] },
  exsited: { query: [], headers: ["Authorization", "aUtHoRiZaTiOn"] },
  invoicexpress: { query: ["api_key"], headers: [] },
};

const open: ProviderServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

describe.each(PROVIDERS)("$name: parameters named like its credential", (provider) => {
  const names = CREDENTIAL_NAMES[provider.name] ?? { query: [], headers: [] };
  const op = provider.idempotent;
  const cases: [string, unknown, object | undefined, readonly string[]][] = [
    ...names.query.map((name): [string, unknown, undefined, string[]] => [
      `query ${name}`,
      { ...op.args, query: { ...(op.args.query as object), [name]: "evil" } },
      undefined,
      ["query", name],
    ]),
    ...names.headers.flatMap((name): [string, unknown, object | undefined, string[]][] => [
      [`per-call header ${name}`, op.args, { headers: { [name]: "evil" } }, ["options", "headers", name]],
      [`argument header ${name}`, { ...op.args, headers: { [name]: "evil" } }, undefined, ["headers", name]],
    ]),
  ];

  it.each(cases)("refuses %s before sending", async (_name, args, options, path) => {
    const server = await provider.start(() => op.success);
    open.push(server);
    const client = provider.client(server.url, { logger: capturingLogger(), validation: "off" });
    const error = await call(client, op.id, args, options).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      expect.objectContaining({ path, code: "credential_parameter" }),
    ]);
    expect(server.requests).toHaveLength(0);
    expect(server.tokenRequests).toBe(0);
  });

  it("still sends other headers and query parameters", async () => {
    const server = await provider.start(() => op.success);
    open.push(server);
    const client = provider.client(server.url, { logger: capturingLogger() });
    await call(client, op.id, op.args, { headers: { "X-Trace": "t-1" } });
    expect(server.requests[0]?.headers["x-trace"]).toBe("t-1");
  });
});
