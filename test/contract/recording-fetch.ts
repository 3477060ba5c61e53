/** What the client put on the wire, as a test reads it. */
export interface RecordedExchange {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface CannedResponse {
  readonly status: number;
  readonly mediaType: string | undefined;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A `fetch` that records every request and answers each with the canned response: the
 * contract tests' transport. It sits below the runtime's transport adapter, so the
 * recorded wire format does not depend on which HTTP library the runtime uses.
 */
export function recordingFetch(answer: CannedResponse): { fetch: typeof fetch; requests: RecordedExchange[] } {
  const requests: RecordedExchange[] = [];
  const stub = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    requests.push({ method: request.method, url: request.url, headers, body: await request.text() });
    return new Response(encodeBody(answer), {
      status: answer.status,
      headers: { ...(answer.mediaType ? { "content-type": answer.mediaType } : {}), ...answer.headers },
    });
  };
  return { fetch: stub as typeof fetch, requests };
}

function encodeBody(answer: CannedResponse): BodyInit | null {
  if (answer.body === undefined || answer.status === 204) {
    return null;
  }
  if (typeof answer.body === "string" && !/json/.test(answer.mediaType ?? "")) {
    return answer.body;
  }
  return JSON.stringify(answer.body);
}
