import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./errors/configuration-error.js";
import { RequestValidationError } from "./errors/request-validation-error.js";
import { REDACTED } from "./safety/redactor.js";
import { API_KEY, testClient } from "./testing/client.js";
import { operation, testApi } from "./testing/descriptors.js";
import { json, text } from "./testing/fetch-stub.js";

const getInvoice = operation();

describe("path parameters", () => {
  it.each([
    ["/", "a%2Fb", "a/b"],
    ["?", "a%3Fb", "a?b"],
    ["#", "a%23b", "a#b"],
    ["%", "50%25", "50%"],
    ["non-ASCII", "f%C3%A5ktura", "fåktura"],
    ["an encoded slash stays literal", "a%252Fb", "a%2Fb"],
  ])("encodes %s", async (_name, encoded, value) => {
    const { core, sent } = testClient(() => json({ id: 1, total: "1" }), { validation: "off" });
    await core.request(getInvoice, { path: { id: value } });
    expect(sent[0]?.url).toBe(`https://api.acme.test/v1/invoices/${encoded}`);
  });

  it.each(["..", ".", "", "%2e%2E"])("refuses %j before sending anything, in every validation mode", async (value) => {
    const { core, sent } = testClient(() => json({}), { validation: "off" });
    const error = await core.request(getInvoice, { path: { id: value } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ issues: [expect.objectContaining({ path: ["path", "id"] })] });
    expect(sent).toHaveLength(0);
  });

  it("refuses a template placeholder left unfilled", async () => {
    const { core, sent } = testClient(() => json({}), { validation: "off" });
    await expect(core.request(operation({ path: "/invoices/{id" }), { path: { id: 1 } })).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: "unresolved_path_template" })],
    });
    expect(sent).toHaveLength(0);
  });
});

describe("headers", () => {
  it.each([
    ["an argument header", { path: { id: 1 }, headers: { "X-Tenant": "a\r\nX-Admin: 1" } }, {}],
    ["a per-call header", { path: { id: 1 } }, { headers: { "X-Trace": "a\nb" } }],
    ["a header name", { path: { id: 1 }, headers: { "X-Bad Name": "x" } }, {}],
  ])("refuses CR/LF injection through %s, sending nothing", async (_name, args, options) => {
    const { core, sent } = testClient(() => json({ id: 1, total: "1" }), { validation: "off" });
    await expect(core.request(getInvoice, args, options)).rejects.toBeInstanceOf(RequestValidationError);
    expect(sent).toHaveLength(0);
  });

  it("refuses CR/LF in client headers at creation", () => {
    expect(() => testClient(() => json({}), { headers: { "X-Tenant": "a\r\nb" } })).toThrow(ConfigurationError);
  });
});

describe("base URL", () => {
  it.each(["http://api.acme.test", "https://user:pw@api.acme.test"])("refuses %s at creation", (baseUrl) => {
    expect(() => testClient(() => json({}), { baseUrl })).toThrow(ConfigurationError);
  });

  it("allows http on loopback, for tests and mocks", async () => {
    const { core, sent } = testClient(() => json({ id: 1, total: "1" }), { baseUrl: "http://127.0.0.1:4010/mock" });
    await core.request(getInvoice, { path: { id: 1 } });
    expect(sent[0]?.url).toBe("http://127.0.0.1:4010/mock/invoices/1");
  });
});

describe("credentials never leak", () => {
  const queryKeyApi = testApi({ securitySchemes: { ApiKeyAuth: { type: "apiKey", in: "query", name: "api_key" } } });

  it("sends an API key in the query and hides it from error messages, causes and logs", async () => {
    const { core, sent, logger } = testClient(
      (request) =>
        Promise.reject(
          new TypeError(`fetch to ${request.url} failed`, { cause: new Error(`socket hang up on ${request.url}`) }),
        ),
      { maxRetries: 1 },
      { api: queryKeyApi },
    );
    const error = await core.request(getInvoice, { path: { id: 7 } }).catch((thrown: unknown) => thrown);
    expect(sent[0]?.url).toBe(`https://api.acme.test/v1/invoices/7?api_key=${API_KEY}`);

    const cause = (error as Error).cause as Error & { cause: Error };
    const exposed = [
      String(error),
      (error as Error).stack,
      JSON.stringify(error),
      cause.message,
      cause.stack,
      cause.cause.message,
      logger.text(),
    ].join("\n");
    expect(exposed).toContain(`api_key=${REDACTED}`);
    expect(exposed).not.toContain(API_KEY);
    expect(logger.text()).toMatch(/→ GET https:\/\/api\.acme\.test\/v1\/invoices\/7\?api_key=\[REDACTED\]/);
  });

  it("hides a key the provider echoes in an error body, header or message", async () => {
    const { core } = testClient(() =>
      json({ code: "BAD_KEY", message: `Key ${API_KEY} is not valid` }, 403, { "x-debug-key": API_KEY }),
    );
    const error = await core.request(getInvoice, { path: { id: 7 } }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({
      status: 403,
      providerMessage: `Key ${REDACTED} is not valid`,
      body: { message: `Key ${REDACTED} is not valid` },
    });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(API_KEY);
  });

  it("hides a key in the raw body of a ResponseValidationError", async () => {
    const { core } = testClient(() => text(`<html>key=${API_KEY}</html>`, 200, "text/html"));
    const error = await core.request(getInvoice, { path: { id: 7 } }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ reason: "contentType", rawBody: `<html>key=${REDACTED}</html>` });
  });

  it("hides credentials from hook-visible errors and from redact()", async () => {
    const seen: string[] = [];
    const { core } = testClient(() => Promise.reject(new Error(`refused ${API_KEY}`)), {
      maxRetries: 0,
      onError: ({ error }) => void seen.push(JSON.stringify(error), String((error.cause as Error).message)),
    });
    await core.request(getInvoice, { path: { id: 7 } }).catch(() => undefined);
    expect(seen.join(" ")).not.toContain(API_KEY);
    expect(core.redact(`Authorization: ${API_KEY}`)).toBe(`Authorization: ${REDACTED}`);
  });

  it("hides credentials in logged validation warnings", async () => {
    const { core, logger } = testClient(() => json({ id: API_KEY, total: 1 }), { validation: "warn" });
    await core.request(getInvoice, { path: { id: 7 } });
    expect(logger.lines.some((line) => line.level === "warn")).toBe(true);
    expect(logger.text()).not.toContain(API_KEY);
  });
});
