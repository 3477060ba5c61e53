/** An in-process `fetch`: records what was sent and answers from a handler. */

import type { FetchInit } from "../transport/openapi-fetch-adapter.js";

export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export type Handler = (request: Request, index: number) => Response | Promise<Response>;

export interface FetchStub {
  readonly fetch: (request: Request, init?: FetchInit) => Promise<Response>;
  readonly sent: SentRequest[];
}

export function fetchStub(handler: Handler): FetchStub {
  const sent: SentRequest[] = [];
  return {
    sent,
    fetch: async (sentRequest, init) => {
      // As fetch does: the handler sees one Request that carries the signal.
      const request = init === undefined ? sentRequest : new Request(sentRequest, { signal: init.signal });
      const index = sent.length;
      sent.push({
        method: request.method,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body: await request.clone().text(),
      });
      return handler(request, index);
    },
  };
}

/** Answers each request with the next handler; the last one repeats. */
export function sequence(...handlers: Handler[]): Handler {
  return (request, index) => {
    const handler = handlers[Math.min(index, handlers.length - 1)];
    if (handler === undefined) {
      throw new Error("sequence() needs at least one handler");
    }
    return handler(request, index);
  };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

export function text(
  body: string,
  status: number,
  contentType: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(body, { status, headers: { "content-type": contentType, ...headers } });
}
