import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./errors/configuration-error.js";
import { type ClientOptionsBase, DEFAULTS, resolveCallSettings, resolveClientOptions } from "./options.js";
import { testApi } from "./testing/descriptors.js";

/**
 * The defaults as ClientOptionsBase documents them, written out as literals: built from the
 * constants the code uses, this expectation could never fail.
 */
const DOCUMENTED_DEFAULTS = {
  timeoutMs: 60_000,
  deadlineMs: 180_000,
  maxRetries: 2,
  retryBaseDelayMs: 500,
  retryMaxDelayMs: 30_000,
  validation: "strict",
  maxResponseBytes: 33_554_432, // 32 MiB
  baseUrl: "https://api.acme.test/v1",
  userAgent: "billforge/acme",
  headers: {},
  mediaTypePreference: [],
  parameterDefaults: {},
} as const;

describe("resolveClientOptions", () => {
  it("fills the documented defaults", () => {
    const { fetch, ...settings } = resolveClientOptions(testApi(), {});
    expect(settings).toEqual(DOCUMENTED_DEFAULTS);
    expect(fetch).toBeTypeOf("function");
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
    [
      "a fetch that is not a function",
      { fetch: "fetch" as never },
      /^fetch must be a function \(no global fetch found\)$/,
    ],
    [
      "a default header that is no string",
      { headers: { "X-Tenant": 7 as never } },
      /^headers\.X-Tenant: must be a string$/,
    ],
    ["a logger missing one method", { logger: { debug() {}, info() {}, warn() {} } as never }, /logger must have/],
    [
      "a media type that is no string",
      { mediaTypePreference: [7 as never] },
      /^mediaTypePreference must list media type strings$/,
    ],
    ["a timeout given as text", { timeoutMs: "5" as never }, /timeoutMs must be a positive number/],
    ["a retry count given as text", { maxRetries: "2" as never }, /maxRetries must be a whole number/],
    ["a response size limit given as text", { maxResponseBytes: "9" as never }, /maxResponseBytes must be/],
    ["a delay given as text", { retryBaseDelayMs: "5" as never }, /retryBaseDelayMs must be a number/],
    ["a negative delay", { retryBaseDelayMs: -1 }, /retryBaseDelayMs must be a number/],
    ["a delay setTimeout cannot hold", { retryBaseDelayMs: 2 ** 31 }, /retryBaseDelayMs must be a number/],
    [
      "a negative max delay",
      { retryMaxDelayMs: -1 },
      /^retryMaxDelayMs must be a number of milliseconds between 0 and 2147483647$/,
    ],
  ])("refuses %s", (_name, options, message) => {
    expect(() => resolveClientOptions(testApi(), options)).toThrow(ConfigurationError);
    expect(() => resolveClientOptions(testApi(), options)).toThrow(message);
  });

  it("accepts the bounds of each range", () => {
    const settings = resolveClientOptions(testApi(), {
      timeoutMs: 2 ** 31 - 1,
      retryBaseDelayMs: 0,
      retryMaxDelayMs: 2 ** 31 - 1,
    });
    expect(settings).toMatchObject({ timeoutMs: 2 ** 31 - 1, retryBaseDelayMs: 0, retryMaxDelayMs: 2 ** 31 - 1 });
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
