import { describe, expect, it } from "vitest";
import type { ApiDescriptor, SecuritySchemeDescriptor } from "../descriptors.js";
import { credentialHeaderIssues, credentialParameters, credentialQueryIssues } from "./credential-parameters.js";

const api = (schemes: Record<string, SecuritySchemeDescriptor>) =>
  ({ securitySchemes: schemes }) as unknown as ApiDescriptor;

const names = (schemes: Record<string, SecuritySchemeDescriptor>) => {
  const found = credentialParameters(api(schemes));
  return { query: [...found.query], headers: [...found.headers] };
};

describe("credentialParameters", () => {
  it.each<[string, SecuritySchemeDescriptor, { query: string[]; headers: string[] }]>([
    [
      "an API key in the query, by its exact name",
      { type: "apiKey", in: "query", name: "api_Key" },
      { query: ["api_Key"], headers: [] },
    ],
    [
      "an API key header, lower case",
      { type: "apiKey", in: "header", name: "X-API-Key" },
      { query: [], headers: ["x-api-key"] },
    ],
    [
      "an API key cookie as the Cookie header",
      { type: "apiKey", in: "cookie", name: "session" },
      { query: [], headers: ["cookie"] },
    ],
    ["Basic as Authorization", { type: "http", scheme: "basic" }, { query: [], headers: ["authorization"] }],
    ["Bearer as Authorization", { type: "http", scheme: "bearer" }, { query: [], headers: ["authorization"] }],
  ])("finds %s", (_name, scheme, want) => {
    expect(names({ scheme })).toEqual(want);
  });

  it("collects every scheme's names, and none without schemes", () => {
    expect(
      names({
        key: { type: "apiKey", in: "query", name: "api_key" },
        basic: { type: "http", scheme: "basic" },
        session: { type: "apiKey", in: "cookie", name: "sid" },
      }),
    ).toEqual({ query: ["api_key"], headers: ["authorization", "cookie"] });
    expect(names({})).toEqual({ query: [], headers: [] });
  });
});

describe("credential issues", () => {
  const found = credentialParameters(
    api({
      key: { type: "apiKey", in: "query", name: "api_key" },
      header: { type: "apiKey", in: "header", name: "X-API-Key" },
    }),
  );

  it("refuse a query value named like the query credential, with the argument's path", () => {
    expect(credentialQueryIssues(found, { api_key: "evil", page: 2 }, ["query"])).toEqual([
      {
        path: ["query", "api_key"],
        message:
          "the query parameter api_key carries this client's credential and cannot be set per call; configure the credential when creating the client",
        code: "credential_parameter",
      },
    ]);
  });

  it("refuse a header named like the credential header, in any case", () => {
    expect(
      credentialHeaderIssues(found, { "x-API-key": "evil", Accept: "text/plain" }, ["options", "headers"]),
    ).toEqual([
      {
        path: ["options", "headers", "x-API-key"],
        message:
          "the header x-API-key carries this client's credential and cannot be set per call; configure the credential when creating the client",
        code: "credential_parameter",
      },
    ]);
  });

  // An optional argument left undefined is not sent, so it cannot shadow the credential.
  it("let a credential name through when its value is undefined", () => {
    expect(credentialQueryIssues(found, { api_key: undefined }, ["query"])).toEqual([]);
    expect(credentialHeaderIssues(found, { "X-API-Key": undefined }, ["headers"])).toEqual([]);
  });

  it("leave names of other schemes and other casings of a query name alone", () => {
    expect(credentialQueryIssues(found, { API_KEY: "x", "X-API-Key": "x" }, ["query"])).toEqual([]);
    expect(credentialHeaderIssues(found, { api_key: "x", authorization: "x" }, ["headers"])).toEqual([]);
  });
});
