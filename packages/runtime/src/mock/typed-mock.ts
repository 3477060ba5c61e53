import type { MockRequest } from "./answer.js";
import { createMock, type MockEngine, type MockOptions } from "./create-mock.js";
import type { MockDefinition } from "./definition.js";

/**
 * Types of a provider mock, read from openapi-typescript's `operations` interface of the
 * generated package: each operation's overrides take only its documented statuses, each
 * with its documented body.
 */
type Responses<Op> = Op extends { responses: infer R } ? R : never;
type BodyOf<Response> = Response extends { content: infer C } ? C[keyof C] : never;
type StatusOf<Key> = Key extends number ? Key : Key extends `${infer N extends number}` ? N : number; // `default` and ranges (`4XX`) take any status
type AnswerOptions = {
  /** Omitted: the media type the request accepts, else the first documented. */
  readonly mediaType?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long before answering. */
  readonly delayMs?: number;
};

/** A documented answer of one operation: status and body typed from the spec; body omitted: the example. */
export type MockAnswerFor<Op> =
  | {
      [Key in keyof Responses<Op>]: AnswerOptions & {
        readonly status: StatusOf<Key>;
        readonly body?: BodyOf<Responses<Op>[Key]>;
      };
    }[keyof Responses<Op>]
  | ProviderFailure<Exclude<500 | 502 | 503 | 504, StatusOf<keyof Responses<Op>>>>;

/**
 * An outage answer the spec does not document, for retry tests: the provider's gateway
 * says it, not the API. A documented 5xx keeps its documented body type.
 */
export type ProviderFailure<Status extends number = 500 | 502 | 503 | 504> = AnswerOptions & {
  readonly status: Status;
  readonly body?: unknown;
};

export type MockReplyFor<Op> =
  | MockAnswerFor<Op>
  | { readonly fault: "drop"; readonly delayMs?: number }
  | { readonly fault: "lose-answer"; readonly answer?: MockAnswerFor<Op>; readonly delayMs?: number };

type Parameters<Op, Key extends string> = Op extends { parameters: infer P }
  ? P extends { [K in Key]?: infer V }
    ? [NonNullable<V>] extends [never]
      ? Record<string, never>
      : NonNullable<V>
    : Record<string, never>
  : Record<string, never>;
type RequestBodyOf<Op> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C[keyof C]
    : undefined
  : undefined;

/** The request an override handler gets: parameters and body as decoded from the wire. */
export type MockRequestFor<Op> = Omit<MockRequest, "path" | "query" | "body"> & {
  readonly path: Parameters<Op, "path">;
  readonly query: Partial<Parameters<Op, "query">>;
  readonly body: RequestBodyOf<Op>;
};

export type MockHandlerFor<Op> = (request: MockRequestFor<Op>) => MockReplyFor<Op> | Promise<MockReplyFor<Op>>;

/** `mock.on.getInvoice(answer | handler, { times })`, one entry per operation. */
export type MockOn<Operations> = {
  readonly [Id in keyof Operations]: (
    reply: MockReplyFor<Operations[Id]> | MockHandlerFor<Operations[Id]>,
    options?: { readonly times?: number },
  ) => void;
};

/** A client's options with the mock's base URL and fetch filled in (and its credentials). */
export type MockClientOptions<Options extends { baseUrl?: unknown; fetch?: unknown }> = Omit<
  Options,
  "baseUrl" | "fetch"
> & {
  readonly baseUrl: string;
  readonly fetch: NonNullable<Options["fetch"]>;
};

/** What `mock<Provider>()` returns: the engine, typed, and the client options that reach it. */
export interface ProviderMock<Operations, ClientOptions, Paginated extends string = never>
  extends Omit<MockEngine, "on" | "paginate"> {
  readonly on: MockOn<Operations>;
  /** Pass to `create<Provider>Client`: the mock's fetch, base URL and credentials. */
  readonly clientOptions: ClientOptions;
  paginate(operationId: Paginated, items: readonly unknown[], options?: { pageSize?: number }): void;
}

/** Used by generated `testing` entries: the engine plus the client options carrying the mock's credentials. */
export function createProviderMock<Operations, ClientOptions, Paginated extends string = never>(
  definition: MockDefinition,
  credentialOptions: Readonly<Record<string, string>>,
  options?: MockOptions,
): ProviderMock<Operations, ClientOptions, Paginated> {
  const engine = createMock(definition, options);
  // Retries against a mock need no back-off: retry tests stay fast, and the order of calls is the same.
  const clientOptions = {
    ...credentialOptions,
    baseUrl: engine.baseUrl,
    fetch: engine.fetch,
    retryBaseDelayMs: 1,
    retryMaxDelayMs: 5,
  };
  return Object.assign(engine, { clientOptions }) as unknown as ProviderMock<Operations, ClientOptions, Paginated>;
}
