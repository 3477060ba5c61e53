import { describe, expect, it } from "vitest";
import { untilAborted } from "./until-aborted.js";

const never = (): Promise<Response> => new Promise(() => undefined);

describe("untilAborted", () => {
  it("settles like the pending fetch when nothing aborts", async () => {
    const response = new Response("ok");
    await expect(untilAborted(Promise.resolve(response), new AbortController().signal)).resolves.toBe(response);
    const failure = new TypeError("fetch failed");
    await expect(untilAborted(Promise.reject(failure), new AbortController().signal)).rejects.toBe(failure);
  });

  it("rejects with the signal's reason as soon as it aborts, even if fetch never settles", async () => {
    const controller = new AbortController();
    const racing = untilAborted(never(), controller.signal);
    const reason = new DOMException("Attempt timed out after 5 ms", "TimeoutError");
    controller.abort(reason);
    await expect(racing).rejects.toBe(reason);
  });

  it("rejects at once for a signal aborted before the call", async () => {
    const reason = new Error("gave up");
    await expect(untilAborted(never(), AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it("cancels the body of a response that arrives after the abort", async () => {
    const controller = new AbortController();
    let cancelled = false;
    const body = new ReadableStream({
      cancel: () => {
        cancelled = true;
      },
    });
    let answer: (response: Response) => void = () => undefined;
    const late = new Promise<Response>((resolve) => {
      answer = resolve;
    });
    const racing = untilAborted(late, controller.signal);
    controller.abort();
    await expect(racing).rejects.toBeDefined();
    answer(new Response(body));
    await late;
    await new Promise((resolve) => setImmediate(resolve));
    expect(cancelled).toBe(true);
  });

  it("leaves no listener on the signal once settled", async () => {
    const controller = new AbortController();
    let listeners = 0;
    const add = controller.signal.addEventListener.bind(controller.signal);
    const remove = controller.signal.removeEventListener.bind(controller.signal);
    controller.signal.addEventListener = (...args: Parameters<AbortSignal["addEventListener"]>) => {
      listeners += 1;
      add(...args);
    };
    controller.signal.removeEventListener = (...args: Parameters<AbortSignal["removeEventListener"]>) => {
      listeners -= 1;
      remove(...args);
    };
    await untilAborted(Promise.resolve(new Response("ok")), controller.signal);
    await untilAborted(Promise.reject(new Error("x")), controller.signal).catch(() => undefined);
    expect(listeners).toBe(0);
  });
});
