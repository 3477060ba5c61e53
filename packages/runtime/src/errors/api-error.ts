import { BillforgeError } from "./billforge-error.js";

/** A discriminant by status, so callers can `switch` instead of comparing numbers. */
export type ApiErrorKind =
  | "badRequest"
  | "unauthorized"
  | "forbidden"
  | "notFound"
  | "conflict"
  | "unprocessable"
  | "rateLimited"
  | "server"
  | "other";

const KIND_BY_STATUS: Readonly<Record<number, ApiErrorKind>> = {
  400: "badRequest",
  401: "unauthorized",
  403: "forbidden",
  404: "notFound",
  409: "conflict",
  422: "unprocessable",
  429: "rateLimited",
};

export function apiErrorKind(status: number): ApiErrorKind {
  return KIND_BY_STATUS[status] ?? (status >= 500 && status <= 599 ? "server" : "other");
}

/** What the runtime hands a provider's error class; every text in it is already redacted. */
export interface ApiErrorInit<TBody = unknown> {
  readonly operationId: string;
  readonly status: number;
  readonly statusText: string;
  /** The error body as decoded (and validated, unless validation is off). */
  readonly body: TBody;
  readonly headers: Headers;
  /** The provider's machine-readable code, e.g. `NOT_FOUND`. */
  readonly code: string | undefined;
  /** The provider's human message. */
  readonly providerMessage: string | undefined;
  /** Every message the provider listed (validation errors often come as a list). */
  readonly messages: readonly string[];
  readonly requestId: string | undefined;
}

/**
 * The provider answered with an HTTP error. Generated packages subclass it once per
 * provider (`HostupApiError`) so `instanceof` tells providers apart.
 */
export class ApiError<TBody = unknown> extends BillforgeError {
  override readonly name: string = "ApiError";
  readonly kind: ApiErrorKind;
  readonly operationId: string;
  readonly status: number;
  readonly code: string | undefined;
  readonly providerMessage: string | undefined;
  readonly messages: readonly string[];
  readonly body: TBody;
  readonly requestId: string | undefined;
  readonly headers: Headers;

  constructor(init: ApiErrorInit<TBody>) {
    super(describe(init));
    this.kind = apiErrorKind(init.status);
    this.operationId = init.operationId;
    this.status = init.status;
    this.code = init.code;
    this.providerMessage = init.providerMessage;
    this.messages = init.messages;
    this.body = init.body;
    this.requestId = init.requestId;
    this.headers = init.headers;
  }
}

/** The constructor a generated package passes as `errorClass`. */
export type ApiErrorClass = new (init: ApiErrorInit) => ApiError;

function describe(init: ApiErrorInit<unknown>): string {
  const text = init.providerMessage ?? (init.messages.length > 0 ? init.messages.join("; ") : init.statusText);
  const details = [
    init.code === undefined ? undefined : `code ${init.code}`,
    init.requestId === undefined ? undefined : `request id ${init.requestId}`,
  ].filter((detail) => detail !== undefined);
  const suffix = details.length > 0 ? ` (${details.join(", ")})` : "";
  return `${init.operationId}: HTTP ${init.status}${text === "" ? "" : ` ${text}`}${suffix}`;
}
