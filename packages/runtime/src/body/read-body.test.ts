import { describe, expect, it } from "vitest";
import { BodyTooLargeError, discardBody, readBody } from "./read-body.js";

const UNLIMITED = Number.MAX_SAFE_INTEGER;

function slowBody(chunks: string[], delayMs: number): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const chunk = chunks[index++];
      if (chunk === undefined) {
        controller.close();
      } else {
        controller.enqueue(new TextEncoder().encode(chunk));
      }
    },
  });
}

describe("readBody", () => {
  it("reads every chunk", async () => {
    const body = await readBody(new Response(slowBody(["ab", "cd", "ef"], 1)), new AbortController().signal, UNLIMITED);
    expect(new TextDecoder().decode(body)).toBe("abcdef");
  });

  it("returns no bytes for a bodiless response", async () => {
    expect(await readBody(new Response(null, { status: 204 }), new AbortController().signal, UNLIMITED)).toEqual(
      new Uint8Array(0),
    );
  });

  it("gives up on a slow body when the signal aborts, even if the stream ignores the signal", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("attempt timed out")), 20);
    await expect(
      readBody(new Response(slowBody(["a", "b", "c", "d"], 15)), controller.signal, UNLIMITED),
    ).rejects.toThrow("attempt timed out");
  });

  it("stops reading a body without a length once it grows past maxBytes", async () => {
    const pulled: string[] = [];
    const chunks = ["abcd", "efgh", "ijkl", "mnop"];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks[pulled.length];
        if (chunk === undefined) {
          return controller.close();
        }
        pulled.push(chunk);
        controller.enqueue(new TextEncoder().encode(chunk));
      },
    });
    const reading = readBody(new Response(stream), new AbortController().signal, 6);
    await expect(reading).rejects.toBeInstanceOf(BodyTooLargeError);
    await expect(reading).rejects.toMatchObject({ maxBytes: 6 });
    expect(pulled.length).toBeLessThan(chunks.length);
  });

  it("refuses a body whose Content-Length is above maxBytes without reading it", async () => {
    const response = new Response("x".repeat(100), { headers: { "content-length": "100" } });
    await expect(readBody(response, new AbortController().signal, 99)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(response.bodyUsed).toBe(true);
  });

  it("reads a body of exactly maxBytes", async () => {
    const body = await readBody(new Response("x".repeat(100)), new AbortController().signal, 100);
    expect(body.byteLength).toBe(100);
  });
});

describe("discardBody", () => {
  it("cancels the body so nobody waits on it", async () => {
    const response = new Response(slowBody(["a"], 1));
    await discardBody(response);
    expect(response.bodyUsed).toBe(true);
  });
});
