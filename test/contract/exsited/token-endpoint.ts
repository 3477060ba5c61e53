/**
 * Exsited's OAuth2 token endpoint in front of a contract-test transport.
 *
 * The shared recording fetch answers every request with the case's canned response, so
 * the client's own token request would get it too. This wrapper answers POSTs to the
 * token URL itself, with a fresh token each time, and passes everything else to the
 * wrapped fetch: the recorded exchange holds only the API call.
 */

export const BASE_URL = "https://example.exsited.com";
export const TOKEN_URL = `${BASE_URL}/api/v1/oauth2/token`;
export const CLIENT_ID = "contract-client-id-3c8e";
export const CLIENT_SECRET = "contract-client-secret-91fa7d";
export const REDIRECT_URI = "https://app.example.com/oauth/callback";

/** Access and refresh tokens handed out in order; none is a prefix of another, so redaction is exact. */
export const ACCESS_TOKENS = ["xat.first.5d2e81", "xat.second.b7c03f", "xat.third.9a41d6"] as const;
export const REFRESH_TOKENS = ["xrt.first.0f6b27", "xrt.second.e3a958", "xrt.third.4c7d10"] as const;

/** Every secret that can reach a snapshot, by the placeholder name that replaces it. */
export const SECRETS: Readonly<Record<string, string>> = {
  clientSecret: CLIENT_SECRET,
  clientId: CLIENT_ID,
  ...Object.fromEntries(ACCESS_TOKENS.map((token, index) => [`accessToken${index + 1}`, token])),
  ...Object.fromEntries(REFRESH_TOKENS.map((token, index) => [`refreshToken${index + 1}`, token])),
};

export interface TokenRequest {
  readonly contentType: string | null;
  readonly body: Record<string, unknown>;
}

/** Wraps `inner`: token requests are answered here and listed in `tokenRequests`, never passed on. */
export function withTokenEndpoint(inner: typeof fetch): { fetch: typeof fetch; tokenRequests: TokenRequest[] } {
  const tokenRequests: TokenRequest[] = [];
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (request.method !== "POST" || request.url !== TOKEN_URL) {
      return inner(request);
    }
    const issued = tokenRequests.length;
    tokenRequests.push({
      contentType: request.headers.get("content-type"),
      body: JSON.parse(await request.text()) as Record<string, unknown>,
    });
    const accessToken = ACCESS_TOKENS[issued];
    if (accessToken === undefined) {
      return new Response("too many token requests", { status: 500 });
    }
    return Response.json({ access_token: accessToken, refresh_token: REFRESH_TOKENS[issued], expires_in: 3600 });
  };
  return { fetch: wrapped as typeof fetch, tokenRequests };
}
