/** A body longer than the reader was allowed to hold; the rest was not read. */
export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";

  constructor(readonly maxBytes: number) {
    super(`the body exceeds ${maxBytes} bytes`);
  }
}

/**
 * Reads a whole response body, giving up when `signal` aborts or past `maxBytes` (a
 * hostile or broken server cannot make the client buffer without bound). fetch ties its
 * bodies to the request's signal, but a custom `fetch` may not; reading here keeps the
 * per-attempt timeout and the caller's abort effective on slow bodies whatever `fetch` is in use.
 */
export async function readBody(response: Response, signal: AbortSignal, maxBytes: number): Promise<Uint8Array> {
  if (response.body === null) {
    return new Uint8Array(0);
  }
  if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
    await discardBody(response);
    throw new BodyTooLargeError(maxBytes);
  }
  const reader = response.body.getReader();
  const cancel = (): void => {
    reader.cancel(signal.reason).catch(() => undefined);
  };
  signal.addEventListener("abort", cancel, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      signal.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      chunks.push(value);
      length += value.byteLength;
      if (length > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new BodyTooLargeError(maxBytes);
      }
    }
    // A cancel resolves the pending read as `done`: a truncated body must not pass as complete.
    signal.throwIfAborted();
    return concat(chunks, length);
  } finally {
    signal.removeEventListener("abort", cancel);
    reader.releaseLock();
  }
}

/** Cancels a body nobody will read (a response about to be retried) so the connection is freed. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) {
    return chunks[0];
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
