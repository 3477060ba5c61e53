/**
 * The one module that knows openapi-fetch (in maintenance mode since September 2026,
 * openapi-ts/openapi-typescript#2874). It turns an already checked request into one
 * HTTP exchange: openapi-fetch builds the URL (base + expanded path + our query
 * serializer), headers and body, and calls `fetch`. Replacing openapi-fetch means
 * rewriting this file only; nothing else sees its types.
 *
 * Bodies are read by the runtime, not here: the original Response is returned unread,
 * and openapi-fetch never sees it (it would read an error body whole, without a limit).
 * Redirects are never followed (`redirect: "manual"`): the caller gets the 3xx.
 */

import createClient from "openapi-fetch";
import { type EncodedBody, isOneShotBody } from "../body/encode-body.js";
import type { HttpMethod, QueryParameterDescriptor } from "../descriptors.js";
import { type QueryPair, serializeQuery } from "./query-serializer.js";
import { untilAborted } from "./until-aborted.js";

/** What the runtime passes to `fetch` beside the Request. */
export interface FetchInit {
  /** Aborts on the attempt's timeout, the call's deadline or the caller's abort. */
  readonly signal: AbortSignal;
}

/**
 * `globalThis.fetch`, or any function with its shape. The signal comes in `init`, not
 * on the Request (undici makes a Request that follows a signal several times dearer,
 * and `fetch(request)` would copy it into a second one): a wrapper should pass `init`
 * on, so that a timeout or an abort also cancels the request on the network. One that
 * ignores it still cannot hold a call past its timeout (see until-aborted.ts).
 */
export type FetchLike = (request: Request, init: FetchInit) => Promise<Response>;

export interface OutgoingRequest {
  readonly method: HttpMethod;
  /** Checked origin and base path, without a trailing slash. */
  readonly baseUrl: string;
  /** The operation path with every parameter already substituted and encoded. */
  readonly path: string;
  readonly query: Readonly<Record<string, unknown>>;
  readonly queryParameters: readonly QueryParameterDescriptor[];
  /** Pairs appended after the operation's own query, e.g. an API key. */
  readonly extraQuery: readonly QueryPair[];
  /** A plain record (cheaper than Headers), names in lower case so none is set twice. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: EncodedBody | undefined;
  readonly signal: AbortSignal;
}

/**
 * `request` is undefined when building failed and `fetch` was never called: nothing
 * was sent. Otherwise `request` is what went out.
 */
export type SendResult =
  | { readonly ok: true; readonly request: Request; readonly response: Response }
  | { readonly ok: false; readonly request: Request | undefined; readonly error: unknown };

export interface Transport {
  /** Performs one attempt. `beforeDispatch` sees the final Request just before it is sent. */
  send(outgoing: OutgoingRequest, beforeDispatch?: (request: Request) => Promise<void>): Promise<SendResult>;
}

/** openapi-fetch types paths from a generated `paths` interface; the runtime's paths are data, so every operation is loose. */
interface LooseOperation {
  parameters: { query?: Record<string, unknown> };
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, unknown>;
}
type LoosePaths = Record<string, Record<Lowercase<HttpMethod>, LooseOperation>>;

const LOWERCASE_METHODS = {
  GET: "get",
  PUT: "put",
  POST: "post",
  DELETE: "delete",
  PATCH: "patch",
  HEAD: "head",
  OPTIONS: "options",
} as const satisfies Record<HttpMethod, Lowercase<HttpMethod>>;

/** A 204 openapi-fetch returns from without reading anything. */
const NO_CONTENT = new Response(null, { status: 204 });

export function createTransport(fetchImpl: FetchLike): Transport {
  const client = createClient<LoosePaths>();
  return {
    async send(outgoing, beforeDispatch) {
      let dispatched: Request | undefined;
      let received: Response | undefined;
      try {
        await client.request(LOWERCASE_METHODS[outgoing.method], outgoing.path, {
          baseUrl: outgoing.baseUrl,
          params: { query: outgoing.query },
          querySerializer: (query: Record<string, unknown>) =>
            serializeQuery(query, outgoing.queryParameters, outgoing.extraQuery),
          headers: outgoing.headers,
          body: outgoing.body,
          // fetch sends a stream body only half-duplex (the response may come before it ends).
          ...(isOneShotBody(outgoing.body) ? { duplex: "half" } : {}),
          // The body is already encoded (JSON, XML, bytes); openapi-fetch must send it as is.
          bodySerializer: (body: unknown) => body,
          parseAs: "stream",
          // Following a redirect would send the credentials (and the body) wherever Location says.
          redirect: "manual",
          fetch: async (request: Request) => {
            await beforeDispatch?.(request);
            dispatched = request;
            received = await untilAborted(fetchImpl(request, { signal: outgoing.signal }), outgoing.signal);
            // openapi-fetch reads error bodies itself, whole (text + JSON.parse). It gets an
            // empty stand-in; the runtime reads the real body once, bounded (read-body.ts).
            return NO_CONTENT.clone();
          },
        });
      } catch (error) {
        return { ok: false, request: dispatched, error };
      }
      if (dispatched === undefined || received === undefined) {
        return { ok: false, request: dispatched, error: new Error("openapi-fetch completed without calling fetch") };
      }
      return { ok: true, request: dispatched, response: received };
    },
  };
}
