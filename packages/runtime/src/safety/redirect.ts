import type { Redactor } from "./redactor.js";

export interface Redirect {
  readonly status: number;
  readonly location: string | undefined;
  readonly sameOrigin: boolean;
}

/**
 * The redirect a response stands for, or undefined. Every 3xx counts (requests go out
 * with `redirect: "manual"`), and so do a browser's opaque redirect (status 0) and a
 * response a custom `fetch` reached by following one itself (`redirected`): its data
 * came from a location nobody checked.
 */
export function redirectOf(
  request: Request,
  response: Response,
  redactor: Pick<Redactor, "redactUrl">,
): Redirect | undefined {
  const redirected = response.type === "opaqueredirect" || response.redirected;
  if (!redirected && (response.status < 300 || response.status > 399)) {
    return undefined;
  }
  const raw = response.redirected ? response.url : response.headers.get("location");
  const target = raw === null || raw === "" ? undefined : parseLocation(raw, request.url);
  return {
    status: response.status,
    location: target === undefined ? undefined : redactor.redactUrl(target.href),
    sameOrigin: target !== undefined && target.origin === new URL(request.url).origin,
  };
}

function parseLocation(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}
