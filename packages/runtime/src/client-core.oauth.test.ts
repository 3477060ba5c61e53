import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiDescriptor } from "./descriptors.js";
import { AuthenticationError } from "./errors/authentication-error.js";
import type { ClientOptionsBase } from "./options.js";
import { testClient } from "./testing/client.js";
import { operation, TestApiError, testApi } from "./testing/descriptors.js";
import { json } from "./testing/fetch-stub.js";

const api: ApiDescriptor = testApi({
  securitySchemes: {
    OAuth: {
      type: "oauth2ClientCredentials",
      tokenUrl: "/api/v1/oauth2/token",
      requestEncoding: "json",
      extraFields: ["redirect_uri"],
      scopes: [],
    },
  },
});
const getInvoice = operation({ security: [["OAuth"]] });
const args = { path: { id: 7 } };
const credentials = {
  OAuth: {
    type: "oauth2ClientCredentials",
    clientId: "client-1",
    clientSecret: "s3cret-value",
    extra: { redirect_uri: "https://app/cb" },
  },
} as const;

/** A provider whose token endpoint issues `tok-1`, `tok-2`… and whose API accepts only the tokens `accepts` allows. */
function provider(
  options: {
    accepts?: (token: string) => boolean;
    tokenResponse?: (count: number, request: Request) => Response | Promise<Response>;
    expiresIn?: number;
    client?: ClientOptionsBase;
  } = {},
) {
  let tokenRequests = 0;
  const apiCalls: string[] = [];
  const client = testClient(
    async (request) => {
      if (request.url.endsWith("/oauth2/token")) {
        tokenRequests += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return (
          options.tokenResponse?.(tokenRequests, request) ??
          json({
            access_token: `tok-${tokenRequests}`,
            refresh_token: `ref-${tokenRequests}`,
            expires_in: options.expiresIn ?? 3600,
          })
        );
      }
      const token = request.headers.get("authorization")?.replace("Bearer ", "") ?? "";
      apiCalls.push(token);
      return (options.accepts ?? (() => true))(token)
        ? json({ id: 7, total: "1" })
        : json({ code: "UNAUTHORIZED", message: "token revoked" }, 401);
    },
    options.client ?? {},
    { api, credentials },
  );
  return { ...client, tokenRequests: () => tokenRequests, apiCalls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("OAuth2 client credentials", () => {
  it("makes exactly one token request for 50 concurrent calls on a cold client", async () => {
    const { core, tokenRequests, apiCalls } = provider();
    await Promise.all(Array.from({ length: 50 }, () => core.request(getInvoice, args)));
    expect(tokenRequests()).toBe(1);
    expect(apiCalls).toEqual(Array(50).fill("tok-1"));
  });

  it("fetches the token lazily, from the base URL (its path included), with the extra fields", async () => {
    const { core, sent } = provider();
    expect(sent).toHaveLength(0);
    await core.request(getInvoice, args);
    expect(sent[0]?.url).toBe("https://api.acme.test/v1/api/v1/oauth2/token");
    expect(JSON.parse(sent[0]?.body ?? "")).toMatchObject({
      grant_type: "client_credentials",
      redirect_uri: "https://app/cb",
    });
  });

  it("renews with the refresh token shortly before expiry", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-03-01T12:00:00Z") });
    const { core, sent, apiCalls } = provider({ expiresIn: 3600 });
    await core.request(getInvoice, args);
    vi.setSystemTime(Date.parse("2026-03-01T12:59:00Z"));
    await core.request(getInvoice, args);
    vi.setSystemTime(Date.parse("2026-03-01T12:59:31Z"));
    await core.request(getInvoice, args);
    const tokenBodies = sent
      .filter((request) => request.url.endsWith("/token"))
      .map((request) => JSON.parse(request.body));
    expect(tokenBodies.map((body) => [body.grant_type, body.refresh_token])).toEqual([
      ["client_credentials", undefined],
      ["refresh_token", "ref-1"],
    ]);
    expect(apiCalls).toEqual(["tok-1", "tok-1", "tok-2"]);
  });

  it("on a 401 renews the token once and retries the call once", async () => {
    const { core, tokenRequests, apiCalls } = provider({ accepts: (token) => token !== "tok-1" });
    await expect(core.request(getInvoice, args)).resolves.toEqual({ id: 7, total: "1" });
    expect(tokenRequests()).toBe(2);
    expect(apiCalls).toEqual(["tok-1", "tok-2"]);
  });

  it("surfaces a second 401 as the provider's ApiError", async () => {
    const { core, tokenRequests, apiCalls } = provider({ accepts: () => false });
    const error = await core.request(getInvoice, args).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TestApiError);
    expect(error).toMatchObject({ status: 401, kind: "unauthorized", code: "UNAUTHORIZED" });
    expect(tokenRequests()).toBe(2);
    expect(apiCalls).toHaveLength(2);
  });

  it("renews once for many calls refused with the same revoked token", async () => {
    const { core, tokenRequests } = provider({ accepts: (token) => token !== "tok-1" });
    await Promise.all(Array.from({ length: 10 }, () => core.request(getInvoice, args)));
    expect(tokenRequests()).toBe(2);
  });

  it("fails every waiting call with the same error when the token request times out, and tries again on the next call", async () => {
    const { core, tokenRequests } = provider({
      tokenResponse: (count, request) =>
        count === 1
          ? new Promise((_resolve, reject) =>
              request.signal.addEventListener("abort", () => reject(request.signal.reason)),
            )
          : json({ access_token: "tok-2", expires_in: 3600 }),
      client: { timeoutMs: 30 },
    });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => core.request(getInvoice, args)));
    const errors = results.map((result) => (result.status === "rejected" ? result.reason : undefined));
    expect(errors[0]).toBeInstanceOf(AuthenticationError);
    expect(errors[0]).toMatchObject({
      failure: "timeout",
      scheme: "OAuth",
      message: expect.stringContaining("timed out after 30 ms"),
    });
    expect(errors.every((error) => error === errors[0])).toBe(true);
    expect(tokenRequests()).toBe(1);
    await expect(core.request(getInvoice, args)).resolves.toBeDefined();
    expect(tokenRequests()).toBe(2);
  });

  it("never shows the client secret or a token in a token error", async () => {
    const { core } = provider({
      tokenResponse: () => json({ error: "invalid_client", error_description: "bad secret s3cret-value" }, 400),
    });
    const error = await core.request(getInvoice, args).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ failure: "rejected", status: 400, oauthError: "invalid_client" });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain("s3cret-value");
  });
});

describe("OAuth2 token lifetime", () => {
  it.each([
    ["0", 0],
    ['"0"', "0"],
    ["0.001", 0.001],
    ["-1", -1],
    ["garbage text", "soon"],
    ["null", null],
  ])("with expires_in %s: ten calls, one token request, none failing", async (_name, expiresIn) => {
    const { core, tokenRequests } = provider({
      tokenResponse: (count) => json({ access_token: `tok-${count}`, expires_in: expiresIn }),
    });
    for (let call = 0; call < 10; call++) {
      await core.request(getInvoice, args);
    }
    expect(tokenRequests()).toBe(1);
  });

  it("with expires_in 0, 20 concurrent calls share one token request", async () => {
    const { core, tokenRequests } = provider({
      tokenResponse: (count) => json({ access_token: `tok-${count}`, expires_in: 0 }),
    });
    await Promise.all(Array.from({ length: 20 }, () => core.request(getInvoice, args)));
    expect(tokenRequests()).toBe(1);
  });

  it("renews a floored token after 30 s (the 60 s floor less its skew), and a year-long one after a day", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-03-01T12:00:00Z") });
    const lifetimes = [0, 365 * 86_400, 3600];
    const { core, tokenRequests } = provider({
      tokenResponse: (count) => json({ access_token: `tok-${count}`, expires_in: lifetimes[count - 1] }),
    });
    await core.request(getInvoice, args);
    vi.setSystemTime(Date.parse("2026-03-01T12:00:29Z"));
    await core.request(getInvoice, args);
    expect(tokenRequests()).toBe(1);
    vi.setSystemTime(Date.parse("2026-03-01T12:00:31Z"));
    await core.request(getInvoice, args);
    expect(tokenRequests()).toBe(2);
    vi.setSystemTime(Date.parse("2026-03-02T12:01:00Z"));
    await core.request(getInvoice, args);
    expect(tokenRequests()).toBe(3);
  });
});
