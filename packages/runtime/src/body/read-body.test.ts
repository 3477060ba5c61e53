import { describe, expect, it } from "vitest";
import { discardBody, readBody } from "./read-body.js";

function slowBody(chunks: string[], delayMs: number): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(new TextEncoder().encode(chunk));
    },
  });
}

describe("readBody", () => {
  it("reads every chunk", async () => {
    const body = await readBody(new Response(slowBody(["ab", "cd", "ef"], 1)), new AbortController().signal);
    expect(new TextDecoder().decode(body)).toBe("abcdef");
  });

  it("returns no bytes for a bodiless response", async () => {
    expect(await readBody(new Response(null, { status: 204 }), new AbortController().signal)).toEqual(
      new Uint8Array(0),
    );
  });

  it("gives up on a slow body when the signal aborts, even if the stream ignores the signal", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("attempt timed out")), 20);
    await expect(readBody(new Response(slowBody(["a", "b", "c", "d"], 15)), controller.signal)).rejects.toThrow(
      "attempt timed out",
    );
  });
});

describe("discardBody", () => {
  it("cancels the body so nobody waits on it", async () => {
    const response = new Response(slowBody(["a"], 1));
    await discardBody(response);
    expect(response.bodyUsed).toBe(true);
  });
});
