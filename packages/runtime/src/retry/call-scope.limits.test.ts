import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortError } from "../errors/abort-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { CallScope } from "./call-scope.js";

// What CallScope promises beyond the happy paths: which stop wins, what an aborted signal
// carries, and that dispose() leaves no listener on the caller's signal.
describe("CallScope limits", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("counts the remaining time down from the deadline", async () => {
    const scope = new CallScope("listInvoices", undefined, 5_000);
    expect(scope.remainingMs()).toBe(5_000);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(scope.remainingMs()).toBe(3_500);
    scope.dispose();
  });

  it("names the operation and the deadline in its TimeoutError", async () => {
    const scope = new CallScope("listInvoices", undefined, 2_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(scope.stopError()).toMatchObject({ operationId: "listInvoices", scope: "deadline", timeoutMs: 2_000 });
    expect(scope.signal.aborted).toBe(true);
    scope.dispose();
  });

  it("names the operation in its AbortError, with the caller's reason as cause", () => {
    const reason = new Error("user navigated away");
    const scope = new CallScope("getCustomer", AbortSignal.abort(reason), 2_000);
    const error = scope.stopError();
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ operationId: "getCustomer", cause: reason });
    scope.dispose();
  });

  it("aborts its signal with the caller's own reason, as fetch would", () => {
    const controller = new AbortController();
    const scope = new CallScope("listInvoices", controller.signal, 10_000);
    const reason = new Error("stop");
    controller.abort(reason);
    expect(scope.signal.aborted).toBe(true);
    expect(scope.signal.reason).toBe(reason);
    scope.dispose();
  });

  it("keeps the first reason to stop: a deadline after the caller's abort is still an abort", async () => {
    const controller = new AbortController();
    const scope = new CallScope("listInvoices", controller.signal, 1_000);
    const signal = scope.signal;
    controller.abort(new Error("first"));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(scope.stopError()).toBeInstanceOf(AbortError);
    expect(signal.reason).toEqual(new Error("first"));
    scope.dispose();
  });

  it("keeps the first reason to stop: an abort after the deadline is still a timeout", async () => {
    const controller = new AbortController();
    const scope = new CallScope("listInvoices", controller.signal, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort(new Error("late"));
    expect(scope.stopError()).toBeInstanceOf(TimeoutError);
    expect(scope.signal.reason).toBeInstanceOf(TimeoutError);
    scope.dispose();
  });

  it("aborts a timed-out attempt with a TimeoutError DOMException, as AbortSignal.timeout does", async () => {
    const scope = new CallScope("listInvoices", undefined, 10_000);
    const attempt = scope.startAttempt(250);
    expect(attempt.timeoutMs).toBe(250);
    await vi.advanceTimersByTimeAsync(250);
    expect(attempt.signal.reason).toBeInstanceOf(DOMException);
    expect(attempt.signal.reason).toMatchObject({ name: "TimeoutError" });
    expect(String(attempt.signal.reason.message)).toContain("250 ms");
    attempt.dispose();
    scope.dispose();
  });

  it("lets a timed-out attempt be disposed twice without touching the next attempt", async () => {
    const scope = new CallScope("listInvoices", undefined, 10_000);
    const first = scope.startAttempt(100);
    await vi.advanceTimersByTimeAsync(100);
    first.dispose();
    const second = scope.startAttempt(5_000);
    first.dispose();
    expect(scope.signal).toBe(second.signal);
    second.dispose();
    scope.dispose();
  });

  it("rejects a sleep at once when the call has already stopped", async () => {
    const scope = new CallScope("listInvoices", AbortSignal.abort(), 10_000);
    let outcome: unknown = "still sleeping";
    scope.sleep(60_000).then(
      () => {
        outcome = "woke";
      },
      (error: unknown) => {
        outcome = error;
      },
    );
    // No time passes: only pending promise callbacks run.
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBeInstanceOf(AbortError);
    scope.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("stops listening to the caller's signal when disposed, and after a sleep", async () => {
    const controller = new AbortController();
    const scope = new CallScope("listInvoices", controller.signal, 10_000);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);
    const sleeping = scope.sleep(100);
    await vi.advanceTimersByTimeAsync(100);
    await sleeping;
    expect(getEventListeners(scope.signal, "abort")).toHaveLength(0);
    scope.dispose();
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    // The caller aborting after the call ended no longer reaches it.
    controller.abort();
    expect(scope.stopError()).toBeUndefined();
  });
});
