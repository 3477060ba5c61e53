import { describe, expect, it } from "vitest";
import type { SecuritySchemeDescriptor } from "../descriptors.js";
import {
  acceptsCredential,
  type Credential,
  credentialSecrets,
  describeScheme,
  shortCredentialProblem,
} from "./credential.js";

const API_KEY: SecuritySchemeDescriptor = { type: "apiKey", in: "header", name: "X-API-Key" };
const BASIC: SecuritySchemeDescriptor = { type: "http", scheme: "basic" };
const BEARER: SecuritySchemeDescriptor = { type: "http", scheme: "bearer" };
const OAUTH2: SecuritySchemeDescriptor = {
  type: "oauth2ClientCredentials",
  tokenUrl: "https://auth.example/token",
  requestEncoding: "form",
  extraFields: [],
  scopes: [],
};

const apiKey: Credential = { type: "apiKey", value: "key-1234567890" };
const bearer: Credential = { type: "bearer", token: "token-1234567890" };
const basic: Credential = { type: "basic", username: "user-name", password: "pass-word-123" };
const oauth2: Credential = { type: "oauth2ClientCredentials", clientId: "client-id-1", clientSecret: "secret-12345" };

describe("acceptsCredential", () => {
  it.each<[string, SecuritySchemeDescriptor, Credential[]]>([
    ["an API key scheme takes an API key only", API_KEY, [apiKey]],
    ["HTTP basic takes basic only", BASIC, [basic]],
    ["HTTP bearer takes a bearer token only", BEARER, [bearer]],
    ["OAuth2 takes client credentials or a ready-made bearer token", OAUTH2, [oauth2, bearer]],
  ])("%s", (_name, scheme, accepted) => {
    for (const credential of [apiKey, bearer, basic, oauth2]) {
      expect(acceptsCredential(scheme, credential), credential.type).toBe(accepted.includes(credential));
    }
  });
});

describe("credentialSecrets", () => {
  it("lists every secret value of each credential type, for the redactor", () => {
    expect(credentialSecrets(apiKey)).toEqual(["key-1234567890"]);
    expect(credentialSecrets(bearer)).toEqual(["token-1234567890"]);
    expect(credentialSecrets(basic)).toEqual(["user-name", "pass-word-123"]);
    expect(credentialSecrets(oauth2)).toEqual(["client-id-1", "secret-12345"]);
  });
});

describe("shortCredentialProblem", () => {
  it("accepts secrets of 8 characters or more", () => {
    for (const credential of [apiKey, bearer, basic, oauth2]) {
      expect(shortCredentialProblem(credential)).toBeUndefined();
    }
    expect(shortCredentialProblem({ type: "apiKey", value: "12345678" })).toBeUndefined();
  });

  it.each<[Credential, string]>([
    [{ type: "apiKey", value: "1234567" }, "the API key has 7 characters"],
    [{ type: "bearer", token: "abc" }, "the bearer token has 3 characters"],
    [{ type: "basic", username: "a-long-user-name", password: "pw" }, "the password has 2 characters"],
    [{ type: "basic", username: "short", password: "" }, "the user name (the password is empty) has 5 characters"],
    [
      { type: "oauth2ClientCredentials", clientId: "a-long-client-id", clientSecret: "s" },
      "the client secret has 1 characters",
    ],
  ])("refuses %j, naming the field and its length", (credential, start) => {
    const problem = shortCredentialProblem(credential);
    expect(problem).toMatch(new RegExp(`^${start.replace(/[()]/g, "\\$&")}; credentials shorter than 8 are refused`));
  });

  it("takes the user name as the secret when the password is empty", () => {
    expect(shortCredentialProblem({ type: "basic", username: "a-long-user-name", password: "" })).toBeUndefined();
  });

  it("counts characters, not UTF-16 units", () => {
    expect(shortCredentialProblem({ type: "bearer", token: "🔑🔑🔑🔑" })).toMatch(/^the bearer token has 4 characters/);
  });
});

describe("describeScheme", () => {
  it("names the scheme and how it is sent", () => {
    expect(describeScheme("ApiKey", API_KEY)).toBe("ApiKey (API key in header X-API-Key)");
    expect(describeScheme("Basic", BASIC)).toBe("Basic (HTTP basic)");
    expect(describeScheme("Token", BEARER)).toBe("Token (HTTP bearer)");
    expect(describeScheme("OAuth", OAUTH2)).toBe("OAuth (OAuth2 client credentials)");
  });
});
