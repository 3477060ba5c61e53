/** Waits `ms` (if given), ending early with the signal's reason when the caller aborts. */
export function delay(ms: number | undefined, signal: AbortSignal | null): Promise<void> {
  if (ms === undefined || ms <= 0) {
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      return reject(signal.reason);
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** What `fetch` throws when the connection drops: a TypeError, like undici's `fetch failed`. */
export function droppedConnection(): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
}
