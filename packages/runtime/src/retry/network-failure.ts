/**
 * Whether a fetch failure proves the request never left: the connection was refused,
 * the name did not resolve, or connecting timed out. undici reports these as a
 * `TypeError("fetch failed")` whose cause (or, with happy eyeballs, the causes inside an
 * AggregateError) carries the system code. Anything else (reset, socket closed mid-way)
 * may have reached the server.
 */
const NEVER_SENT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);
const MAX_DEPTH = 8;

export function failedBeforeSending(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > MAX_DEPTH) {
    return false;
  }
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && NEVER_SENT_CODES.has(code)) {
    return true;
  }
  if (Array.isArray(errors) && errors.length > 0 && errors.every((inner) => failedBeforeSending(inner, depth + 1))) {
    return true;
  }
  return failedBeforeSending(cause, depth + 1);
}

/** The system code behind a fetch failure, for messages (`ECONNRESET`, `UND_ERR_SOCKET`). */
export function failureCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== "object" || error === null || depth > MAX_DEPTH) {
    return undefined;
  }
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return typeof code === "string" ? code : failureCode(cause, depth + 1);
}
