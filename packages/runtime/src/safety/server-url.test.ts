import { describe, expect, it } from "vitest";
import type { ServerDescriptor } from "../descriptors.js";
import { resolveServerUrl } from "./server-url.js";

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
    expect(resolveServerUrl(servers, selection)).toBe(want);
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
    expect(() => resolveServerUrl(servers, selection)).toThrow(message);
  });

  it("requires a single DNS label in the host even without a pattern", () => {
    const open: ServerDescriptor[] = [{ url: "https://{tenant}.acme.test", variables: { tenant: {} } }];
    expect(resolveServerUrl(open, { serverVariables: { tenant: "acme" } })).toBe("https://acme.acme.test");
    for (const tenant of ["evil.com#", "a/b", "", "evil.com", "a b", "-x"]) {
      expect(() => resolveServerUrl(open, { serverVariables: { tenant } })).toThrow(/single hostname label/);
    }
  });

  it("needs a server or a baseUrl", () => {
    expect(() => resolveServerUrl([], {})).toThrow(/set baseUrl/);
  });

  it("applies the https rule to documented servers too", () => {
    expect(() => resolveServerUrl([{ url: "http://api.acme.test", variables: {} }], {})).toThrow(/must use https/);
  });
});
