/**
 * How long an OAuth2 access token is used, from the token response's `expires_in`
 * (seconds). Bounded both ways: a token claiming 0 s (or 0.001, or garbage) would mean
 * a token request per call, and with a provider that revokes the previous token on each
 * issue, calls revoking each other's tokens; a token claiming a year is still renewed
 * daily. A token that stops working early is renewed after its first 401.
 */
export const MIN_TOKEN_LIFETIME_S = 60;
export const MAX_TOKEN_LIFETIME_S = 24 * 60 * 60;

const NUMERIC = /^\s*\d+(?:\.\d+)?\s*$/;

/** Milliseconds to use the token for; undefined when the server gave no `expires_in` (kept until a 401). */
export function tokenLifetimeMs(expiresIn: unknown): number | undefined {
  if (expiresIn === undefined) {
    return undefined;
  }
  const seconds =
    typeof expiresIn === "number"
      ? expiresIn
      : typeof expiresIn === "string" && NUMERIC.test(expiresIn)
        ? Number(expiresIn)
        : Number.NaN;
  // Anything unusable (negative, NaN, text, null) counts as the shortest lifetime.
  const bounded = Number.isFinite(seconds)
    ? Math.min(Math.max(seconds, MIN_TOKEN_LIFETIME_S), MAX_TOKEN_LIFETIME_S)
    : MIN_TOKEN_LIFETIME_S;
  return bounded * 1000;
}
