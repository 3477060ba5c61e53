import { type BodyCodec, findCodec } from "../body/body-codec.js";
import { formCodec } from "../body/form-codec.js";
import { jsonCodec } from "../body/json-codec.js";
import type { OperationDescriptor } from "../descriptors.js";
import { schemaIssues } from "../validation/schema-issues.js";
import { isFault, type MockAnswer, type MockHandler, type MockReply, type MockRequest } from "./answer.js";
import { Deduplication } from "./behaviours/deduplication.js";
import { Paging } from "./behaviours/paging.js";
import { oauth2Scheme, TokenEndpoint } from "./behaviours/token-endpoint.js";
import { credentialPlaces, type MockCall, redactBody, redactHeaders, redactUrl } from "./call-log.js";
import { checkBody } from "./check-body.js";
import { checkCredentials } from "./check-credentials.js";
import { contractSnapshot } from "./contract-snapshot.js";
import type { MockDefinition } from "./definition.js";
import { mswHandlers } from "./msw-handlers.js";
import { OverrideQueue } from "./override-queue.js";
import { parameterViolations } from "./parameter-violations.js";
import { defaultStatus, type RenderedAnswer, renderAnswer, responseFor } from "./render-answer.js";
import { compileRoutes, matchRoute, nearestRoute } from "./route.js";
import { delay, droppedConnection } from "./timing.js";
import { type MockViolation, MockViolationError } from "./violation.js";
import { wireArgs } from "./wire-args.js";

export interface MockOptions {
  /** The base URL the client is given; default `https://<name>.mock.billforge.test`. */
  readonly baseUrl?: string;
  /** Lifetime of tokens the token endpoint issues (OAuth2 APIs); default 3600. */
  readonly tokenLifetimeSeconds?: number;
  /** The mock's clock for token expiry; default `Date.now` (fake timers move it). */
  readonly now?: () => number;
}

/** The untyped engine a generated `testing` entry wraps with its operations' types. */
export interface MockEngine {
  readonly fetch: typeof fetch;
  readonly baseUrl: string;
  /** operationId → register an answer or a handler, optionally for the next `times` calls only. */
  readonly on: Readonly<Record<string, (reply: MockReply | MockHandler, options?: { times?: number }) => void>>;
  readonly calls: readonly MockCall[];
  readonly violations: readonly MockViolation[];
  /** Throws a `MockViolationError` listing every violation, if there was any. */
  assertNoViolations(): void;
  /** The call log as contract snapshot text (see `contractSnapshot`). */
  snapshot(): string;
  /** Serves `items` page by page for a paginated operation, with the provider's counters. */
  paginate(operationId: string, items: readonly unknown[], options?: { pageSize?: number }): void;
  /** OAuth2 APIs: every token issued so far is refused from now on (the next call gets a 401). */
  expireTokens(): void;
  /** OAuth2 APIs: token requests answered so far. */
  readonly tokenRequests: number;
  /**
   * The same checked mock as MSW request handlers (`server.use(...await mock.mswHandlers())`),
   * for suites whose client calls the global fetch. Needs the optional peer dependency `msw`.
   */
  mswHandlers(): Promise<import("msw").HttpHandler[]>;
  /** Forgets calls, violations, overrides, stored answers and tokens. */
  reset(): void;
}

export function createMock(definition: MockDefinition, options: MockOptions = {}): MockEngine {
  const base = new URL(options.baseUrl ?? `https://${definition.api.name}.mock.billforge.test`);
  const basePath = base.pathname.replace(/\/$/, "");
  const codecs: readonly BodyCodec[] = [...(definition.codecs ?? []), jsonCodec, formCodec];
  const routes = compileRoutes(definition.operations);
  const byId = new Map(definition.operations.map((op) => [op.id, op]));
  const places = credentialPlaces(definition.api);
  const overrides = new OverrideQueue();
  const calls: MockCall[] = [];
  const violations: MockViolation[] = [];
  const now = options.now ?? Date.now;
  // Behaviours outside the spec, each chosen by a fact of the descriptors, never by provider.
  const oauth2 = oauth2Scheme(definition.api.securitySchemes);
  const tokens = oauth2
    ? new TokenEndpoint(
        oauth2[0],
        oauth2[1],
        definition.credentials[oauth2[0]],
        options.tokenLifetimeSeconds ?? 3600,
        now,
      )
    : undefined;
  const dedup = definition.operations.some((op) => op.idempotencyKeyHeader) ? new Deduplication() : undefined;
  const paging = new Paging();
  const volatileHeaders = definition.operations.flatMap((op) =>
    op.idempotencyKeyHeader ? [op.idempotencyKeyHeader] : [],
  );

  const log = (call: MockCall) => {
    calls.push(call);
    violations.push(...call.violations);
  };

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const text = request.body === null ? "" : await request.text();
    const logged = {
      method: request.method,
      url: redactUrl(url, places),
      headers: redactHeaders(request.headers, places),
      ...(text !== "" ? { body: redactBody(text, places) } : {}),
    };
    if (tokens?.matches(request.method, url, base)) {
      const answer = tokens.answer(text);
      const body = JSON.stringify(answer.body);
      log({
        operation: "(token endpoint)",
        ...logged,
        args: {},
        answer: { status: answer.status, mediaType: "application/json", headers: {}, body: redactBody(body, places) },
        violations: answer.violations,
      });
      return new Response(body, { status: answer.status, headers: { "content-type": "application/json" } });
    }
    const pathname = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    const match = matchRoute(routes, request.method, pathname);
    if (match === undefined) {
      const near = nearestRoute(routes, request.method, pathname);
      const violation: MockViolation = {
        operation: near?.id ?? "(no operation)",
        pointer: "/path",
        rule: "route",
        message: `no operation of the spec serves ${request.method} ${pathname}${near ? ` (${near.path} has no further segment)` : ""}`,
      };
      const body = JSON.stringify({ error: violation.message });
      log({
        operation: violation.operation,
        ...logged,
        args: {},
        answer: { status: 404, mediaType: "application/json", headers: {}, body },
        violations: [violation],
      });
      return new Response(body, { status: 404, headers: { "content-type": "application/json" } });
    }
    const operation = match.operation;
    const found: MockViolation[] = [];
    const credentials = checkCredentials(operation, url, request.headers, {
      schemes: definition.api.securitySchemes,
      credentials: definition.credentials,
      tokenState: (token) => tokens?.state(token) ?? "unknown",
    });
    if (credentials.kind === "violations") {
      found.push(...credentials.violations);
    }
    const skip = new Set([...places.query]);
    const parameters = parameterViolations(operation, wireArgs(operation, match.path, url, request.headers, skip));
    found.push(...parameters.violations);
    // The client always sends the header a provider deduplicates on; the caller's schema may leave it optional.
    const dedupHeader = operation.idempotencyKeyHeader;
    if (dedupHeader !== undefined && !request.headers.has(dedupHeader)) {
      found.push({
        operation: operation.id,
        pointer: `/headers/${dedupHeader}`,
        rule: "required",
        message: `the deduplication id header ${dedupHeader} is missing`,
      });
    }
    const checkedBody = await checkBody(operation, text, request.headers.get("content-type"), codecs);
    found.push(...checkedBody.violations);
    const args = { ...parameters.args, ...(text !== "" ? { body: checkedBody.body } : {}) };
    const accept = request.headers.get("accept");
    const examples = definition.examples[operation.id];
    const finish = (rendered: RenderedAnswer, extra: MockViolation[] = [], replayed = false) => {
      log({
        operation: operation.id,
        ...logged,
        args,
        answer: {
          status: rendered.status,
          ...(rendered.mediaType ? { mediaType: rendered.mediaType } : {}),
          headers: rendered.headers,
          ...(rendered.text !== null ? { body: redactBody(rendered.text, places) } : {}),
        },
        violations: [...found, ...extra],
        ...(replayed ? { replayed } : {}),
      });
      return new Response(rendered.text, { status: rendered.status, headers: rendered.headers });
    };

    if (found.length > 0 || credentials.kind === "expired") {
      const security = credentials.kind !== "ok" && found.every((v) => v.rule === "security");
      const status = refusalStatus(operation, security ? [401, 403] : [400, 422]);
      const answer: MockAnswer = responseFor(operation, status)
        ? { status }
        : {
            status,
            body: { error: found.map((v) => v.message).join("; ") || "token expired" },
            mediaType: "application/json",
          };
      const { rendered } = await renderAnswer(operation, answer, accept, examples, codecs);
      return finish(rendered);
    }

    const replay = dedup?.replay(operation, request.headers);
    if (replay) {
      return finish(replay, [], true);
    }

    const mockRequest: MockRequest = {
      operation: operation.id,
      method: request.method,
      url: logged.url,
      path: (parameters.args.path ?? {}) as Record<string, unknown>,
      query: (parameters.args.query ?? {}) as Record<string, unknown>,
      headers: Object.fromEntries(request.headers),
      body: checkedBody.body,
    };
    const override = overrides.next(operation.id);
    const reply: MockReply = override
      ? typeof override === "function"
        ? await override(mockRequest)
        : override
      : { status: defaultStatus(operation) };
    if (isFault(reply) && reply.fault === "drop") {
      await delay(reply.delayMs, request.signal);
      log({
        operation: operation.id,
        ...logged,
        args,
        answer: { fault: "connection dropped before the request arrived" },
        violations: found,
      });
      throw droppedConnection();
    }
    const answer: MockAnswer = isFault(reply) ? (reply.answer ?? { status: defaultStatus(operation) }) : reply;
    const shaped: MockAnswer =
      answer.body === undefined && /^2/.test(String(answer.status)) && operation.pagination
        ? withPage(operation, answer, args, accept)
        : answer;
    const { rendered, violations: answerViolations } = await renderAnswer(operation, shaped, accept, examples, codecs);
    dedup?.remember(operation, request.headers, rendered);
    await delay(answer.delayMs ?? (isFault(reply) ? reply.delayMs : undefined), request.signal);
    if (isFault(reply)) {
      log({
        operation: operation.id,
        ...logged,
        args,
        answer: { fault: "connection dropped after the provider answered" },
        violations: answerViolations,
      });
      throw droppedConnection();
    }
    return finish(rendered, answerViolations);
  }

  /** The paged body: the spec's example with this request's slice of the items and counters. */
  function withPage(
    operation: OperationDescriptor,
    answer: MockAnswer,
    args: unknown,
    accept: string | null,
  ): MockAnswer {
    const response = responseFor(operation, answer.status);
    const byMedia = response ? definition.examples[operation.id]?.[response.status] : undefined;
    const template = byMedia ? Object.values(byMedia)[0] : undefined;
    const body = paging.shape(operation, args, template);
    void accept;
    return body === template ? answer : { ...answer, body };
  }

  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    return handle(request);
  };

  const on: Record<string, (reply: MockReply | MockHandler, options?: { times?: number }) => void> = {};
  for (const operation of definition.operations) {
    on[operation.id] = (reply, registration) => {
      if (typeof reply !== "function") {
        checkOverride(operation, reply, codecs);
      }
      overrides.add(operation.id, reply, registration?.times);
    };
  }

  return {
    fetch: fetchImpl as typeof fetch,
    baseUrl: base.href.replace(/\/$/, ""),
    on,
    calls,
    violations,
    assertNoViolations() {
      if (violations.length > 0) {
        throw new MockViolationError(violations);
      }
    },
    snapshot: () => contractSnapshot(calls, { volatileHeaders }),
    paginate(operationId, items, paginateOptions) {
      const operation = byId.get(operationId);
      if (operation === undefined) {
        throw new TypeError(`${operationId} is not an operation of ${definition.api.name}`);
      }
      paging.set(operation, items, paginateOptions?.pageSize ?? 10);
    },
    expireTokens() {
      if (tokens === undefined) {
        throw new TypeError(`${definition.api.name} has no OAuth2 token endpoint`);
      }
      tokens.expireAll();
    },
    get tokenRequests() {
      return tokens?.requests ?? 0;
    },
    mswHandlers: () => mswHandlers(base.origin, handle),
    reset() {
      calls.length = 0;
      violations.length = 0;
      overrides.clear();
      dedup?.reset();
      paging.reset();
      tokens?.reset();
    },
  };
}

/** The first of `preferred` the operation documents, else the first preferred. */
function refusalStatus(operation: OperationDescriptor, preferred: readonly number[]): number {
  return (
    preferred.find((status) => operation.responses.some((r) => r.status === String(status))) ?? preferred[0] ?? 400
  );
}

/**
 * A fixed answer is checked when registered, so a JavaScript caller learns at once that
 * it breaks the spec (TypeScript callers already got a type error).
 */
function checkOverride(operation: OperationDescriptor, reply: MockReply, codecs: readonly BodyCodec[]): void {
  const answer = !isFault(reply) ? reply : reply.fault === "lose-answer" ? reply.answer : undefined;
  if (answer === undefined) {
    return;
  }
  const response = responseFor(operation, answer.status);
  if (response === undefined) {
    if (answer.status >= 500) {
      return;
    }
    throw new TypeError(`${operation.id}: status ${answer.status} is not documented`);
  }
  if (answer.body === undefined) {
    return;
  }
  const media =
    response.media.find((m) => answer.mediaType === undefined || m.mediaType === answer.mediaType) ?? response.media[0];
  if (media?.schema === undefined || findCodec(codecs, media.mediaType) === undefined) {
    return;
  }
  const issue = schemaIssues(media.schema, answer.body, ["body"])[0];
  if (issue !== undefined) {
    throw new TypeError(
      `${operation.id}: the ${answer.status} answer breaks the spec at /${issue.path.map(String).join("/")}: ${issue.message}`,
    );
  }
}
