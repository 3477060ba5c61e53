import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthenticationError } from "./errors/authentication-error.js";
import { testClient } from "./testing/client.js";
import { oauthTestApi, operation } from "./testing/descriptors.js";
import { json } from "./testing/fetch-stub.js";

// Refresh-token rotation (RFC 6749 §6): a server may answer a refresh with a new refresh token
// and revoke the old one, or refuse a refresh token. Every token response here carries a
// refresh token different from the ones before it, so a client that keeps an old or refused
// refresh token sends a grant these tests do not expect.

const api = oauthTestApi();
const credentials = {
  OAuth: { type: "oauth2ClientCredentials", clientId: "c1", clientSecret: "client-secret-1" },
} as const;
const getInvoice = operation({ security: [["OAuth"]] });
const LIFETIME_S = 3600;

/** One answer of the token endpoint: a token (with the refresh token it issues, if any) or a refusal. */
type TokenAnswer = { refreshToken?: string } | "invalid_grant";

const issued = (n: number, refreshToken?: string) =>
  json({
    access_token: `tok-${n}`,
    expires_in: LIFETIME_S,
    ...(refreshToken === undefined ? {} : { refresh_token: refreshToken }),
  });

/** Makes one call per token lifetime; returns the grants the token endpoint received. */
async function grantsFor(answers: readonly TokenAnswer[], calls: number) {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-03-01T00:00:00Z") });
  let tokenRequests = 0;
  const { core, sent, logger } = testClient(
    (request) => {
      if (!request.url.endsWith("/oauth2/token")) {
        return json({ id: 7, total: "1" });
      }
      const answer = answers[tokenRequests++];
      if (answer === undefined) {
        throw new Error(`unexpected token request ${tokenRequests}`);
      }
      return answer === "invalid_grant"
        ? json({ error: "invalid_grant" }, 400)
        : issued(tokenRequests, answer.refreshToken);
    },
    { maxRetries: 0 },
    { api, credentials },
  );
  for (let call = 0; call < calls; call += 1) {
    await core.request(getInvoice, { path: { id: 7 } });
    vi.setSystemTime(Date.now() + LIFETIME_S * 1000);
  }
  const grants = sent
    .filter((request) => request.url.endsWith("/oauth2/token"))
    .map((request) => {
      const form = new URLSearchParams(request.body);
      return [form.get("grant_type"), form.get("refresh_token")].filter((part) => part !== null).join(" ");
    });
  return { grants, lines: logger.lines };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("OAuth2 refresh tokens", () => {
  it.each<[string, TokenAnswer[], number, string[]]>([
    [
      "renews with the newest refresh token, not the first one",
      [{ refreshToken: "ref-a" }, { refreshToken: "ref-b" }, { refreshToken: "ref-c" }],
      3,
      ["client_credentials", "refresh_token ref-a", "refresh_token ref-b"],
    ],
    [
      "keeps the current refresh token when a renewal issues none",
      [{ refreshToken: "ref-a" }, {}, {}],
      3,
      ["client_credentials", "refresh_token ref-a", "refresh_token ref-a"],
    ],
    [
      "after a refused refresh, uses the refresh token the fallback issued",
      [{ refreshToken: "ref-a" }, "invalid_grant", { refreshToken: "ref-b" }, { refreshToken: "ref-c" }],
      3,
      ["client_credentials", "refresh_token ref-a", "client_credentials", "refresh_token ref-b"],
    ],
    [
      "never sends a refused refresh token again, even when the fallback issues none",
      [{ refreshToken: "ref-a" }, "invalid_grant", {}, {}],
      3,
      ["client_credentials", "refresh_token ref-a", "client_credentials", "client_credentials"],
    ],
  ])("%s", async (_name, answers, calls, grants) => {
    expect((await grantsFor(answers, calls)).grants).toEqual(grants);
  });

  it("logs a refused refresh as a warning, with the refusal", async () => {
    const { lines } = await grantsFor([{ refreshToken: "ref-a" }, "invalid_grant", {}], 2);
    const warning = lines.find((line) => line.level === "warn");
    expect(warning?.message).toMatch(/OAuth2 refresh failed/);
    expect(warning?.fields?.error).toBeInstanceOf(AuthenticationError);
  });

  it("refuses a token response over 64 KiB, saying so", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { core } = testClient(
      (request) =>
        request.url.endsWith("/oauth2/token")
          ? json({ access_token: "x".repeat(70 * 1024), expires_in: LIFETIME_S })
          : json({ id: 7, total: "1" }),
      {},
      { api, credentials },
    );
    const error = await core.request(getInvoice, { path: { id: 7 } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/exceeds 65536 bytes/);
  });
});
