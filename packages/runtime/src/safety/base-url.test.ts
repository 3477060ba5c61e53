import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../errors/configuration-error.js";
import { checkedBaseUrl, isLoopbackHost } from "./base-url.js";

describe("checkedBaseUrl", () => {
  it.each([
    ["https://api.acme.test", "https://api.acme.test"],
    ["https://api.acme.test/v2/", "https://api.acme.test/v2"],
    ["http://localhost:8080", "http://localhost:8080"],
    ["http://127.0.0.1:3000/api", "http://127.0.0.1:3000/api"],
    ["http://127.1.2.3", "http://127.1.2.3"],
    ["http://[::1]:4010", "http://[::1]:4010"],
  ])("accepts %s", (raw, want) => {
    expect(checkedBaseUrl(raw, "baseUrl")).toBe(want);
  });

  it.each([
    ["http://api.acme.test", /must use https/],
    ["http://localhost.evil.test", /must use https/],
    ["http://128.0.0.1", /must use https/],
    ["http://[::2]", /must use https/],
    ["ftp://api.acme.test", /must use https/],
    ["https://user:hunter2@api.acme.test", /must not contain credentials/],
    ["https://user@api.acme.test", /must not contain credentials/],
    ["https://api.acme.test/?debug=1", /query or a fragment/],
    ["https://api.acme.test/#x", /query or a fragment/],
    ["/relative", /not an absolute URL/],
  ])("refuses %s", (raw, message) => {
    expect(() => checkedBaseUrl(raw, "baseUrl")).toThrow(ConfigurationError);
    expect(() => checkedBaseUrl(raw, "baseUrl")).toThrow(message);
  });

  it("never echoes a password", () => {
    expect(() => checkedBaseUrl("https://user:hunter2@api.acme.test", "baseUrl")).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("hunter2") }),
    );
  });
});

describe("isLoopbackHost", () => {
  it.each([
    ["localhost", true],
    ["127.0.0.1", true],
    ["127.255.255.254", true],
    ["[::1]", true],
    ["localhost.", false],
    ["0.0.0.0", false],
    ["10.0.0.1", false],
  ])("%s → %s", (host, want) => {
    expect(isLoopbackHost(host)).toBe(want);
  });
});
