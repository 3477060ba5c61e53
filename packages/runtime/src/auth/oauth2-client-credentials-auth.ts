import { ConfigurationError } from "../errors/configuration-error.js";
import { checkedBaseUrl } from "../safety/base-url.js";
import type { AuthContext, AuthMethod, SchemeUse } from "./auth-method.js";
import { OAuth2TokenProvider } from "./oauth2-token-provider.js";
import { requestToken } from "./oauth2-token-request.js";

/**
 * OAuth2 client credentials: a token fetched on first use, cached, renewed before expiry
 * and once after a 401, by one request at a time (see OAuth2TokenProvider).
 */
export const oauth2ClientCredentialsAuth: AuthMethod<"oauth2ClientCredentials"> = {
  credentialType: "oauth2ClientCredentials",
  prepare(use, context) {
    const provider = createTokenProvider(use, context);
    return async (signal) => {
      const token = await provider.token(signal);
      return { header: ["Authorization", `Bearer ${token.value}`], invalidate: () => provider.invalidate(token) };
    };
  },
};

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/i;

/**
 * The one rule for token URLs: an absolute one is used as it is; any other is appended
 * to the client's base URL, path included, exactly like an operation path
 * (`https://proxy.test/exsited` + `/api/v1/oauth2/token`), so a gateway or a tenant
 * prefix in `baseUrl` applies to the token request too.
 */
export function resolveTokenUrl(tokenUrl: string, baseUrl: string): string {
  if (ABSOLUTE_URL.test(tokenUrl)) {
    return tokenUrl;
  }
  return `${baseUrl.replace(/\/+$/, "")}/${tokenUrl.replace(/^\/+/, "")}`;
}

function createTokenProvider(
  { name, scheme, credential }: SchemeUse<"oauth2ClientCredentials">,
  context: AuthContext,
): OAuth2TokenProvider {
  for (const field of Object.keys(credential.extra ?? {})) {
    if (!scheme.extraFields.includes(field)) {
      throw new ConfigurationError(
        `credentials.${name}.extra.${field} is not a token request field of ${name} (known: ${scheme.extraFields.join(", ") || "none"})`,
      );
    }
  }
  const tokenUrl = checkedBaseUrl(resolveTokenUrl(scheme.tokenUrl, context.baseUrl), `${name} tokenUrl`);
  const endpoint = {
    schemeName: name,
    scheme,
    credential,
    tokenUrl,
    transport: context.transport,
    timeoutMs: context.tokenTimeoutMs,
    userAgent: context.userAgent,
    redactor: context.redactor,
  };
  return new OAuth2TokenProvider({
    issue: (grant) => {
      context.logger.debug("Requesting an OAuth2 token", { scheme: name, grant: grant.type });
      return requestToken(endpoint, grant);
    },
    onIssued: (issued) => {
      context.redactor.rotateSecret(`${name}:access`, issued.accessToken);
      if (issued.refreshToken !== undefined) {
        context.redactor.rotateSecret(`${name}:refresh`, issued.refreshToken);
      }
    },
    now: context.now,
    logger: context.logger,
  });
}
