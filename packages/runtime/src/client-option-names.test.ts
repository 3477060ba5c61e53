import { describe, expect, it } from "vitest";
import { checkOptionNames, credentialOptionHint, knownOptionNames } from "./client-option-names.js";
import { ConfigurationError } from "./errors/configuration-error.js";

const NAMES = { credentials: { ApiKeyAuth: ["apiKey"], Basic: ["apiUser", "apiKey"] }, others: ["accountName"] };

describe("checkOptionNames", () => {
  it.each([
    ["a credential option", { apiKey: "k" }],
    ["a client's own option", { accountName: "acme" }],
    ["common options", { timeoutMs: 1, baseUrl: "https://x.example", logger: undefined }],
    ["no options", {}],
  ])("accepts %s", (_name, options) => {
    expect(() => checkOptionNames(options, NAMES)).not.toThrow();
  });

  it.each([
    [
      "a misspelt credential",
      { apikey: "k" },
      /Unknown client option "apikey"; the known options are apiKey, apiUser, accountName, baseUrl/,
    ],
    ["a near miss of a common option", { timeout: 5 }, /Unknown client option "timeout"/],
    ["several, even undefined", { timeout: 5, retries: undefined }, /Unknown client options "timeout", "retries"/],
    ["an option of another client", { token: "t" }, /"token"/],
  ])("refuses %s with a ConfigurationError naming the known ones", (_name, options, message) => {
    expect(() => checkOptionNames(options, NAMES)).toThrow(ConfigurationError);
    expect(() => checkOptionNames(options, NAMES)).toThrow(message);
    expect(() => checkOptionNames(options, NAMES)).toThrow(/timeoutMs/);
  });

  it("without a generated client's names knows only the common options", () => {
    expect(() => checkOptionNames({ apiKey: "k" }, undefined)).toThrow(/Unknown client option "apiKey"/);
    expect(knownOptionNames(undefined)).toContain("parameterDefaults");
  });
});

describe("credentialOptionHint", () => {
  it.each([
    [["ApiKeyAuth"], ": pass apiKey"],
    [["Basic"], ": pass apiUser and apiKey"],
    [["ApiKeyAuth", "Basic"], ": pass apiKey, or apiUser and apiKey"],
    [["Unknown"], ""],
  ])("%j → %j", (schemes, hint) => {
    expect(credentialOptionHint(schemes, NAMES.credentials)).toBe(hint);
  });

  it("is empty when the client gave no names", () => {
    expect(credentialOptionHint(["ApiKeyAuth"], undefined)).toBe("");
  });
});
