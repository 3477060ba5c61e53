import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/configuration-error.js";
import { REDACTED, Redactor } from "../safety/redactor.js";
import { fetchStub, json } from "../testing/fetch-stub.js";
import { recordingLogger } from "../testing/logger.js";
import { createTransport } from "../transport/openapi-fetch-adapter.js";
import type { SchemeUse } from "./auth-method.js";
import { oauth2ClientCredentialsAuth, resolveTokenUrl } from "./oauth2-client-credentials-auth.js";

function prepared(use: Partial<SchemeUse<"oauth2ClientCredentials">> = {}, baseUrl = "https://api.acme.test/v1") {
  const stub = fetchStub(() => json({ access_token: "access-token-1", refresh_token: "refresh-token-1" }));
  const redactor = new Redactor();
  const logger = recordingLogger();
  const applier = oauth2ClientCredentialsAuth.prepare(
    {
      name: "OAuth",
      scheme: {
        type: "oauth2ClientCredentials",
        tokenUrl: "/oauth/token",
        requestEncoding: "form",
        extraFields: [],
        scopes: [],
      },
      credential: { type: "oauth2ClientCredentials", clientId: "client-id-1", clientSecret: "client-secret-1" },
      ...use,
    },
    {
      baseUrl,
      transport: createTransport(stub.fetch),
      tokenTimeoutMs: 1_000,
      userAgent: "billforge/acme",
      redactor,
      logger,
      now: Date.now,
    },
  );
  return { applier, sent: stub.sent, redactor, logger };
}

describe("resolveTokenUrl", () => {
  it.each([
    ["an absolute URL as it is", "https://auth.test/token", "https://api.test/v1", "https://auth.test/token"],
    ["a path under the base URL's path", "/oauth/token", "https://api.test/v1", "https://api.test/v1/oauth/token"],
    [
      "with one slash between, however many there were",
      "//oauth/token",
      "https://api.test/v1//",
      "https://api.test/v1/oauth/token",
    ],
    ["a relative path the same way", "oauth/token", "https://api.test/v1/", "https://api.test/v1/oauth/token"],
  ])("resolves %s", (_name, tokenUrl, baseUrl, want) => {
    expect(resolveTokenUrl(tokenUrl, baseUrl)).toBe(want);
  });
});

describe("oauth2ClientCredentialsAuth", () => {
  it("fetches a token, logs the request without secrets, and hides both tokens from then on", async () => {
    const { applier, sent, redactor, logger } = prepared();
    expect(await applier(new AbortController().signal)).toMatchObject({
      header: ["Authorization", "Bearer access-token-1"],
    });
    expect(sent[0]?.url).toBe("https://api.acme.test/v1/oauth/token");
    expect(logger.lines).toEqual([
      {
        level: "debug",
        message: "Requesting an OAuth2 token",
        fields: { scheme: "OAuth", grant: "client_credentials" },
      },
    ]);
    expect(redactor.redact("access-token-1 refresh-token-1")).toBe(`${REDACTED} ${REDACTED}`);
  });

  it("refuses extra fields the scheme does not list, naming those it does", () => {
    const extra = { audience: "api" };
    const credential = { type: "oauth2ClientCredentials" as const, clientId: "client-id-1", clientSecret: "s", extra };
    expect(() => prepared({ credential })).toThrow(
      new ConfigurationError("credentials.OAuth.extra.audience is not a token request field of OAuth (known: none)"),
    );
    const scheme = {
      type: "oauth2ClientCredentials" as const,
      tokenUrl: "/oauth/token",
      requestEncoding: "form" as const,
      extraFields: ["redirect_uri", "resource"],
      scopes: [],
    };
    expect(() => prepared({ credential, scheme })).toThrow(
      "credentials.OAuth.extra.audience is not a token request field of OAuth (known: redirect_uri, resource)",
    );
  });

  it("refuses a token URL a secret must not travel to, naming the scheme", () => {
    expect(() => prepared({}, "http://api.acme.test/v1")).toThrow(/OAuth tokenUrl/);
  });

  // Each scheme keeps its own last two tokens: another scheme's renewals never push them out.
  it("remembers each scheme's tokens apart when two OAuth2 schemes share a client", async () => {
    let issued = 0;
    const stub = fetchStub(() => {
      issued++;
      return json({ access_token: `access-token-${issued}`, refresh_token: `refresh-token-${issued}` });
    });
    const redactor = new Redactor();
    const context = {
      baseUrl: "https://api.acme.test/v1",
      transport: createTransport(stub.fetch),
      tokenTimeoutMs: 1_000,
      userAgent: "billforge/acme",
      redactor,
      logger: recordingLogger(),
      now: Date.now,
    };
    const scheme = {
      type: "oauth2ClientCredentials" as const,
      tokenUrl: "/oauth/token",
      requestEncoding: "form" as const,
      extraFields: [],
      scopes: [],
    };
    const credential = { type: "oauth2ClientCredentials" as const, clientId: "client-id-1", clientSecret: "secret-1" };
    const first = oauth2ClientCredentialsAuth.prepare({ name: "First", scheme, credential }, context);
    const second = oauth2ClientCredentialsAuth.prepare({ name: "Second", scheme, credential }, context);
    const signal = new AbortController().signal;
    await second(signal); // tokens 1
    for (let renewal = 0; renewal < 3; renewal++) {
      (await first(signal)).invalidate?.(); // tokens 2, 3, 4
    }
    expect(redactor.redact("access-token-1 refresh-token-1")).toBe(`${REDACTED} ${REDACTED}`);
  });
});
