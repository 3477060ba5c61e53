import {
  AuthenticationError,
  BillforgeError,
  createExsitedClient,
  ExsitedApiError,
  type ExsitedClientOptions,
} from "@billforge/exsited";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import type { Behaviour, RecordedRequest } from "../support/test-server.js";
import {
  type ExsitedServerOptions,
  type ExsitedTestServer,
  startExsitedServer,
  type TenantCredentials,
  TOKEN_PATH,
  UNAUTHORIZED_BODY,
} from "./exsited-token-server.js";

const CREDENTIALS: TenantCredentials = {
  clientId: "e2e-client-7f3a",
  clientSecret: "e2e-secret-c41d9b2e",
  redirectUri: "https://app.example.com/oauth/callback",
};

const account = (id: string, name: string) => ({ id, name, status: "ACTIVE", type: "CUSTOMER" });
const ACCOUNT = { account: account("2YPA6C", "Jane Citizen") };
const ok = (): Behaviour => ({ status: 200, body: ACCOUNT });

let server: ExsitedTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(
  api: ExsitedServerOptions["api"],
  options: Partial<Omit<ExsitedServerOptions, "api" | "credentials">> = {},
  clientOptions: Partial<ExsitedClientOptions> = {},
) {
  server = await startExsitedServer({ credentials: CREDENTIALS, api, ...options });
  const exsited = createExsitedClient({
    baseUrl: server.url,
    ...CREDENTIALS,
    retryBaseDelayMs: 10,
    timeoutMs: 2_000,
    ...clientOptions,
  });
  return { exsited, server };
}

const getAccount = (exsited: ReturnType<typeof createExsitedClient>) => exsited.getAccount({ path: { id: "2YPA6C" } });
const grants = (s: ExsitedTestServer) => s.tokenRequests.map((request) => request.body.grant_type);

describe("Exsited client against a local tenant that issues and checks OAuth2 tokens", () => {
  it("makes exactly one token request for 50 concurrent calls on a cold client", async () => {
    const { exsited, server } = await serve(ok);
    expect(server.tokenRequests).toHaveLength(0);
    const results = await Promise.all(Array.from({ length: 50 }, () => getAccount(exsited)));
    expect(results).toEqual(Array(50).fill(ACCOUNT));
    expect(server.tokenRequests).toEqual([
      {
        contentType: "application/json",
        body: {
          grant_type: "client_credentials",
          client_id: CREDENTIALS.clientId,
          client_secret: CREDENTIALS.clientSecret,
          redirect_uri: CREDENTIALS.redirectUri,
        },
        granted: true,
      },
    ]);
    expect(server.apiRequests).toHaveLength(50);
    expect(new Set(server.apiRequests.map((request) => request.token))).toEqual(new Set(server.issued));
    expect(server.apiRequests.every((request) => !request.refused)).toBe(true);
  });

  it("refreshes an expired token once, with the refresh token, however many calls need it", async () => {
    // Lifetimes under a minute count as one (CONTRACT.md): two minutes pass on a fake clock,
    // which the client and the stand-in server share.
    vi.useFakeTimers({ toFake: ["Date"] });
    onTestFinished(() => void vi.useRealTimers());
    const { exsited, server } = await serve(ok, { expiresIn: 120 });
    await getAccount(exsited);
    // The token lives two minutes and the server refuses it afterwards; the client renews it before use.
    vi.setSystemTime(Date.now() + 121_000);
    await Promise.all(Array.from({ length: 10 }, () => getAccount(exsited)));
    expect(grants(server)).toEqual(["client_credentials", "refresh_token"]);
    const refresh = server.tokenRequests[1]?.body;
    expect(refresh).toMatchObject({
      refresh_token: expect.stringMatching(/^e2e-refresh-1-/),
      client_id: CREDENTIALS.clientId,
      client_secret: CREDENTIALS.clientSecret,
      redirect_uri: CREDENTIALS.redirectUri,
    });
    expect(server.apiRequests).toHaveLength(11);
    expect(server.apiRequests.every((request) => !request.refused)).toBe(true);
    expect(server.apiRequests.slice(1).map((request) => request.token)).toEqual(Array(10).fill(server.issued[1]));
  });

  it("on a 401 renews the token once and retries the call once", async () => {
    const { exsited, server } = await serve(ok);
    await getAccount(exsited);
    server.revokeAccessToken();
    await expect(getAccount(exsited)).resolves.toEqual(ACCOUNT);
    expect(grants(server)).toEqual(["client_credentials", "refresh_token"]);
    expect(server.apiRequests.map((request) => [request.token, request.refused])).toEqual([
      [server.issued[0], false],
      [server.issued[0], true],
      [server.issued[1], false],
    ]);
  });

  it("surfaces a second 401 as a 401 ExsitedApiError", async () => {
    const { exsited, server } = await serve(() => ({ status: 401, body: UNAUTHORIZED_BODY }));
    const error = await getAccount(exsited).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExsitedApiError);
    expect(error).toMatchObject({
      status: 401,
      kind: "unauthorized",
      code: "UNAUTHORIZED",
      providerMessage: "Invalid or expired access token",
      operationId: "getAccount",
      body: UNAUTHORIZED_BODY,
    });
    expect(grants(server)).toEqual(["client_credentials", "refresh_token"]);
    expect(server.apiRequests).toHaveLength(2);
    expect(server.apiRequests.map((request) => request.token)).toEqual(server.issued);
    for (const token of server.issued) {
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(token);
    }
  });

  it("turns bad client credentials into a typed error that holds no secret", async () => {
    const wrongSecret = "e2e-wrong-secret-5a8f01";
    const { exsited, server } = await serve(ok, {}, { clientSecret: wrongSecret });
    const error = await getAccount(exsited).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toBeInstanceOf(BillforgeError);
    expect(error).toMatchObject({ failure: "rejected", status: 401, oauthError: "invalid_client", scheme: "OAuth2" });
    expect(server.apiRequests).toHaveLength(0);
    // The server echoed the credentials in its answer: none of them may surface anywhere.
    const cause = (error as Error).cause;
    const views = [
      (error as Error).message,
      String(error),
      JSON.stringify(error),
      String((error as Error).stack),
      cause === undefined ? "" : String(cause),
    ];
    for (const view of views) {
      expect(view).not.toContain(wrongSecret);
      expect(view).not.toContain(CREDENTIALS.clientId);
    }
    expect((error as Error).message).toContain(`${server.url}${TOKEN_PATH}`);
  });

  it("fails every call waiting on a token request that times out with the same typed error, then tries again", async () => {
    const { exsited, server } = await serve(
      ok,
      { tokenDelayMs: (index) => (index === 0 ? 2_000 : undefined) },
      { timeoutMs: 200 },
    );
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => getAccount(exsited)));
    const errors = results.map((result) => (result.status === "rejected" ? result.reason : undefined));
    expect(errors[0]).toBeInstanceOf(AuthenticationError);
    expect(errors[0]).toMatchObject({ failure: "timeout", message: expect.stringContaining("timed out after 200 ms") });
    expect(errors.every((error) => error === errors[0])).toBe(true);
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.apiRequests).toHaveLength(0);

    await expect(getAccount(exsited)).resolves.toEqual(ACCOUNT);
    expect(grants(server)).toEqual(["client_credentials", "client_credentials"]);
    expect(server.apiRequests.map((request) => request.token)).toEqual([server.issued[1]]);
  });

  it("iterates over offset pages and yields every account once", async () => {
    const accounts = ["A1", "B2", "C3", "D4", "E5"].map((id, index) => account(id, `Customer ${index + 1}`));
    const page = (request: RecordedRequest): Behaviour => {
      const query = new URL(request.url, "http://localhost").searchParams;
      const limit = Number(query.get("limit") ?? 20);
      const offset = Number(query.get("offset") ?? 0);
      return {
        status: 200,
        body: {
          accounts: accounts.slice(offset, offset + limit),
          pagination: { records: accounts.length, limit, offset, previous_page: "", next_page: "" },
        },
      };
    };
    const { exsited, server } = await serve(page);
    const seen: string[] = [];
    for await (const item of exsited.iterateListAccounts({ query: { limit: 2 } })) {
      seen.push(item.id);
    }
    expect(seen).toEqual(accounts.map((a) => a.id));
    expect(server.apiRequests.map((request) => request.url)).toEqual([
      "/api/v3/accounts?limit=2&offset=0",
      "/api/v3/accounts?limit=2&offset=2",
      "/api/v3/accounts?limit=2&offset=4",
    ]);
    expect(server.tokenRequests).toHaveLength(1);
  });
});
