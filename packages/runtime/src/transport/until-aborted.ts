/**
 * Settles like `pending`, unless `signal` aborts first: then it rejects with the
 * signal's reason at once. A custom `fetch` that ignores its signal cannot hold a call
 * past its timeout or the caller's abort; a response that arrives after that has its
 * body cancelled, so the connection is freed.
 */
export function untilAborted(pending: Promise<Response>, signal: AbortSignal): Promise<Response> {
  if (signal.aborted) {
    abandon(pending);
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      abandon(pending);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    pending.then(
      (response) => {
        signal.removeEventListener("abort", onAbort);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function abandon(pending: Promise<Response>): void {
  pending.then(
    (response) => response.body?.cancel().catch(() => undefined),
    () => undefined,
  );
}
