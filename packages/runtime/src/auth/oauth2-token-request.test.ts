import { describe, expect, it } from "vitest";
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
});
