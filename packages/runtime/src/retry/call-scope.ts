import { AbortError } from "../errors/abort-error.js";
import { TimeoutError } from "../errors/timeout-error.js";

/**
 * The clock of one call: the caller's AbortSignal and the total deadline, plus a
 * child scope per attempt with its own timeout. Each scope owns its timers and
 * listeners and `dispose()` releases them, so a finished call leaves nothing pending.
 */
export class CallScope {
  private readonly controller = new AbortController();
  private readonly deadlineAt: number;
  private readonly deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped: "aborted" | "deadline" | undefined;

  constructor(
    private readonly operationId: string,
    private readonly userSignal: AbortSignal | undefined,
    private readonly deadlineMs: number,
  ) {
    this.deadlineAt = Date.now() + deadlineMs;
    this.deadlineTimer = Number.isFinite(deadlineMs) ? setTimeout(() => this.stop("deadline"), deadlineMs) : undefined;
    if (userSignal?.aborted === true) this.stop("aborted");
    userSignal?.addEventListener("abort", this.onUserAbort, { once: true });
  }

  /** Aborts when the caller aborts or the deadline passes. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Why the call cannot go on, if it cannot. */
  stopError(): AbortError | TimeoutError | undefined {
    if (this.stopped === "aborted")
      return new AbortError({ operationId: this.operationId, cause: this.userSignal?.reason });
    if (this.stopped === "deadline") {
      return new TimeoutError({ operationId: this.operationId, scope: "deadline", timeoutMs: this.deadlineMs });
    }
    return undefined;
  }

  remainingMs(): number {
    return this.deadlineAt - Date.now();
  }

  startAttempt(timeoutMs: number): AttemptScope {
    return new AttemptScope(this.signal, timeoutMs);
  }

  /** Waits `ms` unless the call stops first, in which case it rejects with `stopError()`. */
  sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const stop = (): void => {
        clearTimeout(timer);
        reject(this.stopError());
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener("abort", stop);
        resolve();
      }, ms);
      if (this.signal.aborted) stop();
      else this.signal.addEventListener("abort", stop, { once: true });
    });
  }

  dispose(): void {
    clearTimeout(this.deadlineTimer);
    this.userSignal?.removeEventListener("abort", this.onUserAbort);
  }

  private readonly onUserAbort = (): void => this.stop("aborted");

  private stop(reason: "aborted" | "deadline"): void {
    if (this.stopped !== undefined) return;
    this.stopped = reason;
    this.controller.abort(reason === "aborted" ? this.userSignal?.reason : this.stopError());
  }
}

/** One attempt: aborts with its call, or on its own timeout. */
export class AttemptScope {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private expired = false;

  constructor(
    private readonly callSignal: AbortSignal,
    readonly timeoutMs: number,
  ) {
    this.timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          this.expired = true;
          this.controller.abort(new DOMException(`Attempt timed out after ${timeoutMs} ms`, "TimeoutError"));
        }, timeoutMs)
      : undefined;
    if (callSignal.aborted) this.controller.abort(callSignal.reason);
    else callSignal.addEventListener("abort", this.onCallAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True when this attempt's own timeout fired (not the call's deadline or the caller). */
  get timedOut(): boolean {
    return this.expired;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.callSignal.removeEventListener("abort", this.onCallAbort);
  }

  private readonly onCallAbort = (): void => this.controller.abort(this.callSignal.reason);
}
