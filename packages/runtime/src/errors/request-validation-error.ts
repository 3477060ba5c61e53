import { summarizeIssues, type ValidationIssue } from "../validation/issues.js";
import { BillforgeError } from "./billforge-error.js";

/** The call's arguments are invalid or unsafe; nothing was sent. */
export class RequestValidationError extends BillforgeError {
  override readonly name: string = "RequestValidationError";
  readonly operationId: string;
  readonly issues: readonly ValidationIssue[];

  constructor(init: {
    readonly operationId: string;
    readonly issues: readonly ValidationIssue[];
    readonly cause?: unknown;
  }) {
    super(`${init.operationId}: invalid request, nothing was sent: ${summarizeIssues(init.issues)}`, {
      cause: init.cause,
    });
    this.operationId = init.operationId;
    this.issues = init.issues;
  }
}
