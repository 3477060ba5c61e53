import { BillforgeError } from "./billforge-error.js";

/** `attempt`: one try outlived `timeoutMs`; `deadline`: the call as a whole, retries included, outlived `deadlineMs`. */
export type TimeoutScope = "attempt" | "deadline";

export interface TimeoutErrorInit {
  readonly operationId: string;
  readonly scope: TimeoutScope;
  readonly timeoutMs: number;
}

export class TimeoutError extends BillforgeError {
  override readonly name: string = "TimeoutError";
  readonly operationId: string;
  readonly scope: TimeoutScope;
  readonly timeoutMs: number;

  constructor(init: TimeoutErrorInit) {
    super(
      init.scope === "attempt"
        ? `${init.operationId}: an attempt timed out after ${init.timeoutMs} ms`
        : `${init.operationId}: the call exceeded its ${init.timeoutMs} ms deadline`,
    );
    this.operationId = init.operationId;
    this.scope = init.scope;
    this.timeoutMs = init.timeoutMs;
  }
}
