import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "./errors/response-validation-error.js";
import { testClient } from "./testing/client.js";
import { operation } from "./testing/descriptors.js";

const getInvoice = operation();
const args = { path: { id: 7 } };
const BODY = JSON.stringify({ id: 7, total: "1" });

/** A JSON response whose stream counts the chunks the client pulls; nothing is buffered ahead. */
function countedResponse(contentLength: string | undefined) {
  let pulls = 0;
  const bytes = new TextEncoder().encode(BODY);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulls += 1;
        controller.enqueue(bytes);
        controller.close();
      },
    },
    // highWaterMark 0: the stream pulls only when the client reads.
    { highWaterMark: 0 },
  );
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (contentLength !== undefined) {
    headers["content-length"] = contentLength;
  }
  return { response: new Response(stream, { headers }), pulls: () => pulls };
}

describe("maxResponseBytes", () => {
  it("refuses a body whose Content-Length is above the limit before reading any of it", async () => {
    const counted = countedResponse(String(BODY.length));
    const { core } = testClient(() => counted.response, { maxResponseBytes: BODY.length - 1 });
    const error = await core.request(getInvoice, args).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ reason: "size" });
    expect(counted.pulls()).toBe(0);
  });

  it.each<[string, string | undefined, number]>([
    ["a Content-Length equal to the limit", String(BODY.length), BODY.length],
    ["no Content-Length, a body equal to the limit", undefined, BODY.length],
    ["a Content-Length below the limit", String(BODY.length), BODY.length + 1],
  ])("reads %s", async (_name, contentLength, maxResponseBytes) => {
    const counted = countedResponse(contentLength);
    const { core } = testClient(() => counted.response, { maxResponseBytes });
    await expect(core.request(getInvoice, args)).resolves.toEqual({ id: 7, total: "1" });
    expect(counted.pulls()).toBe(1);
  });

  it("refuses a body longer than the limit that claims no length", async () => {
    const counted = countedResponse(undefined);
    const { core } = testClient(() => counted.response, { maxResponseBytes: BODY.length - 1 });
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({ reason: "size" });
  });
});

describe("an oversized body without a length", () => {
  it("is cancelled, so the server's connection is freed, not left half-read", async () => {
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          controller.enqueue(new TextEncoder().encode("x".repeat(64)));
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const { core } = testClient(() => new Response(endless, { headers: { "content-type": "application/json" } }), {
      maxResponseBytes: 100,
    });
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({ reason: "size" });
    expect(cancelled).toBe(true);
  });
});

describe("a retried response", () => {
  it("is discarded even when it has no body at all", async () => {
    let calls = 0;
    const { core } = testClient(() =>
      calls++ === 0
        ? new Response(null, { status: 503 })
        : new Response(BODY, { headers: { "content-type": "application/json" } }),
    );
    await expect(core.request(getInvoice, args)).resolves.toEqual({ id: 7, total: "1" });
    expect(calls).toBe(2);
  });
});
