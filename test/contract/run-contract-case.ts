import type { ContractCase } from "./contract-cases.js";
import { type RecordedExchange, recordingFetch } from "./recording-fetch.js";

type SafeCall = (...args: unknown[]) => Promise<{ data: unknown; error: unknown; response: Response | undefined }>;

/** The part of a generated client the contract tests drive: its non-throwing methods. */
export interface ContractClient {
  readonly safe: object;
}

export interface ContractOutcome {
  readonly requests: readonly RecordedExchange[];
  readonly data: unknown;
  readonly error: unknown;
  /** The readable snapshot: wire request, canned response, parsed outcome; secrets replaced. */
  readonly snapshot: string;
}

/**
 * Calls one operation of a generated client through a recording transport (no retries, so
 * each case is exactly one exchange) and renders what crossed the wire and what came back.
 */
export async function runContractCase(
  contractCase: ContractCase,
  createClient: (fetch: typeof globalThis.fetch) => ContractClient,
  secrets: Readonly<Record<string, string>>,
): Promise<ContractOutcome> {
  const { fetch, requests } = recordingFetch(contractCase.response);
  const client = createClient(fetch);
  const method = (client.safe as Record<string, SafeCall>)[contractCase.operation.identifier];
  if (!method) {
    throw new Error(`client has no method ${contractCase.operation.identifier}`);
  }
  const options = { maxRetries: 0 };
  const result = contractCase.takesArgs ? await method(contractCase.args, options) : await method(options);
  const snapshot = redact(render(contractCase, requests, result.data, result.error), secrets);
  return { requests, data: result.data, error: result.error, snapshot };
}

function render(
  contractCase: ContractCase,
  requests: readonly RecordedExchange[],
  data: unknown,
  error: unknown,
): string {
  const { operation, response } = contractCase;
  const lines = [`# ${operation.id}: ${operation.method} ${operation.path}`, ""];
  if (requests.length === 0) {
    lines.push("(nothing was sent)", "");
  }
  for (const request of requests) {
    lines.push(`${request.method} ${request.url}`);
    for (const name of Object.keys(request.headers).sort()) {
      lines.push(`${name}: ${request.headers[name]}`);
    }
    lines.push("", request.body === "" ? "(no body)" : pretty(request.body), "");
  }
  lines.push(`--> ${response.status}${response.mediaType ? ` ${response.mediaType}` : ""}`);
  lines.push(response.body === undefined ? "(no body)" : pretty(response.body), "");
  if (error) {
    lines.push("= error", JSON.stringify(describeError(error), null, 2));
  } else {
    lines.push("= data", data === undefined ? "undefined" : JSON.stringify(data, null, 2));
  }
  return `${lines.join("\n")}\n`;
}

function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return { thrown: String(error) };
  }
  const fields = error as Error & Record<string, unknown>;
  const picked: Record<string, unknown> = { name: error.name, message: error.message };
  for (const key of ["status", "kind", "code", "requestId", "operationId", "messages", "body", "issues"]) {
    if (fields[key] !== undefined) {
      picked[key] = fields[key];
    }
  }
  return picked;
}

/** JSON indented; any other text (XML) as it is. */
function pretty(body: unknown): string {
  if (typeof body !== "string") {
    return JSON.stringify(body, null, 2);
  }
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function redact(text: string, secrets: Readonly<Record<string, string>>): string {
  let out = text;
  for (const [name, value] of Object.entries(secrets)) {
    out = out.replaceAll(value, `<${name}>`).replaceAll(encodeURIComponent(value), `<${name}>`);
  }
  return out;
}
