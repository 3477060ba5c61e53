import { summarizeIssues, type ValidationIssue } from "../validation/issues.js";
import { BillforgeError } from "./billforge-error.js";

/**
 * Why the provider's response broke the contract: `schema` (body does not match),
 * `malformed` (body cannot be decoded, or is empty where one is documented),
 * `contentType` (undocumented media type), `status` (undocumented success status),
 * `size` (body longer than `maxResponseBytes`; not read, so `rawBody` is empty).
 */
export type ResponseValidationReason = "schema" | "malformed" | "contentType" | "status" | "size";

export interface ResponseValidationErrorInit {
  readonly operationId: string;
  readonly reason: ResponseValidationReason;
  readonly status: number;
  readonly contentType: string | undefined;
  /** The body as received (decoded as text, credentials redacted), for diagnosis. */
  readonly rawBody: string;
  readonly issues: readonly ValidationIssue[];
  readonly cause?: unknown;
}

/** The provider broke the contract; the raw body is attached. */
export class ResponseValidationError extends BillforgeError {
  override readonly name: string = "ResponseValidationError";
  readonly operationId: string;
  readonly reason: ResponseValidationReason;
  readonly status: number;
  readonly contentType: string | undefined;
  readonly rawBody: string;
  readonly issues: readonly ValidationIssue[];

  constructor(init: ResponseValidationErrorInit) {
    super(
      `${init.operationId}: HTTP ${init.status} response broke the contract (${init.reason}): ${summarizeIssues(init.issues)}`,
      { cause: init.cause },
    );
    this.operationId = init.operationId;
    this.reason = init.reason;
    this.status = init.status;
    this.contentType = init.contentType;
    this.rawBody = init.rawBody;
    this.issues = init.issues;
  }
}
