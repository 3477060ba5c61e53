import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./errors/configuration-error.js";
import {
  type ClientOptionsBase,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULTS,
  resolveCallSettings,
  resolveClientOptions,
} from "./options.js";
import { testApi } from "./testing/descriptors.js";

describe("resolveClientOptions", () => {
  it("fills the documented defaults", () => {
    expect(resolveClientOptions(testApi(), {})).toMatchObject({
      ...DEFAULTS,
      baseUrl: "https://api.acme.test/v1",
      userAgent: "billforge/acme",
      headers: {},
      mediaTypePreference: [],
      maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
    });
  });

  it("lets baseUrl win over the documented servers", () => {
    expect(resolveClientOptions(testApi(), { baseUrl: "http://127.0.0.1:4010/", server: 3 }).baseUrl).toBe(
      "http://127.0.0.1:4010",
    );
  });

  it.each<[string, ClientOptionsBase, RegExp]>([
    ["a negative timeout", { timeoutMs: -1 }, /timeoutMs must be a positive number/],
    ["a zero deadline", { deadlineMs: 0 }, /deadlineMs must be a positive number/],
    ["a timeout setTimeout cannot hold", { timeoutMs: 2 ** 31 }, /timeoutMs must be a positive number/],
    ["a fractional retry count", { maxRetries: 1.5 }, /maxRetries must be a whole number/],
    ["a negative retry count", { maxRetries: -1 }, /maxRetries must be a whole number/],
    ["a NaN delay", { retryBaseDelayMs: Number.NaN }, /retryBaseDelayMs must be a number/],
    ["an unknown validation mode", { validation: "lenient" as "warn" }, /validation must be one of: strict, warn, off/],
    ["an http base URL", { baseUrl: "http://api.acme.test" }, /baseUrl must use https/],
    ["a user agent with CR/LF", { userAgent: "x\r\nX-Evil: 1" }, /userAgent: header User-Agent must not contain CR/],
    [
      "a default header with LF",
      { headers: { "X-Tenant": "a\nb" } },
      /headers\.X-Tenant: header X-Tenant must not contain CR/,
    ],
    ["a hook that is not a function", { onRequest: "log" as unknown as () => void }, /onRequest must be a function/],
    ["a logger without methods", { logger: {} as never }, /logger must have debug, info, warn and error methods/],
    ["an unknown server", { server: "staging" }, /server "staging" is not documented/],
    ["a zero response size limit", { maxResponseBytes: 0 }, /maxResponseBytes must be a whole number of bytes/],
    ["an infinite response size limit", { maxResponseBytes: Number.POSITIVE_INFINITY }, /maxResponseBytes must be/],
  ])("refuses %s", (_name, options, message) => {
    expect(() => resolveClientOptions(testApi(), options)).toThrow(ConfigurationError);
    expect(() => resolveClientOptions(testApi(), options)).toThrow(message);
  });

  it("accepts Infinity to turn a limit off", () => {
    expect(resolveClientOptions(testApi(), { timeoutMs: Number.POSITIVE_INFINITY }).timeoutMs).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});

describe("resolveCallSettings", () => {
  it("overrides only what the call sets", () => {
    expect(resolveCallSettings(DEFAULTS, { timeoutMs: 5, maxRetries: 0, validation: "off" })).toEqual({
      ...DEFAULTS,
      timeoutMs: 5,
      maxRetries: 0,
      validation: "off",
    });
  });

  it("checks call options like client options", () => {
    expect(() => resolveCallSettings(DEFAULTS, { deadlineMs: -5 })).toThrow(ConfigurationError);
  });
});
