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
 * credential hidden. The body is not a property: the runtime has read it, bounded, and
 * `text()` gives those bytes back (a success body nothing documents, set aside by the
 * tolerant reader, is reached this way). A function, so printing the view never shows it.
 */
export interface ResponseView {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly url: string;
  readonly headers: Headers;
  /** The body as the runtime read it, as text; `""` where it kept none (hooks run before the read; an error's body is on the error). */
  text(): Promise<string>;
}

export function requestView(request: Request, redactor: Redactor): RequestView {
  return {
    method: request.method,
    url: redactor.redactUrl(request.url),
    headers: redactor.redactHeaders(request.headers),
  };
}

const EMPTY_BODY = new Uint8Array(0);

export function responseView(response: Response, redactor: Redactor, body: Uint8Array = EMPTY_BODY): ResponseView {
  return {
    status: response.status,
    statusText: redactor.redact(response.statusText),
    ok: response.ok,
    url: redactor.redactUrl(response.url),
    headers: redactor.redactHeaders(response.headers),
    text: async () => new TextDecoder().decode(body),
  };
}
