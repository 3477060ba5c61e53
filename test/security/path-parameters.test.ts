import { RequestValidationError } from "@billforge/runtime";
import { describe, expect, it } from "vitest";
import { capturingLogger } from "../e2e/harness/exposure.js";
import { call, PROVIDERS } from "../e2e/harness/providers.js";
import { serverPerTest } from "../e2e/harness/server-per-test.js";

/**
 * Hostile path parameter values, sent through each provider's generated client with
 * schema validation off so that only the runtime's safety layer stands between the value
 * and the URL. Each is encoded into one path segment or refused before anything is sent:
 * the server's view of the path proves it never reaches another endpoint.
 */

/** Refused: they would change the path's shape, directly or once a server decodes them. */
const REFUSED: readonly [string, string][] = [
  ["empty", ""],
  ["a dot", "."],
  ["two dots", ".."],
  ["encoded two dots", "%2e%2e"],
  ["encoded dot, upper case", "%2E"],
  ["a lone surrogate", "\ud800"],
];

/** Sent as one encoded segment. */
const ENCODED: readonly [string, string, string][] = [
  ["a slash", "a/b", "a%2Fb"],
  ["a climb to a sibling", "../admin", "..%2Fadmin"],
  ["a question mark", "a?b=1", "a%3Fb%3D1"],
  ["a hash", "a#b", "a%23b"],
  ["a percent sign", "100%", "100%25"],
  ["an already encoded slash", "%2F", "%252F"],
  ["non-ASCII", "Åsa-€", "%C3%85sa-%E2%82%AC"],
  ["a space", "a b", "a%20b"],
  ["a placeholder", "{id}", "%7Bid%7D"],
  ["dots inside", "v1.2..3", "v1.2..3"],
];

const startServer = serverPerTest();

describe.each(PROVIDERS)("$name: hostile path parameters", (provider) => {
  const probe = provider.pathProbe;
  const send = async (value: string) => {
    const server = await startServer(provider, () => ({
      status: 404,
      headers: { "content-type": "text/plain" },
      body: "not here",
    }));
    const client = provider.client(server.url, { logger: capturingLogger(), maxRetries: 0 });
    const outcome = await call(client, probe.id, { path: { [probe.param]: value } }, { validation: "off" }).catch(
      (e: unknown) => e,
    );
    return { outcome, requests: server.requests };
  };

  it.each(REFUSED)("%s is refused before sending", async (_name, value) => {
    const { outcome, requests } = await send(value);
    expect(outcome).toBeInstanceOf(RequestValidationError);
    expect((outcome as RequestValidationError).issues).toEqual([
      expect.objectContaining({ path: ["path", probe.param], code: "unsafe_path_parameter" }),
    ]);
    expect(requests).toHaveLength(0);
  });

  it.each(ENCODED)("%s is sent inside its one segment", async (_name, value, encoded) => {
    const { outcome, requests } = await send(value);
    expect(outcome).toBeInstanceOf(provider.errorClass);
    expect(requests).toHaveLength(1);
    const [path] = (requests[0]?.url ?? "").split("?");
    expect(path).toBe(probe.path.replace(`{${probe.param}}`, encoded));
  });
});
