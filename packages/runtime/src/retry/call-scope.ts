import { AbortError } from "../errors/abort-error.js";
import { TimeoutError } from "../errors/timeout-error.js";

/** One attempt of a call: its signal aborts when the call stops or when the attempt's own timeout fires. */
export interface AttemptScope {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** True when this attempt's own timeout fired (not the call's deadline or the caller). */
  readonly timedOut: boolean;
  dispose(): void;
}

/**
 * The clock of one call: the caller's AbortSignal and the total deadline, plus a
 * timeout per attempt. One AbortController serves the call and its running attempt
 * (Node makes every AbortSignal, and every Request that follows one, costly); only an
 * attempt that timed out leaves it aborted, and the next attempt gets a fresh one.
 * `dispose()` releases every timer and listener, so a finished call leaves nothing pending.
 */
export class CallScope {
  private controller: AbortController | undefined;
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
    if (userSignal?.aborted === true) {
      this.stop("aborted");
    } else {
      userSignal?.addEventListener("abort", this.onUserAbort, { once: true });
    }
  }

  /** Aborts when the caller aborts, the deadline passes, or the running attempt times out. */
  get signal(): AbortSignal {
    return this.current().signal;
  }

  /** Why the call cannot go on, if it cannot. */
  stopError(): AbortError | TimeoutError | undefined {
    if (this.stopped === "aborted") {
      return new AbortError({ operationId: this.operationId, cause: this.userSignal?.reason });
    }
    if (this.stopped === "deadline") {
      return new TimeoutError({ operationId: this.operationId, scope: "deadline", timeoutMs: this.deadlineMs });
    }
    return undefined;
  }

  remainingMs(): number {
    return this.deadlineAt - Date.now();
  }

  startAttempt(timeoutMs: number): AttemptScope {
    const controller = this.current();
    let expired = false;
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          expired = true;
          controller.abort(new DOMException(`Attempt timed out after ${timeoutMs} ms`, "TimeoutError"));
        }, timeoutMs)
      : undefined;
    return {
      signal: controller.signal,
      timeoutMs,
      get timedOut() {
        return expired;
      },
      dispose: () => {
        clearTimeout(timer);
        // The attempt's own timeout aborted the shared controller: the call goes on with a fresh one.
        if (expired && this.controller === controller) {
          this.controller = undefined;
        }
      },
    };
  }

  /** Waits `ms` unless the call stops first, in which case it rejects with `stopError()`. */
  sleep(ms: number): Promise<void> {
    const signal = this.signal;
    return new Promise<void>((resolve, reject) => {
      const stop = (): void => {
        clearTimeout(timer);
        reject(this.stopError());
      };
      const timer = setTimeout(() => {
        signal.removeEventListener("abort", stop);
        resolve();
      }, ms);
      if (signal.aborted) {
        stop();
      } else {
        signal.addEventListener("abort", stop, { once: true });
      }
    });
  }

  dispose(): void {
    clearTimeout(this.deadlineTimer);
    this.userSignal?.removeEventListener("abort", this.onUserAbort);
  }

  private readonly onUserAbort = (): void => this.stop("aborted");

  /** The controller of the call and its running attempt, made on first use (born aborted once the call has stopped). */
  private current(): AbortController {
    if (this.controller === undefined) {
      this.controller = new AbortController();
      if (this.stopped !== undefined) {
        this.controller.abort(this.stopReason());
      }
    }
    return this.controller;
  }

  private stopReason(): unknown {
    return this.stopped === "aborted" ? this.userSignal?.reason : this.stopError();
  }

  private stop(reason: "aborted" | "deadline"): void {
    if (this.stopped !== undefined) {
      return;
    }
    this.stopped = reason;
    this.controller?.abort(this.stopReason());
  }
}
