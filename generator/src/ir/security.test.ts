import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { dedent } from "../../test/support.js";
import type { OpenApiDocument } from "../load/openapi-document.js";
import { securitySchemesIR } from "./security.js";

const schemes = (yaml: string) =>
  securitySchemesIR({
    openapi: "3.1.0",
    info: {},
    components: { securitySchemes: parse(dedent(yaml)) },
  } as OpenApiDocument);

describe("securitySchemesIR", () => {
  it.each([
    [
      "apiKey in a header, default option name",
      `
        headerKey: { type: apiKey, in: header, name: X-API-Key, description: Your key. }
      `,
      {
        name: "headerKey",
        description: "Your key.",
        type: "apiKey",
        in: "header",
        paramName: "X-API-Key",
        option: "apiKey",
      },
    ],
    [
      "apiKey in the query, option named by x-billforge-options",
      `
        queryKey: { type: apiKey, in: query, name: api_key, x-billforge-options: { value: accountKey } }
      `,
      { name: "queryKey", type: "apiKey", in: "query", paramName: "api_key", option: "accountKey" },
    ],
    [
      "apiKey in a cookie",
      `
        cookieKey: { type: apiKey, in: cookie, name: session }
      `,
      { name: "cookieKey", type: "apiKey", in: "cookie", paramName: "session", option: "apiKey" },
    ],
    [
      "HTTP basic, default option names",
      `
        basic: { type: http, scheme: basic }
      `,
      { name: "basic", type: "basic", usernameOption: "username", passwordOption: "password" },
    ],
    [
      "HTTP basic, scheme name in any case, renamed options",
      `
        basic: { type: http, scheme: Basic, x-billforge-options: { username: apiUser, password: apiKey } }
      `,
      { name: "basic", type: "basic", usernameOption: "apiUser", passwordOption: "apiKey" },
    ],
    [
      "HTTP bearer, default option name",
      `
        bearer: { type: http, scheme: bearer, bearerFormat: JWT }
      `,
      { name: "bearer", type: "bearer", option: "token" },
    ],
    [
      "HTTP bearer, renamed option",
      `
        bearer: { type: http, scheme: bearer, x-billforge-options: { value: accessToken } }
      `,
      { name: "bearer", type: "bearer", option: "accessToken" },
    ],
    [
      "OAuth2 client credentials with x-billforge-token-request",
      `
        oauth:
          type: oauth2
          x-billforge-options: { clientId: appId, extra: { redirect_uri: callbackUrl } }
          flows:
            clientCredentials:
              tokenUrl: https://auth.example.com/token
              scopes: { read: Read, write: Write }
              x-billforge-token-request: { encoding: json, extraFields: [redirect_uri, audience] }
      `,
      {
        name: "oauth",
        type: "oauth2ClientCredentials",
        tokenUrl: "https://auth.example.com/token",
        encoding: "json",
        scopes: ["read", "write"],
        clientIdOption: "appId",
        clientSecretOption: "clientSecret",
        extra: [
          { field: "redirect_uri", option: "callbackUrl" },
          { field: "audience", option: "audience" },
        ],
      },
    ],
    [
      "OAuth2 client credentials, defaults (form encoding, no extra fields)",
      `
        oauth:
          type: oauth2
          flows:
            clientCredentials: { tokenUrl: /oauth/token, scopes: {} }
      `,
      {
        name: "oauth",
        type: "oauth2ClientCredentials",
        tokenUrl: "/oauth/token",
        encoding: "form",
        scopes: [],
        clientIdOption: "clientId",
        clientSecretOption: "clientSecret",
        extra: [],
      },
    ],
  ])("%s", (_name, yaml, want) => {
    expect(schemes(yaml)).toEqual([want]);
  });

  it("leaves out schemes a client cannot use on its own", () => {
    const found = schemes(`
      code:
        type: oauth2
        flows:
          authorizationCode: { authorizationUrl: https://a.example/auth, tokenUrl: https://a.example/token, scopes: {} }
      oidc: { type: openIdConnect, openIdConnectUrl: https://a.example/.well-known/openid-configuration }
      digest: { type: http, scheme: digest }
      key: { type: apiKey, in: header, name: X-Key }
    `);
    expect(found.map((s) => s.name)).toEqual(["key"]);
  });

  it.each([
    [
      "a header key and a query key",
      `
        api_key: { type: apiKey, in: header, name: X-Key }
        api_key_query: { type: apiKey, in: query, name: key }
      `,
      ["apiKey", "apiKeyQuery"],
    ],
    [
      "two header schemes",
      `
        AppId: { type: apiKey, in: header, name: X-App-Id }
        AppSecret: { type: apiKey, in: header, name: X-App-Secret }
      `,
      ["appId", "appSecret"],
    ],
    [
      "header, query and cookie keys beside one bearer scheme (which keeps its short name)",
      `
        apiKeyHeader: { type: apiKey, in: header, name: X-API-Key }
        apiKeyQuery: { type: apiKey, in: query, name: api_key }
        apiKeyCookie: { type: apiKey, in: cookie, name: api_key }
        bearerAuth: { type: http, scheme: bearer }
      `,
      ["apiKeyHeader", "apiKeyQuery", "apiKeyCookie", "token"],
    ],
    [
      "two bearer schemes and two basic ones",
      `
        user: { type: http, scheme: bearer }
        admin: { type: http, scheme: bearer }
        site: { type: http, scheme: basic }
        proxy: { type: http, scheme: basic }
      `,
      ["user", "admin", "siteUsername", "sitePassword", "proxyUsername", "proxyPassword"],
    ],
    [
      "a scheme whose derived name is another option's or a base client option",
      `
        headers: { type: apiKey, in: header, name: X-A }
        apiKey: { type: apiKey, in: query, name: b }
      `,
      ["headers2", "apiKey"],
    ],
  ])("several schemes of a kind: each is its own option (%s)", (_what, yaml, options) => {
    const found = schemes(yaml).flatMap((s) =>
      s.type === "basic"
        ? [s.usernameOption, s.passwordOption]
        : s.type === "oauth2ClientCredentials"
          ? []
          : [s.option],
    );
    expect(found).toEqual(options);
    expect(new Set(found).size).toBe(found.length);
  });

  it("follows $refs between schemes", () => {
    const doc = {
      openapi: "3.1.0",
      info: {},
      components: {
        securitySchemes: { alias: { $ref: "#/components/x-schemes/real" } },
        "x-schemes": { real: { type: "http", scheme: "bearer" } },
      },
    } as OpenApiDocument;
    expect(securitySchemesIR(doc)).toEqual([{ name: "alias", type: "bearer", option: "token" }]);
  });
});
