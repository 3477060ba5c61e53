import { createBillogramClient } from "@billforge/billogram";
import { createHostupClient } from "@billforge/hostup";
import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import { ConfigurationError } from "@billforge/runtime";
import { describe, expect, it } from "vitest";

// What JavaScript callers (or `as never`) can pass: the generated clients tell the core
// their option names, so a typo is refused and a missing credential names its option.
const KEY = "test-key-of-a-real-length-0001";
const create = {
  hostup: (options: object) => createHostupClient(options as never),
  billogram: (options: object) => createBillogramClient(options as never),
  invoicexpress: (options: object) => createInvoiceXpressClient(options as never),
};

describe("generated clients refuse unknown options and name the known ones", () => {
  it.each([
    ["hostup", { apikey: KEY }, /Unknown client option "apikey"; the known options are apiKey, baseUrl/],
    ["hostup", { apiKey: KEY, timeout: 5_000 }, /Unknown client option "timeout".*timeoutMs/],
    [
      "billogram",
      { apiUser: "20561-3vhGkv1b", apiKey: KEY, user: "x" },
      /"user"; the known options are apiUser, apiKey/,
    ],
    ["invoicexpress", { apiKey: KEY, accountName: "acme", account: "acme" }, /"account".*apiKey, accountName, format/],
  ] as const)("%s with %j", (provider, options, message) => {
    expect(() => create[provider](options)).toThrow(ConfigurationError);
    expect(() => create[provider](options)).toThrow(message);
  });

  it.each([
    ["hostup", {}, /No credentials were given; .* authenticates with ApiKeyAuth \(.*\): pass apiKey$/],
    ["hostup", { apiKey: "" }, /: pass apiKey$/],
    ["billogram", {}, /: pass apiUser and apiKey$/],
  ] as const)("a missing credential names the option to pass: %s with %j", (provider, options, message) => {
    expect(() => create[provider](options)).toThrow(message);
  });

  it("so does an operation whose scheme has no credential (InvoiceXpress: checked per call)", async () => {
    let sent = 0;
    const fetch = async () => {
      sent += 1;
      return new Response("{}");
    };
    const client = createInvoiceXpressClient({ accountName: "acme", fetch } as never);
    await expect(client.getAccount({ path: { "account-id": 1 } })).rejects.toThrow(
      /getAccount needs credentials for ApiKeyAuth, and none were given: pass apiKey$/,
    );
    expect(sent).toBe(0);
  });
});
