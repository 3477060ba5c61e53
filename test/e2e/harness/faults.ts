import { ConnectionError, RedirectError, ResponseValidationError, TimeoutError } from "@billforge/runtime";
import { compressionBomb } from "../../support/bombs.js";
import type { Behaviour } from "../../support/test-server.js";

/** Per-attempt timeout of the matrix's clients: a stalled body ends after it; long enough that a busy CI machine answers every other cell well within it. */
export const ATTEMPT_TIMEOUT_MS = 1_000;
/** Response size limit the matrix's clients use; the oversized fault sends four times as much. */
export const MAX_RESPONSE_BYTES = 256 * 1024;

/** The error a fault leaves when it is not (or cannot be) retried away. */
export interface ExpectedError {
  /** `"api"`: the provider's own ApiError subclass. */
  readonly errorClass:
    | "api"
    | typeof ConnectionError
    | typeof TimeoutError
    | typeof ResponseValidationError
    | typeof RedirectError;
  readonly fields: Readonly<Record<string, unknown>>;
  /** For an XML-speaking client, the error `cause` must be an instance of the codec's error, named so. */
  readonly causeName?: string;
}

export interface Fault {
  readonly name: string;
  /** Use the provider's XML client when it has one (the body is XML). */
  readonly xml?: boolean;
  /** What the server does instead of answering well; `status` is the operation's success status. */
  behaviour(status: number): Behaviour;
  /**
   * Whether DESIGN.md's retry rules send a retry-safe call again after this fault (so it
   * succeeds once the fault clears). Calls that are not retry-safe never are: the request
   * reached the server.
   */
  readonly retried: boolean;
  /** The wait the client must announce before retrying, as [min, max] ms (Retry-After). */
  readonly retryDelayMs?: readonly [number, number];
  /** Client options this fault needs beyond the matrix's (a longer attempt timeout). */
  readonly clientOptions?: { readonly timeoutMs?: number };
  /** What a call that is not sent again ends in; `speaksXml`: the client decodes XML bodies. */
  expected(speaksXml: boolean, status: number): ExpectedError;
}

const apiError = (status: number, kind: string, body: string): ExpectedError => ({
  errorClass: "api",
  fields: { status, kind, body },
});

const connectionError: ExpectedError = { errorClass: ConnectionError, fields: { maybeReachedServer: true } };

const attemptTimeout: ExpectedError = {
  errorClass: TimeoutError,
  fields: { scope: "attempt", timeoutMs: ATTEMPT_TIMEOUT_MS },
};

/** Headers announcing a whole JSON body, then its first bytes only. */
const cutBody = (status: number, after: "stall" | "close"): Behaviour => ({
  status,
  headers: { "content-type": "application/json" },
  body: '{"data": {"id": 1}}',
  cut: { afterBytes: 8, after },
});

const contractBreak = (reason: string, status: number): ExpectedError => ({
  errorClass: ResponseValidationError,
  fields: { reason, status },
});

/** Answered with an HTTP status and a plain-text body. */
function statusFault(status: number, kind: string, retried: boolean, headers: Record<string, string> = {}): Fault {
  const body = `upstream says ${status}`;
  return {
    name: `HTTP ${status}${headers["retry-after"] === undefined ? "" : " with Retry-After"}`,
    behaviour: () => ({ status, headers: { "content-type": "text/plain", ...headers }, body }),
    retried,
    expected: () => apiError(status, kind, body),
  };
}

/** 400 MiB of JSON whitespace, gzip-compressed to about 400 KiB. */
const GZIP_BOMB = await compressionBomb("gzip");

/** Hostile bodies: read once, bounded by decoded size, whatever the status. */
function hostileBodyFaults(): Fault[] {
  const bomb = (status: number): Behaviour => ({
    status,
    headers: { "content-type": "application/json", "content-encoding": "gzip" },
    body: GZIP_BOMB,
  });
  const endless = (status: number): Behaviour => ({
    status,
    headers: { "content-type": "application/json" },
    endless: new Uint8Array(16 * 1024).fill(0x20),
  });
  const cell = (name: string, answer: (status: number) => Behaviour, fixed?: number): Fault => ({
    name: `${name} as ${fixed ?? "the success status"}`,
    behaviour: (status) => answer(fixed ?? status),
    // Decoding must end in the size error, never in a timeout a busy machine could cause (and retry).
    clientOptions: { timeoutMs: 10_000 },
    retried: false,
    expected: (_xml, status) => contractBreak("size", fixed ?? status),
  });
  return [
    cell("400 MiB gzip bomb", bomb),
    cell("400 MiB gzip bomb", bomb, 404),
    cell("400 MiB gzip bomb", bomb, 500),
    cell("endless chunked body", endless),
    cell("endless chunked body", endless, 500),
  ];
}

/**
 * Redirects are never followed, whatever the status and target: the call ends in a
 * RedirectError and the server sees one request (a followed same-origin redirect would
 * be a second one; another origin's port refuses connections).
 */
function redirectFaults(): Fault[] {
  const targets = [
    { name: "the same origin", location: "/moved?api_key=echoed-key-value", sameOrigin: true },
    { name: "another origin", location: "http://127.0.0.1:9/steal?api_key=echoed-key-value", sameOrigin: false },
  ];
  return [301, 302, 303, 307, 308].flatMap((status) =>
    targets.map(
      (target): Fault => ({
        name: `HTTP ${status} to ${target.name}`,
        behaviour: () => ({ status, headers: { location: target.location } }),
        retried: false,
        expected: () => ({ errorClass: RedirectError, fields: { status, sameOrigin: target.sameOrigin } }),
      }),
    ),
  );
}

const MALFORMED_JSON = '{"data": {"id": 1, "name": "unterminated';
const MALFORMED_XML = "<client><id>1</id><name>unclosed</client";

/**
 * Every fault of issue 7, each a behaviour of the fault-injection server for one request
 * and the outcome DESIGN.md's runtime section promises for it.
 */
export const FAULTS: readonly Fault[] = [
  {
    name: "connection reset before the headers",
    behaviour: () => ({ reset: "before-headers" }),
    retried: true,
    expected: () => connectionError,
  },
  {
    name: "connection reset after the headers",
    behaviour: () => ({ reset: "after-headers" }),
    retried: true,
    expected: () => connectionError,
  },
  {
    name: "headers never come",
    behaviour: (status) => ({ status, delayMs: 60_000 }),
    retried: true,
    expected: () => attemptTimeout,
  },
  {
    name: "body stalls",
    behaviour: (status) => cutBody(status, "stall"),
    retried: true,
    expected: () => attemptTimeout,
  },
  {
    name: "body truncated",
    behaviour: (status) => cutBody(status, "close"),
    retried: true,
    expected: () => connectionError,
  },
  statusFault(408, "other", true),
  statusFault(429, "rateLimited", true),
  {
    ...statusFault(429, "rateLimited", true, { "retry-after": "1" }),
    name: "HTTP 429 with Retry-After in seconds",
    retryDelayMs: [1_000, 1_000],
  },
  {
    ...statusFault(429, "rateLimited", true),
    name: "HTTP 429 with Retry-After as a date",
    behaviour: () => ({
      status: 429,
      // HTTP dates have whole seconds: 2 s ahead is a wait of more than 1 s and at most 2 s.
      headers: { "content-type": "text/plain", "retry-after": new Date(Date.now() + 2_000).toUTCString() },
      body: "upstream says 429",
    }),
    retryDelayMs: [500, 2_000],
  },
  statusFault(500, "server", false),
  statusFault(502, "server", true),
  statusFault(503, "server", true),
  statusFault(504, "server", true),
  {
    name: "HTML where JSON is expected",
    behaviour: (status) => ({
      status,
      headers: { "content-type": "text/html" },
      body: "<html><body>Welcome to nginx</body></html>",
    }),
    retried: false,
    expected: (_xml, status) => contractBreak("contentType", status),
  },
  {
    name: "malformed JSON",
    behaviour: (status) => ({ status, headers: { "content-type": "application/json" }, body: MALFORMED_JSON }),
    retried: false,
    expected: (_xml, status) => contractBreak("malformed", status),
  },
  {
    name: "malformed XML",
    xml: true,
    behaviour: (status) => ({ status, headers: { "content-type": "application/xml" }, body: MALFORMED_XML }),
    retried: false,
    // A JSON-only API documents no XML at all: the content type itself breaks the contract.
    expected: (speaksXml, status) =>
      speaksXml
        ? { ...contractBreak("malformed", status), causeName: "XmlDecodeError" }
        : contractBreak("contentType", status),
  },
  {
    name: "empty body with 200",
    behaviour: (status) => ({ status, headers: { "content-type": "application/json" } }),
    retried: false,
    expected: (_xml, status) => contractBreak("malformed", status),
  },
  {
    name: "wrong content type",
    behaviour: (status) => ({ status, headers: { "content-type": "text/plain" }, body: '{"data": {}}' }),
    retried: false,
    expected: (_xml, status) => contractBreak("contentType", status),
  },
  {
    name: "oversized body",
    behaviour: (status) => ({
      status,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ data: "x".repeat(4 * MAX_RESPONSE_BYTES) }),
      chunkBytes: 16 * 1024,
    }),
    retried: false,
    expected: (_xml, status) => contractBreak("size", status),
  },
  ...hostileBodyFaults(),
  ...redirectFaults(),
];
