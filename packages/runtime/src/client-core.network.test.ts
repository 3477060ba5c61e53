/**
 * Connection-level behaviour against a real HTTP server on 127.0.0.1, through Node's
 * own fetch (undici): resets, refused connections, slow answers, aborts.
 */
import { afterEach, describe, expect, it } from "vitest";
import { apiKeyAuth } from "./auth/api-key-auth.js";
import { type ClientCore, createClientCore } from "./client-core.js";
import { AbortError } from "./errors/abort-error.js";
import { ConnectionError } from "./errors/connection-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
import type { ClientOptionsBase } from "./options.js";
import { createInvoice, operation, TestApiError, testApi } from "./testing/descriptors.js";
import { refusedUrl, startServer, type TestServer } from "./testing/http-server.js";
import { recordingLogger } from "./testing/logger.js";

const getInvoice = operation();
const createWithStatus = operation({
  ...createInvoice,
  responses: [{ status: "201", media: [{ mediaType: "application/json" }] }],
});
const invoice = JSON.stringify({ id: 7, total: "12.50" });

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(baseUrl: string, options: ClientOptionsBase = {}): { core: ClientCore; attempts: () => number } {
  let attempts = 0;
  const core = createClientCore({
    api: testApi(),
    credentials: { ApiKeyAuth: { type: "apiKey", value: "network-key-1" } },
    auth: [apiKeyAuth],
    errorClass: TestApiError,
    options: {
      baseUrl,
      retryBaseDelayMs: 1,
      logger: recordingLogger(),
      fetch: (request, init) => {
        attempts += 1;
        return fetch(request, init);
      },
      ...options,
    },
  });
  return { core, attempts: () => attempts };
}

describe("against a real server", () => {
  it("answers a plain call", async () => {
    server = await startServer((_request, response) =>
      response.writeHead(200, { "content-type": "application/json" }).end(invoice),
    );
    await expect(client(server.url).core.request(getInvoice, { path: { id: 7 } })).resolves.toEqual({
      id: 7,
      total: "12.50",
    });
  });

  it("retries a GET whose connection was reset", async () => {
    server = await startServer((request, response, hit) => {
      if (hit === 1) {
        request.socket.destroy();
      } else {
        response.writeHead(200, { "content-type": "application/json" }).end(invoice);
      }
    });
    await expect(client(server.url).core.request(getInvoice, { path: { id: 7 } })).resolves.toEqual({
      id: 7,
      total: "12.50",
    });
    expect(server.hits()).toBe(2);
  });

  it("does not resend a POST whose connection was reset: it may have been processed", async () => {
    server = await startServer((request) => request.socket.destroy());
    const error = await client(server.url)
      .core.request(createWithStatus, { body: { customer: "Acme" } })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ maybeReachedServer: true });
    expect(server.hits()).toBe(1);
  });

  it("resends a POST whose connection was refused: it never left", async () => {
    const { core, attempts } = client(await refusedUrl());
    const error = await core
      .request(createWithStatus, { body: { customer: "Acme" } })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ maybeReachedServer: false, message: expect.stringContaining("ECONNREFUSED") });
    expect(attempts()).toBe(3);
  });

  it("times out a slow attempt and retries it when the call is idempotent", async () => {
    server = await startServer((_request, response, hit) => {
      const answer = () => response.writeHead(200, { "content-type": "application/json" }).end(invoice);
      if (hit !== 1) {
        return answer();
      }
      const late = setTimeout(answer, 500);
      response.on("close", () => clearTimeout(late));
    });
    await expect(
      client(server.url, { timeoutMs: 100 }).core.request(getInvoice, { path: { id: 7 } }),
    ).resolves.toBeDefined();
    expect(server.hits()).toBe(2);
  });

  it("times out a body that stalls halfway", async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"id": 7,');
    });
    const error = await client(server.url, { timeoutMs: 100, maxRetries: 0 })
      .core.request(getInvoice, { path: { id: 7 } })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: "attempt", timeoutMs: 100 });
  });

  it("cancels a timed-out attempt on the network: the server sees the connection close", async () => {
    let closed: () => void = () => undefined;
    const connectionClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    server = await startServer((_request, response) => {
      response.on("close", closed);
    });
    const error = await client(server.url, { timeoutMs: 100, maxRetries: 0 })
      .core.request(getInvoice, { path: { id: 7 } })
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: "TimeoutError", scope: "attempt" });
    await connectionClosed;
  });

  it("times out even through a fetch wrapper that drops the signal", async () => {
    server = await startServer((_request, response) => {
      const late = setTimeout(
        () => response.writeHead(200, { "content-type": "application/json" }).end(invoice),
        2_000,
      );
      response.on("close", () => clearTimeout(late));
    });
    const started = Date.now();
    const error = await client(server.url, { timeoutMs: 100, maxRetries: 0, fetch: (request) => fetch(request) })
      .core.request(getInvoice, { path: { id: 7 } })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: "attempt", timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("stops at once when the caller aborts", async () => {
    server = await startServer(() => undefined);
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const error = await client(server.url)
      .core.request(getInvoice, { path: { id: 7 } }, { signal: controller.signal })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(server.hits()).toBe(1);
  });

  it("honours Retry-After from the server", async () => {
    server = await startServer((_request, response, hit) => {
      if (hit === 1) {
        response
          .writeHead(429, { "retry-after": "1", "content-type": "application/json" })
          .end('{"code":"RATE","message":"slow down"}');
      } else {
        response.writeHead(200, { "content-type": "application/json" }).end(invoice);
      }
    });
    const started = Date.now();
    await client(server.url, { retryMaxDelayMs: 200 }).core.request(getInvoice, { path: { id: 7 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(server.hits()).toBe(2);
  });
});
