import { afterEach, describe, expect, it, vi } from "vitest";
import type { AuthMethod } from "../auth/auth-method.js";
import { AbortError } from "../errors/abort-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { RequestValidationError } from "../errors/request-validation-error.js";
import { consoleWarningLogger } from "../observability/logger.js";
import { testClient } from "../testing/client.js";
import { createInvoice, oauthTestApi, operation } from "../testing/descriptors.js";
import { json, sequence } from "../testing/fetch-stub.js";
import { recordingLogger } from "../testing/logger.js";

// What one call's attempts do, seen from the outside: the runAttempts loop, its logs and how
// it names failures. The wider retry rules are in client-core.retry.test.ts.

const getInvoice = operation();
const args = { path: { id: 7 } };
const ok = () => json({ id: 7, total: "1" });
const unavailable = () => json({ code: "DOWN", message: "down" }, 503);
const createWithStatus = operation({
  ...createInvoice,
  responses: [{ status: "201", media: [{ mediaType: "application/json" }] }],
});
const failing = (code?: string) => () =>
  Promise.reject(
    new TypeError("fetch failed", code === undefined ? {} : { cause: Object.assign(new Error(code), { code }) }),
  );

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("connection failures", () => {
  it.each([
    ["with its code, when the request may have arrived", "ECONNRESET", "createInvoice: connection failed (ECONNRESET)"],
    [
      "saying so when it provably never left",
      "ECONNREFUSED",
      "createInvoice: connection failed (ECONNREFUSED) before the request was sent",
    ],
    ["without a code when the failure has none", undefined, "createInvoice: connection failed"],
  ])("are named %s", async (_name, code, message) => {
    const { core } = testClient(failing(code), { maxRetries: 0 });
    const error = await core.request(createWithStatus, { body: { customer: "Acme" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe(message);
  });

  it("are retried maxRetries times, no more", async () => {
    const { core, sent } = testClient(failing("ECONNRESET"), { maxRetries: 2 });
    await expect(core.request(getInvoice, args)).rejects.toBeInstanceOf(ConnectionError);
    expect(sent).toHaveLength(3);
  });

  it("log each retry with its wait", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const { core, logger } = testClient(sequence(failing("ECONNRESET"), ok), { retryBaseDelayMs: 4 });
    await core.request(getInvoice, args);
    expect(logger.lines).toContainEqual({
      level: "info",
      message: "getInvoice: connection failed (ECONNRESET); retrying in 2 ms",
      fields: { operationId: "getInvoice", delayMs: 2 },
    });
  });

  it("wait the backoff before the next attempt", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const { core, sent } = testClient(sequence(failing("ECONNRESET"), ok), { retryBaseDelayMs: 1_000 });
    const call = core.request(getInvoice, args);
    await vi.advanceTimersByTimeAsync(499);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await call;
    expect(sent).toHaveLength(2);
  });

  it("are not retried when the backoff would reach the deadline", async () => {
    vi.useFakeTimers();
    // A draw of 0.5 under a 2,000 ms ceiling waits exactly 1,000 ms: as long as the whole deadline.
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const { core, sent } = testClient(sequence(failing("ECONNRESET"), ok), {
      retryBaseDelayMs: 2_000,
      deadlineMs: 1_000,
    });
    await expect(core.request(getInvoice, args)).rejects.toBeInstanceOf(ConnectionError);
    expect(sent).toHaveLength(1);
  });

  it("of a body that breaks off are connection failures, not refused requests", async () => {
    const broken = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.error(new TypeError("terminated"));
          },
        }),
        { headers: { "content-type": "application/json" } },
      );
    const { core } = testClient(broken, { maxRetries: 0 });
    const error = await core.request(getInvoice, args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ maybeReachedServer: true });
  });
});

describe("a request that cannot be built", () => {
  it("is refused as a RequestValidationError, and nothing is sent", async () => {
    // The query serializer refuses a nested object, which only validation "off" lets through.
    const unprintable = { nested: { deeper: true } };
    const listed = operation({ queryParams: [{ name: "filter", style: "form", explode: true }] });
    const { core, sent } = testClient(ok, { validation: "off" });
    const error = await core.request(listed, { ...args, query: { filter: unprintable } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({
      issues: [{ path: [], message: expect.stringMatching(/^the request cannot be built: query parameter filter/) }],
    });
    expect(sent).toHaveLength(0);
  });
});

describe("credentials that cannot be applied", () => {
  it("refuse the request before anything is sent, unretried", async () => {
    // An auth method whose applier fails with a plain error, not one the runtime names.
    const failingAuth: AuthMethod<"apiKey"> = {
      credentialType: "apiKey",
      prepare: () => () => Promise.reject(new TypeError("no key today")),
    };
    const { core, sent } = testClient(ok, {}, { auth: [failingAuth] });
    const error = await core.request(getInvoice, args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ issues: [{ path: [], message: "the request cannot be built: no key today" }] });
    expect(sent).toHaveLength(0);
  });
});

describe("the caller's abort", () => {
  it("wins over the error fetch throws for it", async () => {
    // Real fetch rejects an aborted request with its own DOMException, not the signal's reason.
    const fetchLike = (request: Request) =>
      new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    const controller = new AbortController();
    // No retry either way: without one, a misnamed failure would surface as a ConnectionError.
    const { core } = testClient(fetchLike, { onRequest: () => controller.abort(), maxRetries: 0 });
    const error = await core.request(getInvoice, args, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
  });
});

describe("headers", () => {
  it("carry the defaults on an operation without credentials", async () => {
    const { core, sent } = testClient(ok);
    await core.request(operation({ security: [] }), args);
    expect(sent[0]?.headers).toEqual({ accept: "application/json", "user-agent": "billforge/acme" });
  });
});

describe("hooks and logs", () => {
  it("run onRequest for a logger that ignores debug lines", async () => {
    const seen: string[] = [];
    const { core } = testClient(ok, {
      logger: { ...recordingLogger(), debug: consoleWarningLogger.debug },
      onRequest: (context) => {
        seen.push(context.unredacted().request.headers.get("x-api-key") ?? "none");
      },
    });
    await core.request(getInvoice, args);
    expect(seen).toEqual(["key-7f3a9c"]);
  });

  it("write each exchange at debug level with the operation and attempt", async () => {
    const { core, logger } = testClient(sequence(unavailable, ok));
    await core.request(getInvoice, args);
    const debug = logger.lines.filter((line) => line.level === "debug");
    expect(debug.map((line) => line.fields)).toEqual([
      { operationId: "getInvoice", attempt: 1 },
      { operationId: "getInvoice", attempt: 1 },
      { operationId: "getInvoice", attempt: 2 },
      { operationId: "getInvoice", attempt: 2 },
    ]);
  });

  it("say when a status is retried, and after how long", async () => {
    const { core, logger } = testClient(sequence(() => json({}, 503, { "retry-after": "0" }), ok));
    await core.request(getInvoice, args);
    expect(logger.lines).toContainEqual({
      level: "info",
      message: "getInvoice: HTTP 503, retrying in 0 ms",
      fields: { operationId: "getInvoice", attempt: 1, delayMs: 0 },
    });
  });
});

describe("a retryable status", () => {
  it("is sent again at once, without a timer, when Retry-After asks for no wait", async () => {
    // Only timers are faked: setImmediate still turns the event loop for the call to go on.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { core, sent } = testClient(sequence(() => json({}, 503, { "retry-after": "0" }), ok));
    const call = core.request(getInvoice, args);
    for (let turn = 0; turn < 20 && sent.length < 2; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(sent).toHaveLength(2);
    await expect(call).resolves.toEqual({ id: 7, total: "1" });
  });

  it("is not retried when the Retry-After wait equals the time left", async () => {
    vi.useFakeTimers();
    const { core, sent } = testClient(
      sequence(() => json({}, 503, { "retry-after": "1" }), ok),
      {
        deadlineMs: 1_000,
      },
    );
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({ status: 503 });
    expect(sent).toHaveLength(1);
  });
});

describe("a 401 with an OAuth2 token", () => {
  it("renews the token once and says so", async () => {
    const api = oauthTestApi();
    let tokens = 0;
    let calls = 0;
    const { core, logger } = testClient(
      (request) => {
        if (request.url.endsWith("/oauth2/token")) {
          tokens += 1;
          return json({ access_token: `tok-${tokens}`, expires_in: 3600 });
        }
        calls += 1;
        return calls === 1 ? json({ code: "E", message: "expired" }, 401) : ok();
      },
      {},
      {
        api,
        credentials: { OAuth: { type: "oauth2ClientCredentials", clientId: "c1", clientSecret: "client-secret-1" } },
      },
    );
    await core.request(operation({ security: [["OAuth"]] }), args);
    expect(tokens).toBe(2);
    expect(logger.lines).toContainEqual({
      level: "info",
      message: "getInvoice: HTTP 401, renewing the access token and trying once more",
      fields: { operationId: "getInvoice", attempt: 1 },
    });
  });
});

describe("a body over maxResponseBytes", () => {
  it("fails the call naming the limit", async () => {
    const { core } = testClient(ok, { maxResponseBytes: 5 });
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({
      reason: "size",
      issues: [{ path: [], message: "the body exceeds maxResponseBytes (5); it was not read" }],
    });
  });
});
