import type { SecuritySchemeDescriptor } from "../descriptors.js";
import type { Logger } from "../observability/logger.js";
import type { Redactor } from "../safety/redactor.js";
import type { Transport } from "../transport/openapi-fetch-adapter.js";
import type { QueryPair } from "../transport/query-serializer.js";
import type { Credential } from "./credential.js";

export type HeaderPair = readonly [name: string, value: string];
export type CredentialType = Credential["type"];

/** What one scheme adds to one attempt. */
export interface AppliedScheme {
  readonly header?: HeaderPair;
  readonly query?: QueryPair;
  /** Forgets what this attempt used after a 401, so the next attempt obtains it anew (OAuth2 tokens). */
  readonly invalidate?: () => void;
}

/** Authenticates one attempt with one configured scheme. */
export type Applier = (signal: AbortSignal) => Promise<AppliedScheme>;

/** The scheme kinds each credential type can serve (see `acceptsCredential`). */
interface SchemeByCredential {
  readonly apiKey: Extract<SecuritySchemeDescriptor, { type: "apiKey" }>;
  readonly basic: SecuritySchemeDescriptor;
  readonly bearer: SecuritySchemeDescriptor;
  readonly oauth2ClientCredentials: Extract<SecuritySchemeDescriptor, { type: "oauth2ClientCredentials" }>;
}

// Indexed lookups rather than conditional types, so that SchemeUse<"apiKey"> is a SchemeUse.
type CredentialByType = { readonly [T in CredentialType]: Extract<Credential, { type: T }> };

/** One configured credential, already matched to its scheme. */
export interface SchemeUse<T extends CredentialType = CredentialType> {
  /** The scheme's name in the spec, e.g. `ApiKeyAuth`. */
  readonly name: string;
  readonly scheme: SchemeByCredential[T];
  readonly credential: CredentialByType[T];
}

/** What the client lends an auth method: token requests go through the same transport and redactor. */
export interface AuthContext {
  readonly baseUrl: string;
  readonly transport: Transport;
  readonly tokenTimeoutMs: number;
  readonly userAgent: string;
  readonly redactor: Redactor;
  readonly logger: Logger;
  readonly now: () => number;
}

/**
 * How credentials of one type authenticate requests. Generated clients pass only the
 * methods their spec's schemes need (`createClientCore({ auth: [apiKeyAuth] })`), so an
 * API-key client never bundles the OAuth2 token machinery.
 */
export interface AuthMethod<T extends CredentialType = CredentialType> {
  readonly credentialType: T;
  /** Checks the credential (throwing a ConfigurationError) and builds its applier, once per client. */
  // Method syntax on purpose: a method for one credential type must fit a list of methods for any.
  prepare(use: SchemeUse<T>, context: AuthContext): Applier;
}
