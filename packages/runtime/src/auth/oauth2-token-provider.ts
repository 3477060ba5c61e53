import type { Logger } from "../observability/logger.js";
import type { IssuedToken, TokenGrant } from "./oauth2-token-request.js";

/** Tokens are renewed this long before they expire (at most half their lifetime), so none expires in flight. */
export const EXPIRY_SKEW_MS = 30_000;

export interface AccessToken {
  readonly value: string;
  /** Epoch ms after which the token is renewed before use; undefined: until a 401. */
  readonly renewAt: number | undefined;
}

export interface TokenProviderInit {
  readonly issue: (grant: TokenGrant) => Promise<IssuedToken>;
  readonly onIssued: (token: IssuedToken) => void;
  readonly now: () => number;
  readonly logger: Logger;
}

/**
 * Caches one OAuth2 access token and renews it. Issuing a token revokes the previous
 * one, so at most one token request is ever in flight: every caller waiting for a
 * token shares it, and shares its failure. A failed request is forgotten, so the next
 * caller tries again.
 */
export class OAuth2TokenProvider {
  private current: AccessToken | undefined;
  private refreshToken: string | undefined;
  private pending: Promise<AccessToken> | undefined;

  constructor(private readonly init: TokenProviderInit) {}

  /** A usable token; `signal` lets one caller stop waiting without cancelling the shared request. */
  token(signal: AbortSignal): Promise<AccessToken> {
    if (signal.aborted) {
      return Promise.reject(signal.reason);
    }
    const current = this.current;
    if (current !== undefined && (current.renewAt === undefined || this.init.now() < current.renewAt)) {
      return Promise.resolve(current);
    }
    this.pending ??= this.obtain().finally(() => {
      this.pending = undefined;
    });
    return whileNotAborted(this.pending, signal);
  }

  /**
   * Drops `token` after the API refused it (401). A token that was already replaced is
   * left alone: renewing again would revoke the replacement other calls now use.
   */
  invalidate(token: AccessToken): void {
    if (this.current === token) {
      this.current = undefined;
    }
  }

  private async obtain(): Promise<AccessToken> {
    const refreshToken = this.refreshToken;
    if (refreshToken !== undefined) {
      try {
        return this.store(await this.init.issue({ type: "refresh_token", refreshToken }));
      } catch (error) {
        this.refreshToken = undefined;
        this.init.logger.warn("OAuth2 refresh failed; requesting a new token with client credentials", { error });
      }
    }
    return this.store(await this.init.issue({ type: "client_credentials" }));
  }

  private store(issued: IssuedToken): AccessToken {
    this.init.onIssued(issued);
    const lifetime = issued.expiresInMs;
    const renewAt =
      lifetime === undefined ? undefined : this.init.now() + lifetime - Math.min(EXPIRY_SKEW_MS, lifetime / 2);
    this.current = { value: issued.accessToken, renewAt };
    this.refreshToken = issued.refreshToken ?? this.refreshToken;
    return this.current;
  }
}

/** Waits for `promise` unless `signal` aborts first; the handlers attached also mark a shared failure as handled. */
function whileNotAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => reject(signal.reason);
    signal.addEventListener("abort", stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", stop));
  });
}
