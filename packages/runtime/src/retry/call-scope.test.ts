import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortError } from "../errors/abort-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { CallScope } from "./call-scope.js";

describe("CallScope", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sleeps the given time", async () => {
    const scope = new CallScope("listInvoices", undefined, 10_000);
    let woke = false;
    const sleeping = scope.sleep(1_000).then(() => {
      woke = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(woke).toBe(true);
    scope.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("cuts a sleep short when the caller aborts, leaving no timer behind", async () => {
    const controller = new AbortController();
    const scope = new CallScope("listInvoices", controller.signal, 10_000);
    const sleeping = scope.sleep(5_000);
    controller.abort(new Error("user gave up"));
    await expect(sleeping).rejects.toBeInstanceOf(AbortError);
    await expect(sleeping).rejects.toMatchObject({ cause: new Error("user gave up") });
    scope.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("ends at the deadline, with a deadline TimeoutError", async () => {
    const scope = new CallScope("listInvoices", undefined, 1_000);
    const sleeping = scope.sleep(5_000);
    const assertion = expect(sleeping).rejects.toMatchObject({ scope: "deadline", timeoutMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    await assertion;
    expect(scope.stopError()).toBeInstanceOf(TimeoutError);
    scope.dispose();
  });

  it("aborts at once when the caller's signal was already aborted", () => {
    const scope = new CallScope("listInvoices", AbortSignal.abort(), 1_000);
    expect(scope.signal.aborted).toBe(true);
    expect(scope.stopError()).toBeInstanceOf(AbortError);
    scope.dispose();
  });

  it("times an attempt out on its own, without stopping the call", async () => {
    const scope = new CallScope("listInvoices", undefined, 10_000);
    const attempt = scope.startAttempt(100);
    await vi.advanceTimersByTimeAsync(100);
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut).toBe(true);
    expect(scope.stopError()).toBeUndefined();
    attempt.dispose();
    // The next attempt (and a sleep before it) runs on a fresh signal.
    expect(scope.signal.aborted).toBe(false);
    const next = scope.startAttempt(100);
    expect(next.signal.aborted).toBe(false);
    expect(next.timedOut).toBe(false);
    next.dispose();
    scope.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("shares one signal between the call and an attempt that does not time out", () => {
    const scope = new CallScope("listInvoices", undefined, 10_000);
    const attempt = scope.startAttempt(5_000);
    expect(attempt.signal).toBe(scope.signal);
    attempt.dispose();
    const next = scope.startAttempt(5_000);
    expect(next.signal).toBe(attempt.signal);
    next.dispose();
    scope.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("aborts a signal made after the call stopped", async () => {
    const scope = new CallScope("listInvoices", undefined, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    const attempt = scope.startAttempt(5_000);
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.signal.reason).toBeInstanceOf(TimeoutError);
    expect(attempt.timedOut).toBe(false);
    attempt.dispose();
    scope.dispose();
  });

  it("aborts the running attempt when the caller aborts, without calling it a timeout", () => {
    const controller = new AbortController();
    const scope = new CallScope("listInvoices", controller.signal, 10_000);
    const attempt = scope.startAttempt(5_000);
    controller.abort();
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut).toBe(false);
    attempt.dispose();
    scope.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sets no timer for an infinite limit", () => {
    const scope = new CallScope("listInvoices", undefined, Number.POSITIVE_INFINITY);
    const attempt = scope.startAttempt(Number.POSITIVE_INFINITY);
    expect(vi.getTimerCount()).toBe(0);
    expect(scope.remainingMs()).toBe(Number.POSITIVE_INFINITY);
    attempt.dispose();
    scope.dispose();
  });
});
