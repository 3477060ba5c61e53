const DELTA_SECONDS = /^\d+$/;
/** IMF-fixdate, RFC 850 and asctime dates all start with a day name. */
const HTTP_DATE = /^[A-Za-z]{3}/;

/**
 * `Retry-After` (RFC 9110 §10.2.3) in milliseconds from `now`: delta-seconds or an
 * HTTP-date; a date in the past means "now". Anything else is ignored (undefined).
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) {
    return undefined;
  }
  const text = value.trim();
  if (DELTA_SECONDS.test(text)) {
    return Number(text) * 1000;
  }
  if (!HTTP_DATE.test(text)) {
    return undefined;
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
