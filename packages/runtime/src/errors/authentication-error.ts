import { BillforgeError } from "./billforge-error.js";

/**
 * Why credentials could not be obtained: the token endpoint said no (`rejected`), could
 * not be reached (`network`), took too long (`timeout`) or answered nonsense (`malformed`).
 */
export type AuthenticationFailure = "rejected" | "network" | "timeout" | "malformed";

export interface AuthenticationErrorInit {
  readonly scheme: string;
  readonly failure: AuthenticationFailure;
  readonly message: string;
  readonly status?: number | undefined;
  /** The OAuth2 `error` code from the token response, e.g. `invalid_client`. */
  readonly oauthError?: string | undefined;
  readonly cause?: unknown;
}

/**
 * An OAuth2 token could not be obtained. Every call waiting on that token request gets
 * this same instance; the next call asks for a token again. It carries no secret.
 */
export class AuthenticationError extends BillforgeError {
  override readonly name: string = "AuthenticationError";
  readonly scheme: string;
  readonly failure: AuthenticationFailure;
  readonly status: number | undefined;
  readonly oauthError: string | undefined;

  constructor(init: AuthenticationErrorInit) {
    super(init.message, { cause: init.cause });
    this.scheme = init.scheme;
    this.failure = init.failure;
    this.status = init.status;
    this.oauthError = init.oauthError;
  }
}
