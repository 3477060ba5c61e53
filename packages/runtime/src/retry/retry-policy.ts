/**
 * When a failed attempt may be sent again. Statuses: the request timed out server-side
 * (408), was rate limited (429), or a gateway or overloaded server dropped it (502-504).
 */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * A request that may have reached the server is sent again only when doing so twice is
 * harmless: the operation is idempotent, or an idempotency key lets the server
 * deduplicate. One that provably never left can always be sent again.
 */
export function maySendAgain(retrySafe: boolean, maybeReachedServer: boolean): boolean {
  return retrySafe || !maybeReachedServer;
}
