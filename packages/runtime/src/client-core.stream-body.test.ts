/**
 * A ReadableStream request body against a real HTTP server on 127.0.0.1, through Node's
 * own fetch (undici): sent half-duplex, read once as it goes out, so a call carrying one
 * is never sent a second time (no retry on a status or a network failure, no 401
 * re-attempt); a locked stream is refused before anything is sent. Each case has a
 * control with the same bytes as a Uint8Array, which is sent again.
 */
import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { apiKeyAuth } from "./auth/api-key-auth.js";
import { oauth2ClientCredentialsAuth } from "./auth/oauth2-client-credentials-auth.js";
import { createClientCore } from "./client-core.js";
import { ConnectionError } from "./errors/connection-error.js";
import { RequestValidationError } from "./errors/request-validation-error.js";
import type { ClientOptionsBase } from "./options.js";
import { operation, TestApiError, testApi } from "./testing/descriptors.js";
import { startServer, type TestServer } from "./testing/http-server.js";
import { recordingLogger } from "./testing/logger.js";

/** An idempotent upload: with a replayable body it is retried. */
const upload = operation({
  id: "uploadFile",
  method: "PUT",
  path: "/files",
  pathParams: [],
  requestBody: { required: true, media: [{ mediaType: "application/octet-stream" }] },
});
const uploadWithOAuth = { ...upload, security: [["OAuth"]] };
const stored = JSON.stringify({ id: 7, total: "12.50" });
const CHUNKS = ["first chunk, ", "second chunk"];

function byteStream(): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = CHUNKS[next++];
      if (chunk === undefined) {
        controller.close();
      } else {
        controller.enqueue(encoder.encode(chunk));
      }
    },
  });
}
const bytes = () => new TextEncoder().encode(CHUNKS.join(""));

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Starts a server that records each upload's bytes; `answer` decides each response by hit number. */
async function uploadServer(answer: (hit: number, request: IncomingMessage) => [number, string] | "reset") {
  const received: string[] = [];
  let uploads = 0;
  server = await startServer((request, response) => {
    if (request.url === "/oauth2/token") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ access_token: `tok-${Date.now()}`, expires_in: 3600 }));
      return;
    }
    uploads += 1;
    const hit = uploads;
    const parts: Buffer[] = [];
    request.on("data", (part: Buffer) => parts.push(part));
    request.on("end", () => {
      received.push(Buffer.concat(parts).toString("utf8"));
      const outcome = answer(hit, request);
      if (outcome === "reset") {
        request.socket.destroy();
        return;
      }
      response.writeHead(outcome[0], { "content-type": "application/json" }).end(outcome[1]);
    });
  });
  return { url: server.url, received, uploads: () => uploads };
}

function client(baseUrl: string, options: ClientOptionsBase = {}, oauth = false) {
  return createClientCore({
    api: testApi(
      oauth
        ? {
            securitySchemes: {
              OAuth: {
                type: "oauth2ClientCredentials",
                tokenUrl: `${baseUrl}/oauth2/token`,
                requestEncoding: "form",
                extraFields: [],
                scopes: [],
              },
            },
          }
        : {},
    ),
    credentials: oauth
      ? { OAuth: { type: "oauth2ClientCredentials", clientId: "c1", clientSecret: "client-secret-1" } }
      : { ApiKeyAuth: { type: "apiKey", value: "stream-key-1" } },
    auth: oauth ? [oauth2ClientCredentialsAuth] : [apiKeyAuth],
    errorClass: TestApiError,
    options: { baseUrl, retryBaseDelayMs: 1, maxRetries: 2, logger: recordingLogger(), ...options },
  });
}

describe("a ReadableStream request body, against a real server", () => {
  it("is sent half-duplex, every chunk, once", async () => {
    const target = await uploadServer(() => [200, stored]);
    let contentType: string | null = null;
    let duplex: unknown;
    const core = client(target.url, {
      fetch: (request, init) => {
        contentType = request.headers.get("content-type");
        duplex = (request as Request & { duplex?: unknown }).duplex;
        return fetch(request, init);
      },
    });
    await expect(core.request(upload, { body: byteStream() })).resolves.toEqual({ id: 7, total: "12.50" });
    expect(target.received).toEqual([CHUNKS.join("")]);
    expect(contentType).toBe("application/octet-stream");
    expect(duplex).toBe("half");
  });

  it.each([
    ["a retryable status", () => [503, "{}"] as [number, string]],
    ["a reset connection", () => "reset" as const],
  ])("is not retried after %s; the same bytes as a Uint8Array are", async (_what, failure) => {
    const target = await uploadServer((hit) => (hit === 1 ? failure() : [200, stored]));
    await expect(client(target.url).request(upload, { body: bytes() })).resolves.toEqual({ id: 7, total: "12.50" });
    expect(target.uploads()).toBe(2);

    const streamed = await uploadServer((hit) => (hit === 1 ? failure() : [200, stored]));
    const error = await client(streamed.url)
      .request(upload, { body: byteStream() })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(failure() === "reset" ? ConnectionError : TestApiError);
    expect(streamed.uploads()).toBe(1);
    expect(streamed.received).toEqual([CHUNKS.join("")]);
  });

  it("is not sent again after a 401 with a renewable token; the same bytes as a Uint8Array are", async () => {
    const unauthorizedOnce = (hit: number): [number, string] =>
      hit === 1 ? [401, JSON.stringify({ message: "expired" })] : [200, stored];
    const target = await uploadServer(unauthorizedOnce);
    await expect(client(target.url, {}, true).request(uploadWithOAuth, { body: bytes() })).resolves.toEqual({
      id: 7,
      total: "12.50",
    });
    expect(target.uploads()).toBe(2);

    const streamed = await uploadServer(unauthorizedOnce);
    const error = await client(streamed.url, {}, true)
      .request(uploadWithOAuth, { body: byteStream() })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ status: 401 });
    expect(streamed.uploads()).toBe(1);
  });

  it("is refused before sending when another reader holds it", async () => {
    const target = await uploadServer(() => [200, stored]);
    const stream = byteStream();
    const reader = stream.getReader();
    const error = await client(target.url)
      .request(upload, { body: stream })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(String((error as RequestValidationError).message)).toMatch(/locked/);
    expect(target.uploads()).toBe(0);
    reader.releaseLock();
  });
});
