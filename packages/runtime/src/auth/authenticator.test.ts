import { describe, expect, it } from "vitest";
import type { ApiDescriptor, SecuritySchemeDescriptor } from "../descriptors.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import { Redactor } from "../safety/redactor.js";
import { EVERY_AUTH_METHOD } from "../testing/client.js";
import { operation, testApi } from "../testing/descriptors.js";
import { fetchStub, json } from "../testing/fetch-stub.js";
import { recordingLogger } from "../testing/logger.js";
import { createTransport } from "../transport/openapi-fetch-adapter.js";
import { apiKeyAuth } from "./api-key-auth.js";
import type { AuthMethod } from "./auth-method.js";
import { type AuthenticatorInit, createAuthenticator } from "./authenticator.js";
import type { Credential } from "./credential.js";

const schemes: Record<string, SecuritySchemeDescriptor> = {
  HeaderKey: { type: "apiKey", in: "header", name: "X-API-Key" },
  QueryKey: { type: "apiKey", in: "query", name: "api_key" },
  CookieKey: { type: "apiKey", in: "cookie", name: "session" },
  Basic: { type: "http", scheme: "basic" },
  Bearer: { type: "http", scheme: "bearer" },
  OAuth: {
    type: "oauth2ClientCredentials",
    tokenUrl: "/oauth/token",
    requestEncoding: "json",
    extraFields: ["redirect_uri"],
    scopes: [],
  },
};

function authenticator(
  credentials: Record<string, Credential | undefined>,
  api: ApiDescriptor = testApi({ securitySchemes: schemes }),
  methods: readonly AuthMethod[] = EVERY_AUTH_METHOD,
) {
  const stub = fetchStub(() => json({ access_token: "fresh-token", expires_in: 3600 }));
  const redactor = new Redactor();
  const init: AuthenticatorInit = {
    api,
    credentials,
    methods,
    baseUrl: "https://api.acme.test/v1",
    transport: createTransport(stub.fetch),
    tokenTimeoutMs: 1_000,
    userAgent: "billforge/acme",
    redactor,
    logger: recordingLogger(),
    now: Date.now,
  };
  return { auth: createAuthenticator(init), sent: stub.sent, redactor };
}

const signal = new AbortController().signal;

describe("createAuthenticator", () => {
  it.each([
    ["HeaderKey", { type: "apiKey", value: "key-one-1234" }, { headers: [["X-API-Key", "key-one-1234"]], query: [] }],
    ["QueryKey", { type: "apiKey", value: "key two 5678" }, { headers: [], query: [["api_key", "key two 5678"]] }],
    [
      "CookieKey",
      { type: "apiKey", value: "cookie-3-abcd" },
      { headers: [["Cookie", "session=cookie-3-abcd"]], query: [] },
    ],
    [
      "Basic",
      { type: "basic", username: "user", password: "pass-word-1" },
      { headers: [["Authorization", "Basic dXNlcjpwYXNzLXdvcmQtMQ=="]], query: [] },
    ],
    [
      "Bearer",
      { type: "bearer", token: "token-abcdef" },
      { headers: [["Authorization", "Bearer token-abcdef"]], query: [] },
    ],
    [
      "OAuth",
      { type: "bearer", token: "pre-issued" },
      { headers: [["Authorization", "Bearer pre-issued"]], query: [] },
    ],
  ] as const)("applies %s", async (name, credential, want) => {
    const { auth } = authenticator({ [name]: credential });
    const applied = await auth.apply([name], signal);
    expect({ headers: applied.headers, query: applied.query }).toEqual(want);
    expect(applied.renewAfterUnauthorized()).toBe(false);
  });

  it("gets an OAuth2 token from a token URL appended to the base URL (its path included), and can renew it", async () => {
    const { auth, sent, redactor } = authenticator({
      OAuth: {
        type: "oauth2ClientCredentials",
        clientId: "id",
        clientSecret: "secret-value-1",
        extra: { redirect_uri: "https://app/cb" },
      },
    });
    const applied = await auth.apply(["OAuth"], signal);
    expect(applied.headers).toEqual([["Authorization", "Bearer fresh-token"]]);
    expect(sent.map((request) => request.url)).toEqual(["https://api.acme.test/v1/oauth/token"]);
    expect(redactor.redact("fresh-token secret-value-1")).toBe("[REDACTED] [REDACTED]");
    expect(applied.renewAfterUnauthorized()).toBe(true);
    await auth.apply(["OAuth"], signal);
    expect(sent).toHaveLength(2);
  });

  it("picks the first security alternative it can satisfy", () => {
    const { auth } = authenticator({
      Bearer: { type: "bearer", token: "token-abcdef" },
      QueryKey: { type: "apiKey", value: "key-abcdef12" },
    });
    expect(auth.schemesFor(operation({ security: [["HeaderKey"], ["QueryKey", "Bearer"], ["Bearer"]] }))).toEqual([
      "QueryKey",
      "Bearer",
    ]);
    expect(auth.schemesFor(operation({ security: [] }))).toEqual([]);
    expect(auth.schemesFor(operation({ security: [["HeaderKey"], []] }))).toEqual([]);
  });

  it("applies every scheme of a combination (AND), two cookie keys as one Cookie header", async () => {
    const api = testApi({
      securitySchemes: { ...schemes, CookieTwo: { type: "apiKey", in: "cookie", name: "tenant" } },
    });
    const { auth } = authenticator(
      {
        HeaderKey: { type: "apiKey", value: "header-key-1" },
        QueryKey: { type: "apiKey", value: "query-key-1" },
        CookieKey: { type: "apiKey", value: "cookie-one-1" },
        CookieTwo: { type: "apiKey", value: "cookie-two-2" },
      },
      api,
    );
    const chosen = auth.schemesFor(
      operation({ security: [["Bearer"], ["HeaderKey", "QueryKey", "CookieKey", "CookieTwo"]] }),
    );
    const applied = await auth.apply(chosen, signal);
    expect(applied.headers).toEqual([
      ["X-API-Key", "header-key-1"],
      ["Cookie", "session=cookie-one-1; tenant=cookie-two-2"],
    ]);
    expect(applied.query).toEqual([["api_key", "query-key-1"]]);
  });

  it("lets an API with public operations create a client without credentials, refusing only calls that need them", () => {
    const { auth } = authenticator({}, testApi({ securitySchemes: schemes, credentialsOptional: true }));
    expect(auth.schemesFor(operation({ security: [] }))).toEqual([]);
    expect(() => auth.schemesFor(operation({ security: [["HeaderKey"]] }))).toThrow(
      "getInvoice needs credentials for HeaderKey, and none were given",
    );
  });

  it("names what an operation needs when no alternative is satisfied", () => {
    const { auth } = authenticator({ Bearer: { type: "bearer", token: "token-abcdef" } });
    expect(() => auth.schemesFor(operation({ security: [["HeaderKey"], ["Basic", "QueryKey"]] }))).toThrow(
      "getInvoice needs credentials for HeaderKey or Basic + QueryKey, and none were given",
    );
  });

  it.each([
    [
      "no credential at all",
      {},
      /No credentials were given; Acme billing API authenticates with HeaderKey \(API key in header X-API-Key\) or QueryKey /,
    ],
    ["only empty values", { HeaderKey: { type: "apiKey", value: "" } }, /No credentials were given/],
    [
      "an unknown scheme",
      { Headerkey: { type: "apiKey", value: "key-abcdef12" } },
      /credentials\.Headerkey: acme has no security scheme/,
    ],
    [
      "the wrong credential type",
      { HeaderKey: { type: "bearer", token: "key-abcdef12" } },
      /a bearer credential cannot serve HeaderKey/,
    ],
    [
      "CR/LF in a header key",
      { HeaderKey: { type: "apiKey", value: "k\r\nX-Evil: 1" } },
      /must not contain CR, LF or NUL/,
    ],
    ["a ; in a cookie key", { CookieKey: { type: "apiKey", value: "a; admin=1" } }, /must not contain ;/],
    [
      "a : in a Basic username",
      { Basic: { type: "basic", username: "a:b", password: "password-1" } },
      /cannot contain ":"/,
    ],
    [
      "an extra token field the scheme does not list",
      {
        OAuth: {
          type: "oauth2ClientCredentials",
          clientId: "i",
          clientSecret: "client-secret-1",
          extra: { redirect_url: "x" },
        },
      },
      /credentials\.OAuth\.extra\.redirect_url is not a token request field/,
    ],
  ] as const)("refuses %s at creation", (_name, credentials, message) => {
    expect(() => authenticator(credentials)).toThrow(ConfigurationError);
    expect(() => authenticator(credentials)).toThrow(message);
  });

  it.each([
    ["a Basic credential", { Basic: { type: "basic", username: "user", password: "pass-word-1" } }, "basic"],
    [
      "an OAuth2 credential",
      { OAuth: { type: "oauth2ClientCredentials", clientId: "i", clientSecret: "client-secret-1" } },
      "oauth2ClientCredentials",
    ],
    ["a bearer token", { Bearer: { type: "bearer", token: "token-abcdef" } }, "bearer"],
  ] as const)("refuses %s when the client was given no method for it", (_name, credentials, type) => {
    const create = () => authenticator(credentials, undefined, [apiKeyAuth]);
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(`has no auth method for ${type} credentials`);
  });

  it("uses only the methods it was given: an API key client authenticates without the others", async () => {
    const { auth, sent } = authenticator({ HeaderKey: { type: "apiKey", value: "key-one-1234" } }, undefined, [
      apiKeyAuth,
    ]);
    const applied = await auth.apply(["HeaderKey"], signal);
    expect(applied.headers).toEqual([["X-API-Key", "key-one-1234"]]);
    expect(sent).toHaveLength(0);
  });

  it("refuses an http token URL for a non-loopback API", () => {
    const api = testApi({
      securitySchemes: {
        OAuth: { ...schemes.OAuth, tokenUrl: "http://id.acme.test/token" } as SecuritySchemeDescriptor,
      },
    });
    expect(() =>
      authenticator(
        { OAuth: { type: "oauth2ClientCredentials", clientId: "i", clientSecret: "client-secret-1" } },
        api,
      ),
    ).toThrow(/must use https/);
  });

  it("accepts a client without credentials for an API without security", () => {
    expect(() => authenticator({}, testApi({ securitySchemes: {} }))).not.toThrow();
  });

  it("registers every credential value with the redactor, the Basic header value included", () => {
    const { redactor } = authenticator({ Basic: { type: "basic", username: "user", password: "pass-word-1" } });
    // A four-letter user name is no secret and too short to hide by value: "user" in a message stays.
    expect(redactor.redact("user pass-word-1 dXNlcjpwYXNzLXdvcmQtMQ==")).toBe("user [REDACTED] [REDACTED]");
  });

  it.each([
    ["a 1-character API key", { HeaderKey: { type: "apiKey", value: "k" } }, "the API key has 1 characters"],
    ["a 7-character query key", { QueryKey: { type: "apiKey", value: "1234567" } }, "the API key has 7 characters"],
    ["a short bearer token", { Bearer: { type: "bearer", token: "tok" } }, "the bearer token has 3 characters"],
    [
      "a short Basic password",
      { Basic: { type: "basic", username: "user-name-1", password: "pw" } },
      "the password has 2",
    ],
    [
      "a short Basic user name with an empty password",
      { Basic: { type: "basic", username: "key", password: "" } },
      "the user name (the password is empty) has 3",
    ],
    [
      "a short client secret",
      { OAuth: { type: "oauth2ClientCredentials", clientId: "client-1", clientSecret: "s" } },
      "the client secret has 1",
    ],
    ["emoji counted as characters", { HeaderKey: { type: "apiKey", value: "🔑🔑🔑🔑🔑🔑🔑" } }, "has 7 characters"],
  ] as const)("refuses %s at creation, without showing it", (_name, credentials, message) => {
    const create = () => authenticator(credentials);
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(message);
    expect(create).toThrow("credentials shorter than 8 are refused");
  });

  it("accepts a credential of exactly 8 characters, and a Basic user name as the secret when the password is empty", () => {
    expect(() => authenticator({ HeaderKey: { type: "apiKey", value: "12345678" } })).not.toThrow();
    expect(() => authenticator({ Basic: { type: "basic", username: "sk_live_key", password: "" } })).not.toThrow();
  });

  it("keeps a header that follows a cookie apart from it", async () => {
    const { auth } = authenticator({
      CookieKey: { type: "apiKey", value: "cookie-one-1" },
      HeaderKey: { type: "apiKey", value: "header-key-1" },
    });
    expect((await auth.apply(["CookieKey", "HeaderKey"], signal)).headers).toEqual([
      ["Cookie", "session=cookie-one-1"],
      ["X-API-Key", "header-key-1"],
    ]);
  });

  it("refuses to apply a scheme it holds no credential for", async () => {
    const { auth } = authenticator({ HeaderKey: { type: "apiKey", value: "header-key-1" } });
    await expect(auth.apply(["HeaderKey", "QueryKey"], signal)).rejects.toThrow(
      new ConfigurationError("No credentials for QueryKey"),
    );
  });

  // An unset environment variable reaches the options as undefined or "": either counts as absent.
  it.each([
    ["a Basic credential without a user name", { Basic: { type: "basic", username: "", password: "password-1" } }],
    [
      "an OAuth2 credential without a client id",
      { OAuth: { type: "oauth2ClientCredentials", clientId: "", clientSecret: "client-secret-1" } },
    ],
    ["an API key whose value is undefined", { HeaderKey: { type: "apiKey", value: undefined as unknown as string } }],
  ] as const)("counts %s as no credential", (_name, credentials) => {
    expect(() => authenticator(credentials)).toThrow(/^No credentials were given/);
  });

  it("lets a header API key hold a semicolon, which only a cookie refuses", async () => {
    const { auth } = authenticator({ HeaderKey: { type: "apiKey", value: "key;with;semicolons" } });
    expect((await auth.apply(["HeaderKey"], signal)).headers).toEqual([["X-API-Key", "key;with;semicolons"]]);
  });
});
