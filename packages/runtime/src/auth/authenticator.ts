import { type ClientOptionNames, credentialOptionHint } from "../client-option-names.js";
import type { ApiDescriptor, OperationDescriptor } from "../descriptors.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import type { QueryPair } from "../transport/query-serializer.js";
import type { Applier, AuthContext, AuthMethod, HeaderPair, SchemeUse } from "./auth-method.js";
import {
  acceptsCredential,
  type Credential,
  credentialSecrets,
  describeScheme,
  shortCredentialProblem,
} from "./credential.js";

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

export interface AuthenticatorInit extends AuthContext {
  readonly api: ApiDescriptor;
  readonly credentials: Readonly<Record<string, Credential | undefined>>;
  /** How each credential type authenticates; a credential whose type has no method is refused. */
  readonly methods: readonly AuthMethod[];
  /** By scheme, the client options carrying its credential: named when none is given. */
  readonly credentialOptions?: ClientOptionNames["credentials"];
}

/**
 * Checks every credential once, at client creation (unknown scheme, wrong type, values
 * that cannot travel in a header), registers every secret with the redactor, and
 * builds one applier per usable scheme. Empty values count as absent.
 */
export function createAuthenticator(init: AuthenticatorInit): Authenticator {
  const appliers = new Map<string, Applier>();
  for (const [name, credential] of Object.entries(init.credentials)) {
    if (credential === undefined || !hasValues(credential)) {
      continue;
    }
    const scheme = init.api.securitySchemes[name];
    if (scheme === undefined) {
      throw new ConfigurationError(`credentials.${name}: ${init.api.name} has no security scheme named ${name}`);
    }
    if (!acceptsCredential(scheme, credential)) {
      throw new ConfigurationError(
        `credentials.${name}: a ${credential.type} credential cannot serve ${describeScheme(name, scheme)}`,
      );
    }
    const tooShort = shortCredentialProblem(credential);
    if (tooShort !== undefined) {
      throw new ConfigurationError(`credentials.${name}: ${tooShort}`);
    }
    const method = init.methods.find((candidate) => candidate.credentialType === credential.type);
    if (method === undefined) {
      throw new ConfigurationError(
        `credentials.${name}: this client has no auth method for ${credential.type} credentials (createClientCore({ auth }))`,
      );
    }
    for (const secret of credentialSecrets(credential)) {
      init.redactor.addSecret(secret);
    }
    // acceptsCredential() above is what makes this scheme the kind the method expects.
    const use = { name, scheme, credential } as SchemeUse;
    appliers.set(name, method.prepare(use, init));
  }
  const schemes = Object.keys(init.api.securitySchemes).length;
  if (schemes > 0 && appliers.size === 0 && init.api.credentialsOptional !== true) {
    const names = Object.keys(init.api.securitySchemes);
    const wanted = Object.entries(init.api.securitySchemes).map(([name, scheme]) => describeScheme(name, scheme));
    throw new ConfigurationError(
      `No credentials were given; ${init.api.title} authenticates with ${wanted.join(" or ")}${credentialOptionHint(names, init.credentialOptions)}`,
    );
  }

  return {
    schemesFor(op) {
      if (op.security.length === 0) {
        return [];
      }
      const satisfied = op.security.find((alternative) => alternative.every((name) => appliers.has(name)));
      if (satisfied !== undefined) {
        return satisfied;
      }
      const needed = op.security.map((alternative) => alternative.join(" + ")).join(" or ");
      const hint = credentialOptionHint(op.security.flat(), init.credentialOptions);
      throw new ConfigurationError(`${op.id} needs credentials for ${needed}, and none were given${hint}`);
    },
    async apply(schemes, signal) {
      const headers: HeaderPair[] = [];
      const query: QueryPair[] = [];
      const invalidations: (() => void)[] = [];
      for (const name of schemes) {
        const applier = appliers.get(name);
        if (applier === undefined) {
          throw new ConfigurationError(`No credentials for ${name}`);
        }
        const applied = await applier(signal);
        if (applied.header !== undefined) {
          addHeader(headers, applied.header);
        }
        if (applied.query !== undefined) {
          query.push(applied.query);
        }
        if (applied.invalidate !== undefined) {
          invalidations.push(applied.invalidate);
        }
      }
      return {
        headers,
        query,
        renewAfterUnauthorized: () => {
          for (const invalidate of invalidations) {
            invalidate();
          }
          return invalidations.length > 0;
        },
      };
    },
  };
}

/** Empty values count as absent (an unset environment variable); a Basic password alone may be empty. */
function hasValues(credential: Credential): boolean {
  const required = credential.type === "basic" ? [credential.username] : credentialSecrets(credential);
  return required.every((value) => typeof value === "string" && value !== "");
}

/**
 * Two cookie schemes required together (AND) each bring a `Cookie` header; a request has
 * one, so their pairs are joined. Any other header is added as it is.
 */
function addHeader(headers: HeaderPair[], header: HeaderPair): void {
  const [name, value] = header;
  const cookie = name.toLowerCase() === "cookie" ? headers.findIndex(([n]) => n.toLowerCase() === "cookie") : -1;
  if (cookie === -1) {
    headers.push(header);
  } else {
    headers[cookie] = [headers[cookie]![0], `${headers[cookie]![1]}; ${value}`];
  }
}
