export interface BackoffSettings {
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
}

/**
 * Wait before retry number `retryIndex` (0 for the first retry). The server's
 * `Retry-After` is honoured up to the cap; otherwise exponential backoff with full
 * jitter, a uniform draw in [0, min(cap, base·2^retryIndex)), which spreads clients
 * that failed together instead of having them return in lockstep.
 */
export function retryDelayMs(
  retryIndex: number,
  settings: BackoffSettings,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) {
    return Math.min(retryAfterMs, settings.retryMaxDelayMs);
  }
  const ceiling = Math.min(settings.retryMaxDelayMs, settings.retryBaseDelayMs * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}
