import { BillforgeError } from "./billforge-error.js";

export interface RedirectErrorInit {
  readonly operationId: string;
  readonly status: number;
  /** Where the server pointed, redacted (no user info, credential parameters hidden); undefined without a usable Location. */
  readonly location: string | undefined;
  /** The Location has the request's origin (scheme, host and port). */
  readonly sameOrigin: boolean;
}

/**
 * The server answered with a redirect (3xx). Redirects are never followed: following one
 * would send the credentials (and a POST body) to wherever the Location says. Nothing
 * was sent to the new location; the call is not retried.
 */
export class RedirectError extends BillforgeError {
  override readonly name: string = "RedirectError";
  readonly operationId: string;
  readonly status: number;
  readonly location: string | undefined;
  readonly sameOrigin: boolean;

  constructor(init: RedirectErrorInit) {
    super(
      `${init.operationId}: HTTP ${init.status} redirect to ${init.location ?? "an unknown location"}${init.sameOrigin ? "" : " (another origin)"}; redirects are never followed`,
    );
    this.operationId = init.operationId;
    this.status = init.status;
    this.location = init.location;
    this.sameOrigin = init.sameOrigin;
  }
}
