import { afterEach, describe, expect, it, vi } from "vitest";
import { AbortError } from "./errors/abort-error.js";
import { ConnectionError } from "./errors/connection-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
import { hang, testClient } from "./testing/client.js";
import { createInvoice, operation, TestApiError } from "./testing/descriptors.js";
import { json, sequence } from "./testing/fetch-stub.js";

const getInvoice = operation();
const args = { path: { id: 7 } };
const ok = () => json({ id: 7, total: "1" });
const created = () => json({ id: 7, total: "1" }, 201);
const unavailable =
  (headers: Record<string, string> = {}) =>
  () =>
    json({ code: "DOWN", message: "down" }, 503, headers);
const systemError = (code: string) =>
  new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
const createWithStatus = operation({
  ...createInvoice,
  responses: [{ status: "201", media: [{ mediaType: "application/json" }] }],
});
const createWithKey = operation({ ...createWithStatus, idempotencyKeyHeader: "X-API-Deduplication-ID" });
const body = { customer: "Acme" };

afterEach(() => {
  vi.useRealTimers();
});

describe("retries", () => {
  it.each([408, 429, 502, 503, 504])("retries an idempotent call on %i", async (status) => {
    const { core, sent } = testClient(sequence(() => json({}, status), ok));
    await expect(core.request(getInvoice, args)).resolves.toEqual({ id: 7, total: "1" });
    expect(sent).toHaveLength(2);
  });

  it.each([400, 404, 409, 500, 501])("does not retry %i", async (status) => {
    const { core, sent } = testClient(sequence(() => json({ code: "E", message: "e" }, status), ok));
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({ status });
    expect(sent).toHaveLength(1);
  });

  it("gives up after maxRetries (2 by default) and surfaces the last response", async () => {
    const { core, sent } = testClient(unavailable());
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({
      name: "TestApiError",
      status: 503,
      kind: "server",
    });
    expect(sent).toHaveLength(3);
  });

  it("takes maxRetries per call", async () => {
    const { core, sent } = testClient(unavailable(), { maxRetries: 5 });
    await expect(core.request(getInvoice, args, { maxRetries: 0 })).rejects.toBeInstanceOf(TestApiError);
    expect(sent).toHaveLength(1);
  });

  it("retries a connection failure of an idempotent call", async () => {
    const { core, sent } = testClient(sequence(() => Promise.reject(systemError("ECONNRESET")), ok));
    await expect(core.request(getInvoice, args)).resolves.toBeDefined();
    expect(sent).toHaveLength(2);
  });
});

describe("non-idempotent calls", () => {
  it("are not sent again once an answer proves they arrived", async () => {
    const { core, sent } = testClient(sequence(unavailable(), created));
    await expect(core.request(createWithStatus, { body })).rejects.toMatchObject({ status: 503 });
    expect(sent).toHaveLength(1);
  });

  it("are not sent again after a failure that may have reached the server", async () => {
    const { core, sent } = testClient(sequence(() => Promise.reject(systemError("ECONNRESET")), created));
    const error = await core.request(createWithStatus, { body }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ maybeReachedServer: true, message: "createInvoice: connection failed (ECONNRESET)" });
    expect(sent).toHaveLength(1);
  });

  it.each(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"])(
    "are sent again when the request provably never left (%s)",
    async (code) => {
      const { core, sent } = testClient(sequence(() => Promise.reject(systemError(code)), created));
      await expect(core.request(createWithStatus, { body })).resolves.toBeDefined();
      expect(sent).toHaveLength(2);
    },
  );

  it("are retried like idempotent ones with an idempotency key, the same key on every attempt", async () => {
    const { core, sent } = testClient(
      sequence(unavailable(), () => Promise.reject(systemError("ECONNRESET")), created),
    );
    await expect(core.request(createWithKey, { body })).resolves.toBeDefined();
    const keys = sent.map((request) => request.headers["x-api-deduplication-id"]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("use a fresh key per call", async () => {
    const { core, sent } = testClient(created);
    await core.request(createWithKey, { body });
    await core.request(createWithKey, { body });
    expect(sent[0]?.headers["x-api-deduplication-id"]).not.toBe(sent[1]?.headers["x-api-deduplication-id"]);
  });

  it("use the caller's key, from the arguments first, then the call options", async () => {
    const { core, sent } = testClient(sequence(unavailable(), created));
    await core.request(createWithKey, { body }, { idempotencyKey: "from-options" });
    await core.request(
      createWithKey,
      { body, headers: { "X-API-Deduplication-ID": "from-args" } },
      { idempotencyKey: "ignored" },
    );
    expect(sent.map((request) => request.headers["x-api-deduplication-id"])).toEqual([
      "from-options",
      "from-options",
      "from-args",
    ]);
  });
});

describe("Retry-After", () => {
  async function secondAttemptAfter(retryAfter: string, options: { retryMaxDelayMs?: number } = {}): Promise<number> {
    vi.useFakeTimers({ now: Date.parse("2026-03-01T12:00:00Z") });
    const { core, sent } = testClient(sequence(unavailable({ "retry-after": retryAfter }), ok), options);
    const call = core.request(getInvoice, args);
    const start = Date.now();
    while (sent.length < 2) {
      await vi.advanceTimersByTimeAsync(10);
    }
    await call;
    expect(vi.getTimerCount()).toBe(0);
    return Date.now() - start;
  }

  it("waits the seconds the server asks for", async () => {
    expect(await secondAttemptAfter("2")).toBe(2_000);
  });

  it("waits until the HTTP date the server names", async () => {
    expect(await secondAttemptAfter("Sun, 01 Mar 2026 12:00:03 GMT")).toBe(3_000);
  });

  it("waits no longer than retryMaxDelayMs", async () => {
    expect(await secondAttemptAfter("3600", { retryMaxDelayMs: 1_000 })).toBe(1_000);
    expect(await secondAttemptAfter("Sun, 01 Mar 2026 13:00:00 GMT", { retryMaxDelayMs: 500 })).toBe(500);
  });
});

describe("deadline", () => {
  it("does not start a retry whose wait would outlast the deadline", async () => {
    const { core, sent } = testClient(sequence(unavailable({ "retry-after": "5" }), ok), { deadlineMs: 1_000 });
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({ status: 503 });
    expect(sent).toHaveLength(1);
  });

  it("ends an attempt in flight when it passes, with a deadline TimeoutError", async () => {
    const { core } = testClient(hang, { deadlineMs: 30, timeoutMs: 10_000 });
    const error = await core.request(getInvoice, args).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: "deadline", timeoutMs: 30 });
  });

  it("bounds retries of attempts that time out", async () => {
    const { core, sent } = testClient(hang, { timeoutMs: 20, deadlineMs: 50, maxRetries: 100 });
    await expect(core.request(getInvoice, args)).rejects.toBeInstanceOf(TimeoutError);
    // Attempts of 20 ms fit at most three times in 50 ms, whatever maxRetries allows.
    expect(sent.length).toBeLessThanOrEqual(3);
  });
});

describe("per-attempt timeout", () => {
  it("retries an idempotent call whose attempt timed out", async () => {
    const { core, sent } = testClient(sequence(hang, ok), { timeoutMs: 20 });
    await expect(core.request(getInvoice, args)).resolves.toBeDefined();
    expect(sent).toHaveLength(2);
  });

  it("does not resend a non-idempotent call whose attempt timed out", async () => {
    const { core, sent } = testClient(sequence(hang, created), { timeoutMs: 20 });
    await expect(core.request(createWithStatus, { body })).rejects.toMatchObject({
      name: "TimeoutError",
      scope: "attempt",
      timeoutMs: 20,
    });
    expect(sent).toHaveLength(1);
  });

  it("covers a body that stalls after the headers", async () => {
    const stalled = () =>
      new Response(new ReadableStream({ start: () => undefined }), { headers: { "content-type": "application/json" } });
    const { core } = testClient(stalled, { timeoutMs: 20, maxRetries: 0 });
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({ name: "TimeoutError", scope: "attempt" });
  });
});

describe("abort", () => {
  it("stops an attempt in flight", async () => {
    const { core, sent } = testClient(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user navigated away")), 10);
    const error = await core
      .request(getInvoice, args, { signal: controller.signal })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ cause: new Error("user navigated away") });
    expect(sent).toHaveLength(1);
  });

  it("stops a backoff sleep at once and leaves no timer behind", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const { core, sent } = testClient(unavailable({ "retry-after": "20" }), {
      onResponse: () => controller.abort(),
    });
    const call = core.request(getInvoice, args, { signal: controller.signal }).catch((thrown: unknown) => thrown);
    await vi.advanceTimersByTimeAsync(0);
    expect(await call).toBeInstanceOf(AbortError);
    expect(sent).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sends nothing for a signal that is already aborted", async () => {
    const { core, sent } = testClient(ok);
    await expect(core.request(getInvoice, args, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(sent).toHaveLength(0);
  });
});

describe("timers", () => {
  it("leaves none behind after success, failure and retries", async () => {
    vi.useFakeTimers();
    const { core } = testClient(sequence(unavailable(), ok, () => json({ code: "E", message: "e" }, 404)));
    const first = core.request(getInvoice, args);
    await vi.runAllTimersAsync();
    await first;
    const second = core.request(getInvoice, args).catch(() => undefined);
    await vi.runAllTimersAsync();
    await second;
    expect(vi.getTimerCount()).toBe(0);
  });
});
