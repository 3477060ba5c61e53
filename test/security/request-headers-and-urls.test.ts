import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import { ConfigurationError, RequestValidationError } from "@billforge/runtime";
import { describe, expect, it } from "vitest";
import { capturingLogger } from "../e2e/harness/exposure.js";
import { call, PROVIDERS } from "../e2e/harness/providers.js";
import { serverPerTest } from "../e2e/harness/server-per-test.js";

/** Header injection, unsafe base URLs and account names: refused before any request. */

const INJECTIONS: readonly [string, string][] = [
  ["CR LF and a second header", "trace-1\r\nX-Injected: 1"],
  ["LF alone", "trace-1\nX-Injected: 1"],
  ["CR alone", "trace-1\rX-Injected: 1"],
  ["CR LF CR LF and a second request", "x\r\n\r\nGET /admin HTTP/1.1"],
];

const startServer = serverPerTest();

describe.each(PROVIDERS)("$name: header values with CR or LF", (provider) => {
  const op = provider.idempotent;

  it.each(INJECTIONS)("per-call header with %s is refused, nothing sent", async (_name, value) => {
    const server = await startServer(provider, () => op.success);
    const client = provider.client(server.url, { logger: capturingLogger() });
    const error = await call(client, op.id, op.args, { headers: { "X-Trace": value } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      expect.objectContaining({ path: ["options", "headers", "X-Trace"], code: "unsafe_header" }),
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it.each(INJECTIONS)("client header or user agent with %s is refused when the client is built", (_name, value) => {
    expect(() => provider.client("http://127.0.0.1:9", { headers: { "X-Tenant": value } })).toThrow(ConfigurationError);
    expect(() => provider.client("http://127.0.0.1:9", { userAgent: value })).toThrow(ConfigurationError);
  });
});

describe("an idempotency key argument header with CR LF", () => {
  const billogram = PROVIDERS.find((p) => p.name === "billogram");
  it("is refused, nothing sent", async () => {
    if (billogram?.keyed === undefined) {
      throw new Error("billogram has a keyed operation");
    }
    const op = billogram.keyed;
    const server = await startServer(billogram, () => op.success);
    const client = billogram.client(server.url, { logger: capturingLogger() });
    const args = { ...op.args, headers: { "X-API-Deduplication-ID": "k\r\nX-Injected: 1" } };
    const error = await call(client, op.id, args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

const REFUSED_BASE_URLS: readonly [string, string][] = [
  ["http to a public host", "http://api.example.com"],
  ["http, upper case scheme", "HTTP://API.EXAMPLE.COM"],
  ["http to a host named like loopback", "http://127.0.0.1.example.com"],
  ["http to a host starting with localhost", "http://localhost.example.com"],
  ["http to the unspecified address", "http://0.0.0.0"],
  ["credentials in an https URL", "https://user:s3cret-pw@api.example.com"],
  ["credentials aimed at loopback", "http://user:s3cret-pw@127.0.0.1"],
  ["a user pointing elsewhere", "http://127.0.0.1@api.example.com"],
  ["a fragment", "https://api.example.com#@127.0.0.1"],
  ["a query", "https://api.example.com/?x=1"],
  ["another scheme", "ftp://api.example.com"],
  ["not a URL", "api.example.com"],
];

const ACCEPTED_BASE_URLS = ["https://api.example.com", "http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9"];

describe.each(PROVIDERS)("$name: base URLs", (provider) => {
  it.each(REFUSED_BASE_URLS)("%s is refused, without echoing a password", (_name, url) => {
    let thrown: unknown;
    try {
      provider.client(url, {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect(String((thrown as Error).message)).not.toContain("s3cret-pw");
  });

  it.each(ACCEPTED_BASE_URLS)("%s is accepted", (url) => {
    expect(() => provider.client(url, {})).not.toThrow();
  });
});

describe("InvoiceXpress account names", () => {
  const build = (accountName: string) => createInvoiceXpressClient({ apiKey: "security-key-1", accountName });

  it.each([
    ["evil.com#"],
    ["a/b"],
    [""],
    ["evil.com"],
    ["acme:443"],
    ["acme@evil"],
    ["a b"],
    ["-acme"],
    ["acme-"],
    ["acme\n"],
    ["ácme"],
    ["a".repeat(64)],
  ])("%j is refused", (accountName) => {
    expect(() => build(accountName)).toThrow(ConfigurationError);
    expect(() => build(accountName)).toThrow(/single hostname label/);
  });

  it.each([["acme"], ["acme-42"], ["a".repeat(63)]])("%j names the account's host", async (accountName) => {
    const urls: string[] = [];
    const client = createInvoiceXpressClient({
      apiKey: "security-key-1",
      accountName,
      maxRetries: 0,
      fetch: async (request) => {
        urls.push(request.url);
        return new Response(null, { status: 404 });
      },
    });
    await client.getClient({ path: { "client-id": 1 } }).catch(() => undefined);
    expect(new URL(urls[0] ?? "").host).toBe(`${accountName}.app.invoicexpress.com`);
  });
});
