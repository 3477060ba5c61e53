import type { AppliedAuth, Authenticator } from "../auth/authenticator.js";
import { BodyTooLargeError, discardBody, readBody } from "../body/read-body.js";
import { BillforgeError } from "../errors/billforge-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { RedirectError } from "../errors/redirect-error.js";
import { RequestValidationError } from "../errors/request-validation-error.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import type { HookRunner } from "../observability/hooks.js";
import { requestView, responseView } from "../observability/http-views.js";
import type { RuntimeLogger } from "../observability/logger.js";
import type { CallSettings } from "../options.js";
import { retryDelayMs } from "../retry/backoff.js";
import type { AttemptScope, CallScope } from "../retry/call-scope.js";
import { failedBeforeSending, failureCode } from "../retry/network-failure.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import { isRetryableStatus, maySendAgain } from "../retry/retry-policy.js";
import type { Redactor } from "../safety/redactor.js";
import { redirectOf } from "../safety/redirect.js";
import type { Transport } from "../transport/openapi-fetch-adapter.js";
import { type HeaderRecord, setHeader } from "./header-record.js";
import type { PreparedRequest } from "./prepare-request.js";

/** The response that ends a call, with its body read in full. */
export interface Exchange {
  readonly request: Request;
  readonly response: Response;
  readonly body: Uint8Array;
}

export interface AttemptContext {
  readonly baseUrl: string;
  /** Longer response bodies are not read: the call fails instead. */
  readonly maxResponseBytes: number;
  readonly transport: Transport;
  readonly authenticator: Authenticator;
  readonly hooks: HookRunner;
  readonly logger: RuntimeLogger;
  readonly redactor: Redactor;
  readonly random: () => number;
}

/** What the caller may want to know about a call that failed: how far it got. */
export interface CallProgress {
  attempt: number;
  response: Response | undefined;
}

type Step =
  | { readonly kind: "done"; readonly exchange: Exchange }
  | { readonly kind: "again"; readonly delayMs: number }
  | { readonly kind: "fail"; readonly error: BillforgeError };

/** One call's run: what stays fixed, and the retry budget it spends. */
interface Run {
  readonly context: AttemptContext;
  readonly prepared: PreparedRequest;
  readonly settings: CallSettings;
  readonly scope: CallScope;
  readonly progress: CallProgress;
  retries: number;
  renewedAfterUnauthorized: boolean;
}

/**
 * Sends a prepared call until it gets a final response or a final failure: retryable
 * failures are retried within `maxRetries` and the deadline (see retry/), a 401 with an
 * OAuth2 token renews the token and tries once more. Throws BillforgeErrors only.
 */
export async function runAttempts(
  context: AttemptContext,
  prepared: PreparedRequest,
  settings: CallSettings,
  scope: CallScope,
  progress: CallProgress,
): Promise<Exchange> {
  const run: Run = { context, prepared, settings, scope, progress, retries: 0, renewedAfterUnauthorized: false };
  for (;;) {
    // A custom fetch may not look at the signal: never start an attempt for a call that has stopped.
    const stopped = scope.stopError();
    if (stopped !== undefined) {
      throw stopped;
    }
    progress.attempt += 1;
    const step = await attemptOnce(run);
    if (step.kind === "done") {
      return step.exchange;
    }
    if (step.kind === "fail") {
      throw step.error;
    }
    if (step.delayMs > 0) {
      await scope.sleep(step.delayMs);
    }
  }
}

async function attemptOnce(run: Run): Promise<Step> {
  let auth: AppliedAuth;
  try {
    // Waiting for a token is not the attempt's time: the token request has its own timeout,
    // and its outcome (a token, or one AuthenticationError) is shared by every waiting call.
    auth = await run.context.authenticator.apply(run.prepared.schemes, run.scope.signal);
  } catch (error) {
    return afterFailure(run, classify(run, error, false, undefined));
  }
  const attemptScope = run.scope.startAttempt(run.settings.timeoutMs);
  try {
    return await exchangeOnce(run, attemptScope, auth);
  } finally {
    attemptScope.dispose();
  }
}

async function exchangeOnce(run: Run, attemptScope: AttemptScope, auth: AppliedAuth): Promise<Step> {
  const { context, prepared, settings, scope } = run;
  const { op } = prepared;
  const attempt = run.progress.attempt;
  const log = { operationId: op.id, attempt };

  const result = await context.transport.send(
    {
      method: op.method,
      baseUrl: context.baseUrl,
      path: prepared.path,
      query: prepared.query,
      queryParameters: op.queryParams,
      extraQuery: auth.query,
      headers: attemptHeaders(prepared, auth),
      body: prepared.body,
      signal: attemptScope.signal,
    },
    context.logger.debugEnabled || context.hooks.onRequest !== undefined
      ? async (request) => {
          if (context.logger.debugEnabled) {
            context.logger.debug(`→ ${request.method} ${request.url}`, log);
          }
          await context.hooks.onRequest?.({
            operationId: op.id,
            attempt,
            request: requestView(request, context.redactor),
            unredacted: () => ({ request }),
          });
        }
      : undefined,
  );
  if (!result.ok) {
    return afterFailure(run, classify(run, result.error, result.request !== undefined, attemptScope));
  }

  const { request, response } = result;
  run.progress.response = response;
  if (context.logger.debugEnabled) {
    context.logger.debug(`← ${response.status} ${request.method} ${request.url}`, log);
  }
  await context.hooks.onResponse?.({
    operationId: op.id,
    attempt,
    request: requestView(request, context.redactor),
    response: responseView(response, context.redactor),
    unredacted: () => ({ request, response }),
  });

  // Never followed (the credentials would go along): a redirect ends the call, unretried.
  const redirect = redirectOf(request, response, context.redactor);
  if (redirect !== undefined) {
    await discardBody(response);
    return { kind: "fail", error: new RedirectError({ operationId: op.id, ...redirect }) };
  }

  if (response.status === 401 && !prepared.oneShot && !run.renewedAfterUnauthorized && auth.renewAfterUnauthorized()) {
    run.renewedAfterUnauthorized = true;
    await discardBody(response);
    context.logger.info(`${op.id}: HTTP 401, renewing the access token and trying once more`, log);
    return { kind: "again", delayMs: 0 };
  }

  // An HTTP answer proves the request arrived: only retry-safe calls are sent again.
  // A streamed body has been read: it cannot be sent again.
  if (
    isRetryableStatus(response.status) &&
    prepared.retrySafe &&
    !prepared.oneShot &&
    run.retries < settings.maxRetries
  ) {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), Date.now());
    const delayMs = retryDelayMs(run.retries, settings, retryAfterMs, context.random);
    if (delayMs < scope.remainingMs()) {
      run.retries += 1;
      await discardBody(response);
      context.logger.info(`${op.id}: HTTP ${response.status}, retrying in ${delayMs} ms`, { ...log, delayMs });
      return { kind: "again", delayMs };
    }
  }

  try {
    const body = await readBody(response, attemptScope.signal, context.maxResponseBytes);
    return { kind: "done", exchange: { request, response, body } };
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return { kind: "fail", error: tooLarge(op.id, response, error) };
    }
    return afterFailure(run, classify(run, error, true, attemptScope));
  }
}

/** Sending again would bring the same body: a size failure is final. */
function tooLarge(operationId: string, response: Response, error: BodyTooLargeError): ResponseValidationError {
  return new ResponseValidationError({
    operationId,
    reason: "size",
    status: response.status,
    contentType: response.headers.get("content-type") ?? undefined,
    rawBody: "",
    issues: [{ path: [], message: `the body exceeds maxResponseBytes (${error.maxBytes}); it was not read` }],
  });
}

/** Headers of one attempt: defaults, then credentials, then what the caller set explicitly. */
function attemptHeaders(prepared: PreparedRequest, auth: AppliedAuth): HeaderRecord {
  if (auth.headers.length === 0) {
    return { ...prepared.defaultHeaders, ...prepared.explicitHeaders };
  }
  const credentials: HeaderRecord = {};
  for (const [name, value] of auth.headers) {
    setHeader(credentials, name, value);
  }
  return { ...prepared.defaultHeaders, ...credentials, ...prepared.explicitHeaders };
}

interface Failure {
  readonly error: BillforgeError;
  /** Undefined for failures that retrying cannot fix. */
  readonly maybeReachedServer: boolean | undefined;
}

/**
 * Names a failure. The scopes are asked first: when the caller aborted or a timeout
 * fired, what `fetch` threw is only a consequence. `sent`: fetch was called.
 */
function classify(run: Run, error: unknown, sent: boolean, attemptScope: AttemptScope | undefined): Failure {
  const operationId = run.prepared.op.id;
  const { redactor } = run.context;
  const stopped = run.scope.stopError();
  if (stopped !== undefined) {
    return { error: stopped, maybeReachedServer: undefined };
  }
  if (attemptScope?.timedOut === true) {
    return {
      error: new TimeoutError({ operationId, scope: "attempt", timeoutMs: attemptScope.timeoutMs }),
      maybeReachedServer: sent,
    };
  }
  if (error instanceof BillforgeError) {
    return { error, maybeReachedServer: undefined };
  }
  if (!sent) {
    const message = redactor.redact(error instanceof Error ? error.message : String(error));
    return {
      error: new RequestValidationError({
        operationId,
        issues: [{ path: [], message: `the request cannot be built: ${message}` }],
        cause: redactor.redactError(error),
      }),
      maybeReachedServer: undefined,
    };
  }
  const maybeReachedServer = !failedBeforeSending(error);
  const code = failureCode(error);
  const detail = `${code === undefined ? "" : ` (${code})`}${maybeReachedServer ? "" : " before the request was sent"}`;
  return {
    error: new ConnectionError({
      operationId,
      message: `${operationId}: connection failed${detail}`,
      maybeReachedServer,
      cause: redactor.redactError(error),
    }),
    maybeReachedServer,
  };
}

function afterFailure(run: Run, { error, maybeReachedServer }: Failure): Step {
  const retryable =
    maybeReachedServer !== undefined &&
    !run.prepared.oneShot &&
    maySendAgain(run.prepared.retrySafe, maybeReachedServer) &&
    run.retries < run.settings.maxRetries;
  if (!retryable) {
    return { kind: "fail", error };
  }
  const delayMs = retryDelayMs(run.retries, run.settings, undefined, run.context.random);
  if (delayMs >= run.scope.remainingMs()) {
    return { kind: "fail", error };
  }
  run.retries += 1;
  run.context.logger.info(`${error.message}; retrying in ${delayMs} ms`, { operationId: run.prepared.op.id, delayMs });
  return { kind: "again", delayMs };
}
