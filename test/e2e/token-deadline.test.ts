import { AbortError, createExsitedClient, TimeoutError } from "@billforge/exsited";
import { afterEach, describe, expect, it } from "vitest";
import { type ExsitedTestServer, startExsitedServer, type TenantCredentials } from "./exsited-token-server.js";
import { capturingLogger } from "./harness/exposure.js";

/**
 * Waiting for an OAuth2 token is part of a call: the call's deadline and the caller's
 * abort end it even while the token endpoint stalls (its own timeout is much longer).
 */

const CREDENTIALS: TenantCredentials = {
  clientId: "e2e-deadline-client",
  clientSecret: "e2e-deadline-secret-88d1",
  redirectUri: "https://app.example.com/oauth/callback",
};
const MARGIN_MS = 1_500;

let server: ExsitedTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function stallingTokens() {
  server = await startExsitedServer({
    credentials: CREDENTIALS,
    api: () => ({ status: 200, body: { account: { id: "2YPA6C" } } }),
    tokenDelayMs: () => 30_000,
  });
  return createExsitedClient({ ...CREDENTIALS, baseUrl: server.url, timeoutMs: 20_000, logger: capturingLogger() });
}

describe("Exsited: a stalled token endpoint", () => {
  it("cannot hold a call past its deadline", async () => {
    const exsited = await stallingTokens();
    const started = performance.now();
    const error = await exsited.getAccount({ path: { id: "2YPA6C" } }, { deadlineMs: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: "deadline", timeoutMs: 500 });
    expect(performance.now() - started).toBeLessThanOrEqual(500 + MARGIN_MS);
    expect(server?.tokenRequests).toHaveLength(1);
    expect(server?.apiRequests).toHaveLength(0);
  });

  it("cannot hold a call past the caller's abort", async () => {
    const exsited = await stallingTokens();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = performance.now();
    const error = await exsited
      .getAccount({ path: { id: "2YPA6C" } }, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThanOrEqual(200 + MARGIN_MS);
    expect(server?.apiRequests).toHaveLength(0);
  });
});
