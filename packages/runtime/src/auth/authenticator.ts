import type { ApiDescriptor, OperationDescriptor, SecuritySchemeDescriptor } from "../descriptors.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import type { Logger } from "../observability/logger.js";
import { checkedBaseUrl } from "../safety/base-url.js";
import { headerProblem } from "../safety/headers.js";
import type { Redactor } from "../safety/redactor.js";
import type { Transport } from "../transport/openapi-fetch-adapter.js";
import type { QueryPair } from "../transport/query-serializer.js";
import { basicAuthorization } from "./basic.js";
import { acceptsCredential, type Credential, credentialSecrets, describeScheme } from "./credential.js";
import { type AccessToken, OAuth2TokenProvider } from "./oauth2-token-provider.js";
import { type OAuth2Credential, type OAuth2Scheme, requestToken } from "./oauth2-token-request.js";

export type HeaderPair = readonly [name: string, value: string];

/** What one attempt adds to the request to authenticate it. */
export interface AppliedAuth {
  readonly headers: readonly HeaderPair[];
  readonly query: readonly QueryPair[];
  /**
   * After a 401: forgets the OAuth2 tokens this attempt used. True when the attempt
   * used such a token, i.e. when trying again with a fresh one could succeed.
   */
  readonly renewAfterUnauthorized: () => boolean;
}

export interface Authenticator {
  /** The first security alternative of `op` whose schemes all have credentials. */
  schemesFor(op: OperationDescriptor): readonly string[];
  apply(schemes: readonly string[], signal: AbortSignal): Promise<AppliedAuth>;
}

export interface AuthenticatorInit {
  readonly api: ApiDescriptor;
  readonly credentials: Readonly<Record<string, Credential | undefined>>;
  readonly baseUrl: string;
  readonly transport: Transport;
  readonly tokenTimeoutMs: number;
  readonly userAgent: string;
  readonly redactor: Redactor;
  readonly logger: Logger;
  readonly now: () => number;
}

type Applier = (signal: AbortSignal) => Promise<{ header?: HeaderPair; query?: QueryPair; token?: TokenUse }>;
interface TokenUse {
  readonly provider: OAuth2TokenProvider;
  readonly token: AccessToken;
}

/**
 * Checks every credential once, at client creation (unknown scheme, wrong type, values
 * that cannot travel in a header), registers every secret with the redactor, and
 * builds one applier per usable scheme. Empty values count as absent.
 */
export function createAuthenticator(init: AuthenticatorInit): Authenticator {
  const appliers = new Map<string, Applier>();
  for (const [name, credential] of Object.entries(init.credentials)) {
    if (credential === undefined || !hasValues(credential)) continue;
    const scheme = init.api.securitySchemes[name];
    if (scheme === undefined) {
      throw new ConfigurationError(`credentials.${name}: ${init.api.name} has no security scheme named ${name}`);
    }
    if (!acceptsCredential(scheme, credential)) {
      throw new ConfigurationError(
        `credentials.${name}: a ${credential.type} credential cannot serve ${describeScheme(name, scheme)}`,
      );
    }
    for (const secret of credentialSecrets(credential)) init.redactor.addSecret(secret);
    appliers.set(name, createApplier(name, scheme, credential, init));
  }
  const schemes = Object.keys(init.api.securitySchemes).length;
  if (schemes > 0 && appliers.size === 0 && init.api.credentialsOptional !== true) {
    const wanted = Object.entries(init.api.securitySchemes).map(([name, scheme]) => describeScheme(name, scheme));
    throw new ConfigurationError(
      `No credentials were given; ${init.api.title} authenticates with ${wanted.join(" or ")}`,
    );
  }

  return {
    schemesFor(op) {
      if (op.security.length === 0) return [];
      const satisfied = op.security.find((alternative) => alternative.every((name) => appliers.has(name)));
      if (satisfied !== undefined) return satisfied;
      const needed = op.security.map((alternative) => alternative.join(" + ")).join(" or ");
      throw new ConfigurationError(`${op.id} needs credentials for ${needed}, and none were given`);
    },
    async apply(schemes, signal) {
      const headers: HeaderPair[] = [];
      const query: QueryPair[] = [];
      const tokens: TokenUse[] = [];
      for (const name of schemes) {
        const applier = appliers.get(name);
        if (applier === undefined) throw new ConfigurationError(`No credentials for ${name}`);
        const applied = await applier(signal);
        if (applied.header !== undefined) headers.push(applied.header);
        if (applied.query !== undefined) query.push(applied.query);
        if (applied.token !== undefined) tokens.push(applied.token);
      }
      return {
        headers,
        query,
        renewAfterUnauthorized: () => {
          for (const { provider, token } of tokens) provider.invalidate(token);
          return tokens.length > 0;
        },
      };
    },
  };
}

function createApplier(
  name: string,
  scheme: SecuritySchemeDescriptor,
  credential: Credential,
  init: AuthenticatorInit,
): Applier {
  switch (credential.type) {
    case "apiKey": {
      if (scheme.type !== "apiKey") break;
      if (scheme.in === "query") {
        const pair: QueryPair = [scheme.name, credential.value];
        return async () => ({ query: pair });
      }
      const header: HeaderPair =
        scheme.in === "header" ? [scheme.name, credential.value] : ["Cookie", `${scheme.name}=${credential.value}`];
      assertSendable(name, header, scheme.in === "cookie" ? /;/ : undefined);
      return async () => ({ header });
    }
    case "basic": {
      if (credential.username.includes(":")) {
        throw new ConfigurationError(`credentials.${name}: a Basic username cannot contain ":" (RFC 7617)`);
      }
      const header: HeaderPair = ["Authorization", basicAuthorization(credential.username, credential.password)];
      init.redactor.addSecret(header[1].slice("Basic ".length));
      return async () => ({ header });
    }
    case "bearer": {
      const header: HeaderPair = ["Authorization", `Bearer ${credential.token}`];
      assertSendable(name, header, undefined);
      return async () => ({ header });
    }
    case "oauth2ClientCredentials": {
      if (scheme.type !== "oauth2ClientCredentials") break;
      const provider = createTokenProvider(name, scheme, credential, init);
      return async (signal) => {
        const token = await provider.token(signal);
        return { header: ["Authorization", `Bearer ${token.value}`], token: { provider, token } };
      };
    }
  }
  // acceptsCredential() was checked first; this only guards future credential types.
  throw new ConfigurationError(`credentials.${name}: unsupported credential for ${describeScheme(name, scheme)}`);
}

function createTokenProvider(
  name: string,
  scheme: OAuth2Scheme,
  credential: OAuth2Credential,
  init: AuthenticatorInit,
): OAuth2TokenProvider {
  for (const field of Object.keys(credential.extra ?? {})) {
    if (!scheme.extraFields.includes(field)) {
      throw new ConfigurationError(
        `credentials.${name}.extra.${field} is not a token request field of ${name} (known: ${scheme.extraFields.join(", ") || "none"})`,
      );
    }
  }
  // A relative token URL hangs off the API's origin, not its base path.
  const tokenUrl = checkedBaseUrl(
    new URL(scheme.tokenUrl, `${new URL(init.baseUrl).origin}/`).href,
    `${name} tokenUrl`,
  );
  const endpoint = {
    schemeName: name,
    scheme,
    credential,
    tokenUrl,
    transport: init.transport,
    timeoutMs: init.tokenTimeoutMs,
    userAgent: init.userAgent,
    redactor: init.redactor,
  };
  return new OAuth2TokenProvider({
    issue: (grant) => {
      init.logger.debug("Requesting an OAuth2 token", { scheme: name, grant: grant.type });
      return requestToken(endpoint, grant);
    },
    onIssued: (issued) => {
      init.redactor.rotateSecret(`${name}:access`, issued.accessToken);
      if (issued.refreshToken !== undefined) init.redactor.rotateSecret(`${name}:refresh`, issued.refreshToken);
    },
    now: init.now,
    logger: init.logger,
  });
}

/** Empty values count as absent (an unset environment variable); a Basic password alone may be empty. */
function hasValues(credential: Credential): boolean {
  const required = credential.type === "basic" ? [credential.username] : credentialSecrets(credential);
  return required.every((value) => typeof value === "string" && value !== "");
}

function assertSendable(name: string, [header, value]: HeaderPair, extra: RegExp | undefined): void {
  const problem =
    headerProblem(header, value) ?? (extra?.test(value) ? `the value must not contain ${extra.source}` : undefined);
  // The problem text names the header, never the value.
  if (problem !== undefined) throw new ConfigurationError(`credentials.${name}: ${problem}`);
}
