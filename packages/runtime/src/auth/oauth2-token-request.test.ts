import { describe, expect, it, vi } from "vitest";
import { AuthenticationError } from "../errors/authentication-error.js";
import { Redactor } from "../safety/redactor.js";
import { fetchStub, type Handler, json, text } from "../testing/fetch-stub.js";
import { createTransport } from "../transport/openapi-fetch-adapter.js";
import { type OAuth2Scheme, requestToken, type TokenEndpoint } from "./oauth2-token-request.js";

const scheme: OAuth2Scheme = {
  type: "oauth2ClientCredentials",
  tokenUrl: "/api/v1/oauth2/token",
  requestEncoding: "json",
  extraFields: ["redirect_uri"],
  scopes: [],
};

function endpoint(handler: Handler, overrides: Partial<TokenEndpoint> = {}) {
  const stub = fetchStub(handler);
  const value: TokenEndpoint = {
    schemeName: "OAuth",
    scheme,
    credential: {
      type: "oauth2ClientCredentials",
      clientId: "client-1",
      clientSecret: "shh-secret",
      extra: { redirect_uri: "https://app.test/cb" },
    },
    tokenUrl: "https://tenant.exsited.test/api/v1/oauth2/token",
    transport: createTransport(stub.fetch),
    timeoutMs: 1_000,
    userAgent: "billforge/exsited",
    redactor: new Redactor({ secrets: ["client-1", "shh-secret"] }),
    ...overrides,
  };
  return { endpoint: value, sent: stub.sent };
}

describe("requestToken", () => {
  it("asks for client credentials in JSON with the extra fields", async () => {
    const { endpoint: target, sent } = endpoint(() =>
      json({ access_token: "at-1", refresh_token: "rt-1", expires_in: 3600 }),
    );
    expect(await requestToken(target, { type: "client_credentials" })).toEqual({
      accessToken: "at-1",
      refreshToken: "rt-1",
      expiresInMs: 3_600_000,
    });
    expect(sent[0]?.url).toBe("https://tenant.exsited.test/api/v1/oauth2/token");
    expect(sent[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(sent[0]?.body ?? "")).toEqual({
      grant_type: "client_credentials",
      client_id: "client-1",
      client_secret: "shh-secret",
      redirect_uri: "https://app.test/cb",
    });
  });

  it("refreshes form-encoded, as RFC 6749 has it, and asks for the scopes", async () => {
    const formScheme: OAuth2Scheme = {
      ...scheme,
      requestEncoding: "form",
      scopes: ["invoices:read", "accounts:write"],
    };
    const { endpoint: target, sent } = endpoint(() => json({ access_token: "at-2", expires_in: "60" }), {
      scheme: formScheme,
    });
    expect(await requestToken(target, { type: "refresh_token", refreshToken: "rt-1" })).toMatchObject({
      accessToken: "at-2",
      expiresInMs: 60_000,
    });
    expect(await requestToken(target, { type: "client_credentials" })).toMatchObject({ accessToken: "at-2" });
    expect(sent[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(sent[0]?.body))).toEqual({
      grant_type: "refresh_token",
      refresh_token: "rt-1",
      client_id: "client-1",
      client_secret: "shh-secret",
      redirect_uri: "https://app.test/cb",
    });
    expect(new URLSearchParams(sent[1]?.body).get("scope")).toBe("invoices:read accounts:write");
  });

  it("turns a refusal into an AuthenticationError that carries no secret", async () => {
    const { endpoint: target } = endpoint(() =>
      json({ error: "invalid_client", error_description: "client-1 with secret shh-secret is unknown" }, 401),
    );
    const error = await requestToken(target, { type: "client_credentials" }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ failure: "rejected", status: 401, oauthError: "invalid_client" });
    const serialized = `${String(error)} ${JSON.stringify(error)}`;
    expect(serialized).toContain("invalid_client");
    expect(serialized).not.toMatch(/client-1|shh-secret/);
  });

  it.each([
    ["a body that is not JSON", () => text("<html>oops</html>", 200, "text/html")],
    ["no access token", () => json({ token_type: "bearer" })],
  ])("calls %s malformed", async (_name, handler) => {
    const { endpoint: target } = endpoint(handler);
    await expect(requestToken(target, { type: "client_credentials" })).rejects.toMatchObject({ failure: "malformed" });
  });

  it("times out on its own clock", async () => {
    const { endpoint: target } = endpoint(
      (request) =>
        new Promise((_resolve, reject) =>
          request.signal.addEventListener("abort", () => reject(request.signal.reason)),
        ),
      { timeoutMs: 20 },
    );
    await expect(requestToken(target, { type: "client_credentials" })).rejects.toMatchObject({
      failure: "timeout",
      message: expect.stringContaining("timed out after 20 ms"),
    });
  });

  it("waits without a timer when the timeout is turned off", async () => {
    const { endpoint: target } = endpoint(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return json({ access_token: "at" });
      },
      { timeoutMs: Number.POSITIVE_INFINITY },
    );
    await expect(requestToken(target, { type: "client_credentials" })).resolves.toMatchObject({ accessToken: "at" });
  });

  it("reports a network failure without leaking what the error said", async () => {
    const { endpoint: target } = endpoint(() =>
      Promise.reject(new TypeError("fetch failed for client_secret=shh-secret")),
    );
    const error = await requestToken(target, { type: "client_credentials" }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ failure: "network" });
    expect(String((error as Error).cause)).not.toContain("shh-secret");
  });

  describe("says what went wrong, naming the endpoint by origin and path only", () => {
    const at = "https://tenant.exsited.test/api/v1/oauth2/token";
    const withQuery = { tokenUrl: `${at}?tenant=7` };
    const failed = (handler: Handler, overrides: Partial<TokenEndpoint> = withQuery) =>
      requestToken(endpoint(handler, overrides).endpoint, { type: "client_credentials" }).then(
        (token): AuthenticationError => {
          throw new Error(`expected a failure, got ${JSON.stringify(token)}`);
        },
        (thrown: unknown) => thrown as AuthenticationError,
      );

    it.each<[string, string, string | undefined, string]>([
      [
        "error and description",
        '{"error":"invalid_client","error_description":"no such client"}',
        "invalid_client",
        " (invalid_client: no such client)",
      ],
      ["the error alone", '{"error":"invalid_grant"}', "invalid_grant", " (invalid_grant)"],
      ["the description alone", '{"error_description":"try later"}', undefined, " (try later)"],
      ["empty or non-string fields as absent", '{"error":"","error_description":42}', undefined, ""],
      ["a body that is not JSON", "Service Unavailable", undefined, ""],
      ["a JSON null", "null", undefined, ""],
      ["a JSON string", '"invalid_client"', undefined, ""],
    ])("a refusal with %s", async (_name, body, oauthError, detail) => {
      const error = await failed(() => text(body, 400, "application/json"));
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ failure: "rejected", status: 400, oauthError });
      expect(error.message).toBe(`OAuth2 token request for OAuth to ${at} was rejected with HTTP 400${detail}`);
    });

    it("a refusal in the charset the response declares", async () => {
      const latin1 = new Uint8Array([
        ...new TextEncoder().encode('{"error_description":"r'),
        0xe9,
        ...new TextEncoder().encode('sili"}'),
      ]);
      const error = await failed(
        () =>
          new Response(latin1, { status: 400, headers: { "content-type": "application/json; charset=iso-8859-1" } }),
      );
      expect(error.message).toMatch(/ \(résili\)$/);
    });

    it("a redirect, never followed", async () => {
      const error = await failed(
        () => new Response(null, { status: 302, headers: { location: "https://elsewhere.test/token" } }),
      );
      expect(error).toMatchObject({ failure: "rejected", status: 302 });
      expect(error.message).toBe(
        `OAuth2 token request for OAuth to ${at} was answered with a redirect (HTTP 302); the client secret is never sent after one`,
      );
      expect(error.cause).toMatchObject({ name: "RedirectError", operationId: "OAuth token request", status: 302 });
    });

    it("a body that is not JSON, or not a token", async () => {
      const notJson = await failed(() => text("<html>oops</html>", 200, "text/html"));
      expect(notJson).toMatchObject({ failure: "malformed" });
      expect(notJson.message).toBe(`OAuth2 token response for OAuth from ${at} is unusable: the body is not JSON`);
      const noToken = await failed(() => json({ token_type: "bearer" }));
      expect(noToken.message).toBe(
        `OAuth2 token response for OAuth from ${at} is unusable: access_token: Invalid input: expected string, received undefined`,
      );
    });

    it("a network failure, with its cause redacted", async () => {
      const error = await failed(() => Promise.reject(new TypeError("fetch failed for client_secret=shh-secret")));
      expect(error).toMatchObject({ failure: "network" });
      expect(error.message).toBe(`OAuth2 token request for OAuth to ${at} failed before a response`);
      expect(String((error.cause as Error)?.message ?? error.cause)).toContain("[REDACTED]");
    });

    it("a body that breaks off, as a network failure", async () => {
      const broken = () =>
        new Response(new ReadableStream({ pull: (c) => c.error(new TypeError("terminated")) }), {
          headers: { "content-type": "application/json" },
        });
      const error = await failed(broken);
      expect(error).toMatchObject({ failure: "network" });
      expect(error.message).toBe(`OAuth2 token request for OAuth to ${at} failed before a response`);
    });

    it("a timeout while the body is read, with no cause", async () => {
      const stalled = () =>
        new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"access')) }), {
          headers: { "content-type": "application/json" },
        });
      const error = await failed(stalled, { ...withQuery, timeoutMs: 20 });
      expect(error).toMatchObject({ failure: "timeout", cause: undefined });
      expect(error.message).toBe(`OAuth2 token request for OAuth to ${at} timed out after 20 ms`);
    });
  });

  it("asks for JSON", async () => {
    const { endpoint: target, sent } = endpoint(() => json({ access_token: "at" }));
    await requestToken(target, { type: "client_credentials" });
    expect(sent[0]?.headers.accept).toBe("application/json");
  });

  it("leaves no timer behind once the token has arrived", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const { endpoint: target } = endpoint(() => json({ access_token: "at" }));
      await requestToken(target, { type: "client_credentials" });
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
