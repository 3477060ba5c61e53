/** A fault instead of an answer: what a network or a provider outage does to a call. */
export type MockFault =
  /** The connection drops before the request reaches the provider: nothing happened there. */
  | { readonly fault: "drop"; readonly delayMs?: number }
  /** The provider did the work, then the connection dropped before the answer arrived. */
  | { readonly fault: "lose-answer"; readonly answer?: MockAnswer; readonly delayMs?: number };

/** An answer as the engine handles it, untyped; generated `testing` entries type it per operation. */
export interface MockAnswer {
  readonly status: number;
  /** Omitted: the spec's example for this status. */
  readonly body?: unknown;
  /** Omitted: the media type the request accepts, else the first documented. */
  readonly mediaType?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long before answering (an abort or a timeout can interrupt it). */
  readonly delayMs?: number;
}

export type MockReply = MockAnswer | MockFault;

export function isFault(reply: MockReply): reply is MockFault {
  return "fault" in reply;
}

/** A request as an override handler sees it: values decoded from the wire, as sent. */
export interface MockRequest {
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

export type MockHandler = (request: MockRequest) => MockReply | Promise<MockReply>;
