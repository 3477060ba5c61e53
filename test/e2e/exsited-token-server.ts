import { type Behaviour, type RecordedRequest, startTestServer } from "../support/test-server.js";

/**
 * A local stand-in for one Exsited tenant: a real HTTP server (test/support/test-server.ts)
 * that issues OAuth2 tokens at `POST /api/v1/oauth2/token` the way Exsited documents it
 * (JSON body with `grant_type`, `client_id`, `client_secret`, `redirect_uri`; answer
 * `{access_token, refresh_token, expires_in}`), and checks the bearer token of every other
 * request before the test's own handler answers it. Like Exsited, issuing a token revokes
 * the previous one, and a token stops working `expires_in` seconds after it was issued.
 */

export const TOKEN_PATH = "/api/v1/oauth2/token";

export interface TenantCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
}

export interface ExsitedServerOptions {
  readonly credentials: TenantCredentials;
  /** Lifetime of issued tokens, in seconds. Default 3600. */
  readonly expiresIn?: number;
  /** What the token response says in `expires_in`, when it should differ from the real lifetime (garbage, 0). */
  readonly announcedExpiresIn?: unknown;
  /** Where tokens are issued: a tenant behind a path prefix. Default TOKEN_PATH. */
  readonly tokenPath?: string;
  /** Answers the token request with this index instead of issuing a token (a redirect, say). */
  readonly tokenOverride?: (index: number) => Behaviour | undefined;
  /** Delay before answering the token request with this index (0-based), e.g. to time it out. */
  readonly tokenDelayMs?: (index: number) => number | undefined;
  /** Answers an API request whose bearer token is valid; index counts authorised API requests. */
  readonly api: (request: RecordedRequest, index: number) => Behaviour;
}

export interface TokenRequestSeen {
  readonly contentType: string | undefined;
  readonly body: Record<string, unknown>;
  /** Whether the server issued a token for it. */
  readonly granted: boolean;
}

export interface ApiRequestSeen {
  readonly method: string;
  readonly url: string;
  /** The bearer token sent, if any. */
  readonly token: string | undefined;
  /** The server refused the token (answered 401 itself). */
  readonly refused: boolean;
}

export interface ExsitedTestServer {
  /** `http://127.0.0.1:<port>`: the tenant's base URL. */
  readonly url: string;
  readonly tokenRequests: TokenRequestSeen[];
  readonly apiRequests: ApiRequestSeen[];
  /** Access tokens issued, in order. */
  readonly issued: string[];
  /** Ends the current access token (the refresh token stays usable), as a token issued elsewhere would. */
  revokeAccessToken(): void;
  close(): Promise<void>;
}

/** The body Exsited sends with a refused token: `{errors: [{code, message}]}`. */
export const UNAUTHORIZED_BODY = { errors: [{ code: "UNAUTHORIZED", message: "Invalid or expired access token" }] };

export async function startExsitedServer(options: ExsitedServerOptions): Promise<ExsitedTestServer> {
  const expiresIn = options.expiresIn ?? 3600;
  const tokenRequests: TokenRequestSeen[] = [];
  const apiRequests: ApiRequestSeen[] = [];
  const issued: string[] = [];
  let current: { accessToken: string; expiresAt: number } | undefined;
  let refreshToken: string | undefined;
  let authorised = 0;

  const issueToken = (request: RecordedRequest): Behaviour => {
    const index = tokenRequests.length;
    const override = options.tokenOverride?.(index);
    if (override !== undefined) {
      tokenRequests.push({
        contentType: request.headers["content-type"],
        body: parseJson(request.body),
        granted: false,
      });
      return override;
    }
    const body = parseJson(request.body);
    const contentType = request.headers["content-type"];
    const { credentials } = options;
    const clientOk =
      body.client_id === credentials.clientId &&
      body.client_secret === credentials.clientSecret &&
      body.redirect_uri === credentials.redirectUri;
    const grantOk =
      body.grant_type === "client_credentials" ||
      (body.grant_type === "refresh_token" && refreshToken !== undefined && body.refresh_token === refreshToken);
    const granted = contentType === "application/json" && clientOk && grantOk;
    tokenRequests.push({ contentType, body, granted });
    const delayMs = options.tokenDelayMs?.(index);
    const answer = (status: number, body: unknown): Behaviour => ({
      status,
      body,
      ...(delayMs !== undefined ? { delayMs } : {}),
    });
    if (!clientOk) {
      // Echoes what it was sent, as careless servers do: the client must keep it out of its errors.
      return answer(401, {
        error: "invalid_client",
        error_description: `client ${String(body.client_id)} with secret ${String(body.client_secret)} is not registered`,
      });
    }
    if (!granted) {
      return answer(400, { error: "invalid_grant" });
    }
    // Issued on arrival: a token request still being answered has already revoked the previous token.
    const accessToken = `e2e-access-${index + 1}-${Math.random().toString(36).slice(2, 10)}`;
    refreshToken = `e2e-refresh-${index + 1}-${Math.random().toString(36).slice(2, 10)}`;
    current = { accessToken, expiresAt: Date.now() + expiresIn * 1000 };
    issued.push(accessToken);
    const announced = "announcedExpiresIn" in options ? options.announcedExpiresIn : expiresIn;
    return answer(200, { access_token: accessToken, refresh_token: refreshToken, expires_in: announced });
  };

  const server = await startTestServer((request) => {
    if (request.method === "POST" && request.url === (options.tokenPath ?? TOKEN_PATH)) {
      return issueToken(request);
    }
    const authorization = request.headers.authorization;
    const token = authorization?.startsWith("Bearer ") ? authorization.slice("Bearer ".length) : undefined;
    const valid = current !== undefined && token === current.accessToken && Date.now() < current.expiresAt;
    apiRequests.push({ method: request.method, url: request.url, token, refused: !valid });
    if (!valid) {
      return { status: 401, body: UNAUTHORIZED_BODY };
    }
    return options.api(request, authorised++);
  });

  return {
    url: server.url,
    tokenRequests,
    apiRequests,
    issued,
    revokeAccessToken: () => {
      current = undefined;
    },
    close: () => server.close(),
  };
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
