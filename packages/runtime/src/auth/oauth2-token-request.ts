import { looseObject, minLength, optional, string, unknown } from "zod/mini";
import { bytesToText } from "../body/decode-body.js";
import { encodeForm } from "../body/form-codec.js";
import { BodyTooLargeError, discardBody, readBody } from "../body/read-body.js";
import { safeJsonParse } from "../body/safe-json-parse.js";
import type { SecuritySchemeDescriptor } from "../descriptors.js";
import { AuthenticationError } from "../errors/authentication-error.js";
import { RedirectError } from "../errors/redirect-error.js";
import type { Redactor } from "../safety/redactor.js";
import { redirectOf } from "../safety/redirect.js";
import type { Transport } from "../transport/openapi-fetch-adapter.js";
import { summarizeIssues } from "../validation/issues.js";
import { englishErrors } from "../validation/schema-issues.js";
import type { Credential } from "./credential.js";
import { tokenLifetimeMs } from "./token-lifetime.js";

export type OAuth2Scheme = Extract<SecuritySchemeDescriptor, { type: "oauth2ClientCredentials" }>;
export type OAuth2Credential = Extract<Credential, { type: "oauth2ClientCredentials" }>;

export type TokenGrant =
  | { readonly type: "client_credentials" }
  | { readonly type: "refresh_token"; readonly refreshToken: string };

export interface IssuedToken {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  /** Absent when the server does not say; the token is then kept until a 401. */
  readonly expiresInMs: number | undefined;
}

export interface TokenEndpoint {
  readonly schemeName: string;
  readonly scheme: OAuth2Scheme;
  readonly credential: OAuth2Credential;
  /** Absolute and already checked (https or loopback). */
  readonly tokenUrl: string;
  readonly transport: Transport;
  readonly timeoutMs: number;
  readonly userAgent: string;
  readonly redactor: Pick<Redactor, "redact" | "redactError" | "redactUrl">;
}

/** A token response is a few hundred bytes; anything near this is not one. */
const TOKEN_RESPONSE_MAX_BYTES = 64 * 1024;

/** RFC 6749 §5.1, loosely: extra fields are allowed; `expires_in` is bounded, not checked (see token-lifetime.ts). */
const tokenResponseSchema = looseObject({
  access_token: string().check(minLength(1)),
  refresh_token: optional(string().check(minLength(1))),
  expires_in: optional(unknown()),
});

/** One token request (client credentials or refresh), with its own timeout; failures are AuthenticationErrors. */
export async function requestToken(endpoint: TokenEndpoint, grant: TokenGrant): Promise<IssuedToken> {
  const controller = new AbortController();
  const timer = Number.isFinite(endpoint.timeoutMs)
    ? setTimeout(() => controller.abort(), endpoint.timeoutMs)
    : undefined;
  try {
    const result = await endpoint.transport.send({
      method: "POST",
      baseUrl: endpoint.tokenUrl,
      path: "",
      query: {},
      queryParameters: [],
      extraQuery: [],
      headers: {
        "content-type":
          endpoint.scheme.requestEncoding === "json" ? "application/json" : "application/x-www-form-urlencoded",
        accept: "application/json",
        "user-agent": endpoint.userAgent,
      },
      body: encodeFields(endpoint, grant),
      signal: controller.signal,
    });
    if (!result.ok) {
      throw failure(endpoint, controller.signal.aborted ? "timeout" : "network", result.error);
    }
    // The token request carries the client secret: it never follows a redirect anywhere.
    const redirect = redirectOf(result.request, result.response, endpoint.redactor);
    if (redirect !== undefined) {
      await discardBody(result.response);
      throw redirected(
        endpoint,
        new RedirectError({ operationId: `${endpoint.schemeName} token request`, ...redirect }),
      );
    }
    const text = bytesToText(
      await readBody(result.response, controller.signal, TOKEN_RESPONSE_MAX_BYTES),
      result.response.headers.get("content-type") ?? undefined,
    );
    if (!result.response.ok) {
      throw rejection(endpoint, result.response.status, text);
    }
    return parseToken(endpoint, text);
  } catch (error) {
    if (error instanceof AuthenticationError) {
      throw error;
    }
    if (error instanceof BodyTooLargeError) {
      throw malformed(endpoint, error.message, undefined);
    }
    throw failure(endpoint, controller.signal.aborted ? "timeout" : "network", error);
  } finally {
    clearTimeout(timer);
  }
}

function encodeFields(endpoint: TokenEndpoint, grant: TokenGrant): string {
  const { credential, scheme } = endpoint;
  const fields: Record<string, string> = {
    grant_type: grant.type,
    ...(grant.type === "refresh_token" ? { refresh_token: grant.refreshToken } : {}),
    client_id: credential.clientId,
    client_secret: credential.clientSecret,
    ...(grant.type === "client_credentials" && scheme.scopes.length > 0 ? { scope: scheme.scopes.join(" ") } : {}),
    ...credential.extra,
  };
  return scheme.requestEncoding === "json" ? JSON.stringify(fields) : encodeForm(fields);
}

function parseToken(endpoint: TokenEndpoint, text: string): IssuedToken {
  let parsed: unknown;
  try {
    parsed = safeJsonParse(text);
  } catch (error) {
    throw malformed(endpoint, "the body is not JSON", error);
  }
  const result = tokenResponseSchema.safeParse(parsed, { error: englishErrors() });
  if (!result.success) {
    throw malformed(endpoint, summarizeIssues(result.error.issues), undefined);
  }
  const { access_token: accessToken, refresh_token: refreshToken, expires_in: expiresIn } = result.data;
  return {
    accessToken,
    refreshToken,
    expiresInMs: tokenLifetimeMs(expiresIn),
  };
}

function rejection(endpoint: TokenEndpoint, status: number, text: string): AuthenticationError {
  const body = tryJson(text);
  const oauthError = stringField(body, "error");
  const description = stringField(body, "error_description");
  const detail = [oauthError, description].filter((part) => part !== undefined).join(": ");
  return new AuthenticationError({
    scheme: endpoint.schemeName,
    failure: "rejected",
    status,
    oauthError: oauthError === undefined ? undefined : endpoint.redactor.redact(oauthError),
    message: endpoint.redactor.redact(
      `OAuth2 token request for ${endpoint.schemeName} to ${location(endpoint)} was rejected with HTTP ${status}${detail === "" ? "" : ` (${detail})`}`,
    ),
  });
}

function redirected(endpoint: TokenEndpoint, cause: RedirectError): AuthenticationError {
  return new AuthenticationError({
    scheme: endpoint.schemeName,
    failure: "rejected",
    status: cause.status,
    message: `OAuth2 token request for ${endpoint.schemeName} to ${location(endpoint)} was answered with a redirect (HTTP ${cause.status}); the client secret is never sent after one`,
    cause,
  });
}

function malformed(endpoint: TokenEndpoint, reason: string, cause: unknown): AuthenticationError {
  return new AuthenticationError({
    scheme: endpoint.schemeName,
    failure: "malformed",
    message: endpoint.redactor.redact(
      `OAuth2 token response for ${endpoint.schemeName} from ${location(endpoint)} is unusable: ${reason}`,
    ),
    cause: endpoint.redactor.redactError(cause),
  });
}

function failure(endpoint: TokenEndpoint, kind: "timeout" | "network", cause: unknown): AuthenticationError {
  return new AuthenticationError({
    scheme: endpoint.schemeName,
    failure: kind,
    message:
      kind === "timeout"
        ? `OAuth2 token request for ${endpoint.schemeName} to ${location(endpoint)} timed out after ${endpoint.timeoutMs} ms`
        : `OAuth2 token request for ${endpoint.schemeName} to ${location(endpoint)} failed before a response`,
    cause: kind === "timeout" ? undefined : endpoint.redactor.redactError(cause),
  });
}

/** Origin and path only: enough to find the endpoint, nothing that could carry a secret. */
function location(endpoint: TokenEndpoint): string {
  const url = new URL(endpoint.tokenUrl);
  return `${url.origin}${url.pathname}`;
}

function tryJson(text: string): unknown {
  try {
    return safeJsonParse(text);
  } catch {
    return undefined;
  }
}

function stringField(body: unknown, key: string): string | undefined {
  if (typeof body !== "object" || body === null || !Object.hasOwn(body, key)) {
    return undefined;
  }
  const value = (body as Record<string, unknown>)[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}
