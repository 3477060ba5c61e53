import { BillforgeError } from "./billforge-error.js";

/** The caller's AbortSignal fired; `cause` is the signal's reason. */
export class AbortError extends BillforgeError {
  override readonly name: string = "AbortError";
  readonly operationId: string;

  constructor(init: { readonly operationId: string; readonly cause: unknown }) {
    super(`${init.operationId}: aborted by the caller`, { cause: init.cause });
    this.operationId = init.operationId;
  }
}
