import { BillforgeError } from "./billforge-error.js";

export interface ConnectionErrorInit {
  readonly operationId: string;
  readonly message: string;
  /**
   * False only when the failure proves the request never left (connection refused, DNS
   * failure, connect timeout); a non-idempotent call is retried only then.
   */
  readonly maybeReachedServer: boolean;
  readonly cause: unknown;
}

/** No HTTP response arrived: the connection failed or broke. */
export class ConnectionError extends BillforgeError {
  override readonly name: string = "ConnectionError";
  readonly operationId: string;
  readonly maybeReachedServer: boolean;

  constructor(init: ConnectionErrorInit) {
    super(init.message, { cause: init.cause });
    this.operationId = init.operationId;
    this.maybeReachedServer = init.maybeReachedServer;
  }
}
