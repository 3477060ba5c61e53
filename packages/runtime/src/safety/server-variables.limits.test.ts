import { describe, expect, it } from "vitest";
import type { ServerDescriptor } from "../descriptors.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import { resolveServerUrl } from "./server-url.js";
import { fillServerVariables } from "./server-variables.js";

const fill = (url: string, values: Record<string, string>, variables: ServerDescriptor["variables"] = {}) =>
  fillServerVariables({ url, variables }, values);
const refusal = (action: () => unknown): string => {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error("not refused");
};

// Where a value lands decides what it may hold: one DNS label in the host, plain path
// segments after it (the descriptor's own enum and pattern come on top).
describe("fillServerVariables: host or path", () => {
  const variables = { v: {} };

  it("treats a placeholder right after the authority as path, and in the authority as host", () => {
    expect(fill("https://api.example.com/{v}", { v: "a.b" }, variables)).toBe("https://api.example.com/a.b");
    expect(refusal(() => fill("https://{v}.example.com/x", { v: "a.b" }, variables))).toBe(
      "serverVariables.v must be a single hostname label (letters, digits, inner hyphens)",
    );
  });

  it("finds the end of the authority after the scheme's slashes", () => {
    expect(refusal(() => fill("https://api.example.{v}/x", { v: "a.b" }, variables))).toMatch(/single hostname label/);
  });

  it("ends the authority at a query or fragment too", () => {
    expect(fill("https://api.example.com?{v}", { v: "a.b" }, variables)).toBe("https://api.example.com?a.b");
    expect(fill("https://api.example.com#{v}", { v: "a.b" }, variables)).toBe("https://api.example.com#a.b");
  });

  it("takes a template with no path as all authority", () => {
    expect(refusal(() => fill("https://{v}", { v: "a.b" }, variables))).toMatch(/single hostname label/);
  });

  it("takes a template with no scheme as all path", () => {
    expect(fill("{v}/api", { v: "a.b" }, variables)).toBe("a.b/api");
  });

  it("accepts plain path segments, several of them", () => {
    expect(fill("https://h.example/{v}", { v: "v2/eu-1_x~y" }, variables)).toBe("https://h.example/v2/eu-1_x~y");
  });

  it.each(["..", ".", "a/../b", "a/./b", "a?b", "a#b", "a b", "a%2F"])("refuses %j in the path", (value) => {
    expect(refusal(() => fill("https://h.example/{v}", { v: value }, variables))).toBe(
      'serverVariables.v must be plain path segments (letters, digits, "-", ".", "_", "~")',
    );
  });

  it("names an undeclared placeholder", () => {
    expect(refusal(() => fill("https://{tenant}.example.com", {}))).toBe(
      "https://{tenant}.example.com uses {tenant}, which it does not declare",
    );
  });

  it("names the option in enum and pattern refusals", () => {
    expect(refusal(() => fill("https://{r}.example.com", { r: "cn" }, { r: { enum: ["eu", "us"] } }))).toBe(
      "serverVariables.r must be one of: eu, us",
    );
    expect(refusal(() => fill("https://{r}.example.com", { r: "EU" }, { r: { pattern: "[a-z]+" } }))).toBe(
      "serverVariables.r must match /[a-z]+/",
    );
  });
});

describe("resolveServerUrl messages", () => {
  const servers: ServerDescriptor[] = [
    { url: "http://api.example.com", variables: {} },
    { url: "http://sandbox.example.com", name: "sandbox", variables: {} },
  ];

  it("says which server URL it refused: the default or the selected one", () => {
    expect(refusal(() => resolveServerUrl(servers, {}, fillServerVariables))).toMatch(
      /^the default server URL must use https/,
    );
    expect(refusal(() => resolveServerUrl(servers, { server: "sandbox" }, fillServerVariables))).toMatch(
      /^the selected server URL must use https/,
    );
  });

  it("lists the variables a server does declare", () => {
    const regional: ServerDescriptor = {
      url: "https://{region}.example.com/{version}",
      variables: { region: { default: "eu" }, version: { default: "v1" } },
    };
    expect(refusal(() => resolveServerUrl([regional], { serverVariables: { zone: "a" } }, fillServerVariables))).toBe(
      "serverVariables.zone is not a variable of https://{region}.example.com/{version} (known: region, version)",
    );
  });

  it("says a server declares no variables at all", () => {
    expect(refusal(() => resolveServerUrl(servers, { serverVariables: { region: "eu" } }))).toBe(
      "serverVariables.region is not a variable of http://api.example.com (known: none)",
    );
  });
});
