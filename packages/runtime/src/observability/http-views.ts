import type { Redactor } from "../safety/redactor.js";

/**
 * What users see of a request: method, URL and headers with every credential hidden
 * (API-key query parameters, Authorization, API-key headers). Safe to print or log.
 */
export interface RequestView {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
}

/**
 * What users see of a response (`*Safe` results, hooks): status, headers and URL, every
 * credential hidden. The body is not part of it: the runtime has read it, bounded.
 */
export interface ResponseView {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly url: string;
  readonly headers: Headers;
}

export function requestView(request: Request, redactor: Redactor): RequestView {
  return {
    method: request.method,
    url: redactor.redactUrl(request.url),
    headers: redactor.redactHeaders(request.headers),
  };
}

export function responseView(response: Response, redactor: Redactor): ResponseView {
  return {
    status: response.status,
    statusText: redactor.redact(response.statusText),
    ok: response.ok,
    url: redactor.redactUrl(response.url),
    headers: redactor.redactHeaders(response.headers),
  };
}
