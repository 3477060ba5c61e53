import { describe, expect, it } from "vitest";
import { checkedBaseUrl } from "./base-url.js";

describe("checkedBaseUrl: only http is allowed besides https, and only on loopback", () => {
  it.each(["ftp://localhost/", "ws://127.0.0.1/", "file://localhost/tmp"])("refuses %s", (raw) => {
    expect(() => checkedBaseUrl(raw, "baseUrl")).toThrow(/baseUrl must use https/);
  });

  it("refuses a password even without a user name", () => {
    expect(() => checkedBaseUrl("https://:secret@api.example.com", "baseUrl")).toThrow(
      /baseUrl must not contain credentials/,
    );
  });
});
