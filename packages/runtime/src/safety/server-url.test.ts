import { describe, expect, it } from "vitest";
import type { ServerDescriptor } from "../descriptors.js";
import { resolveServerUrl } from "./server-url.js";
import { fillServerVariables } from "./server-variables.js";

const servers: ServerDescriptor[] = [
  {
    url: "https://{account}.app.invoicexpress.com",
    name: "production",
    variables: { account: { pattern: "[a-z0-9-]+", description: "account name" } },
  },
  {
    url: "https://{region}.acme.test/{version}",
    name: "regional",
    variables: { region: { enum: ["eu", "us"], default: "eu" }, version: { default: "v2" } },
  },
  { url: "http://localhost:4010", name: "mock", variables: {} },
];

describe("resolveServerUrl", () => {
  it.each([
    [{ serverVariables: { account: "acme-pt" } }, "https://acme-pt.app.invoicexpress.com"],
    [{ server: "regional" }, "https://eu.acme.test/v2"],
    [{ server: 1, serverVariables: { region: "us", version: "v3" } }, "https://us.acme.test/v3"],
    [{ server: "mock" }, "http://localhost:4010"],
  ])("%j → %s", (selection, want) => {
    expect(resolveServerUrl(servers, selection, fillServerVariables)).toBe(want);
  });

  it.each([
    ["a value with a fragment in the host", { serverVariables: { account: "evil.com#" } }, /must match/],
    ["a value with a slash in the host", { serverVariables: { account: "a/b" } }, /must match/],
    ["an empty host label", { serverVariables: { account: "" } }, /must match/],
    ["a missing variable without default", {}, /serverVariables\.account is required/],
    [
      "an unknown variable",
      { serverVariables: { account: "x", acount: "y" } },
      /serverVariables\.acount is not a variable/,
    ],
    ["a value outside the enum", { server: "regional", serverVariables: { region: "cn" } }, /must be one of: eu, us/],
    ["a dot-dot path segment", { server: "regional", serverVariables: { version: ".." } }, /plain path segments/],
    [
      "a query in a path variable",
      { server: "regional", serverVariables: { version: "v2?x=1" } },
      /plain path segments/,
    ],
    ["an unknown server", { server: "staging" }, /choose one of: production, regional, mock/],
    ["an index out of range", { server: 7 }, /not documented/],
  ])("refuses %s", (_name, selection, message) => {
    expect(() => resolveServerUrl(servers, selection, fillServerVariables)).toThrow(message);
  });

  it("requires a single DNS label in the host even without a pattern", () => {
    const open: ServerDescriptor[] = [{ url: "https://{tenant}.acme.test", variables: { tenant: {} } }];
    expect(resolveServerUrl(open, { serverVariables: { tenant: "acme" } }, fillServerVariables)).toBe(
      "https://acme.acme.test",
    );
    for (const tenant of ["evil.com#", "a/b", "", "evil.com", "a b", "-x"]) {
      expect(() => resolveServerUrl(open, { serverVariables: { tenant } }, fillServerVariables)).toThrow(
        /single hostname label/,
      );
    }
  });

  it("takes a server without variables as it is, with or without a variable filler", () => {
    expect(resolveServerUrl(servers, { server: "mock" })).toBe("http://localhost:4010");
  });

  it("refuses a server with variables when the client was created without a variable filler", () => {
    expect(() => resolveServerUrl(servers, { serverVariables: { account: "acme" } })).toThrow(
      /has variables, and this client was created without fillServerVariables/,
    );
  });

  it("refuses unknown variables even without a variable filler", () => {
    expect(() => resolveServerUrl(servers, { server: "mock", serverVariables: { account: "acme" } })).toThrow(
      /serverVariables\.account is not a variable of http:\/\/localhost:4010 \(known: none\)/,
    );
  });

  it("needs a server or a baseUrl", () => {
    expect(() => resolveServerUrl([], {}, fillServerVariables)).toThrow(/set baseUrl/);
  });

  it("applies the https rule to documented servers too", () => {
    expect(() => resolveServerUrl([{ url: "http://api.acme.test", variables: {} }], {}, fillServerVariables)).toThrow(
      /must use https/,
    );
  });
});
