/**
 * The data contract between generated packages and the runtime.
 *
 * The generator emits these descriptors (plain data plus lazily built zod schemas);
 * the runtime interprets them. Nothing here is provider-specific: a provider's quirks
 * reach the runtime only as values of these types.
 */
import type { ZodMiniType } from "zod/mini";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";

/**
 * A zod schema built on first use, so importing a package builds no schema it never checks.
 * A `zod/mini` schema: `parse`/`safeParse` work as methods, its builders are functions.
 */
export type LazySchema = () => ZodMiniType;

/** How one query parameter is serialized (OpenAPI `style`/`explode`). */
export interface QueryParameterDescriptor {
  readonly name: string;
  readonly style: "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";
  readonly explode: boolean;
}

/** One request or response body media type. */
export interface MediaDescriptor {
  /** e.g. `application/json`, `application/xml`, `application/pdf`. */
  readonly mediaType: string;
  /** Absent for bodies that are not structured data (binary, text). */
  readonly schema?: LazySchema;
  /**
   * Name of the XML mapping for this body (see `XmlMappingTable`); present only for XML
   * media types. The runtime passes it to the body codec registered for the media type.
   */
  readonly xmlMapping?: string;
}

export interface RequestBodyDescriptor {
  readonly required: boolean;
  /** Keyed by media type, in the spec's order; the first is the default. */
  readonly media: readonly MediaDescriptor[];
}

export interface ResponseDescriptor {
  /** `"200"`, `"4XX"`, `"default"`, as in the spec. */
  readonly status: string;
  /** Empty when the response documents no body (for example 204). */
  readonly media: readonly MediaDescriptor[];
}

/**
 * Pagination, from the `x-billforge-pagination` extension. Locations are JSON pointers
 * into the request argument (`/query/page`, `/body/filters/page`) or the response body
 * (`/data/invoices`, `/meta/total_count`).
 */
export type PaginationDescriptor =
  | {
      readonly style: "page";
      /** Pointer to the 1-based (or `firstPage`-based) page number in the arguments. */
      readonly page: string;
      readonly firstPage: number;
      /** Pointer to the page size in the arguments. */
      readonly pageSize?: string;
      /** Pointer to the item array in the response body. */
      readonly items: string;
      /** One of these ends iteration; checked in this order, then "empty page ends". */
      readonly totalItems?: string;
      readonly totalPages?: string;
      readonly hasMore?: string;
    }
  | {
      readonly style: "offset";
      readonly offset: string;
      readonly limit: string;
      readonly items: string;
      readonly totalItems?: string;
      readonly hasMore?: string;
    }
  | {
      readonly style: "cursor";
      /** Pointer to the cursor in the arguments. */
      readonly cursor: string;
      /** Pointer to the next cursor in the response; null/absent/empty ends iteration. */
      readonly nextCursor: string;
      readonly items: string;
    };

export interface OperationDescriptor {
  /** The spec's `operationId`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path template relative to the server URL, e.g. `/services/{accountId}/renew`. */
  readonly path: string;
  /** Path parameter names in template order. */
  readonly pathParams: readonly string[];
  readonly queryParams: readonly QueryParameterDescriptor[];
  /** Header parameter names as documented (case kept for the wire). */
  readonly headerParams: readonly string[];
  /**
   * Safe to send again after it may have reached the server. Defaults from the method
   * (GET, HEAD, OPTIONS, PUT, DELETE); `x-billforge-idempotent` overrides.
   */
  readonly idempotent: boolean;
  /**
   * A header the provider deduplicates on (`x-billforge-idempotency-key`). The runtime
   * fills it with a fresh UUID when the caller gives none and reuses the same value on
   * every retry of the call, which makes retrying a non-idempotent call safe.
   */
  readonly idempotencyKeyHeader?: string;
  /**
   * Alternatives of security requirements: each inner list names schemes that must all
   * be applied. An empty outer list means the operation needs no credentials.
   */
  readonly security: readonly (readonly string[])[];
  /** Schema of `{ path?, query?, headers? }` as the caller passes them. */
  readonly parameters?: LazySchema;
  readonly requestBody?: RequestBodyDescriptor;
  readonly responses: readonly ResponseDescriptor[];
  readonly pagination?: PaginationDescriptor;
}

export type SecuritySchemeDescriptor =
  | {
      readonly type: "apiKey";
      readonly in: "header" | "query" | "cookie";
      /** Header or query parameter name, e.g. `X-API-Key`, `api_key`. */
      readonly name: string;
    }
  | { readonly type: "http"; readonly scheme: "basic" }
  | { readonly type: "http"; readonly scheme: "bearer" }
  | {
      readonly type: "oauth2ClientCredentials";
      /** Absolute URL, or a path appended to the client's base URL (path included). */
      readonly tokenUrl: string;
      /** How the token request body is encoded (RFC 6749 says form; some APIs take JSON). */
      readonly requestEncoding: "form" | "json";
      /** Extra token request fields taken from credentials, e.g. `redirect_uri`. */
      readonly extraFields: readonly string[];
      readonly scopes: readonly string[];
    };

export interface ServerVariableDescriptor {
  readonly default?: string;
  readonly enum?: readonly string[];
  /** A regular expression (anchored) every value must match. */
  readonly pattern?: string;
  readonly description?: string;
}

export interface ServerDescriptor {
  readonly url: string;
  readonly description?: string;
  /** A short name chosen with `x-billforge-name` (e.g. `sandbox`, `production`). */
  readonly name?: string;
  readonly variables: Readonly<Record<string, ServerVariableDescriptor>>;
}

/**
 * Where a provider puts its machine-readable error code, message and request id in an
 * error body (`x-billforge-errors` on the spec's `info`). Each is a list of JSON pointers
 * tried in order; the first that yields a string wins.
 */
export interface ErrorFieldsDescriptor {
  readonly code: readonly string[];
  readonly message: readonly string[];
  /** Pointers to a list of messages (strings or objects with a message pointer). */
  readonly messages: readonly string[];
  readonly requestId: readonly string[];
  /** Response headers that carry a request id, tried in order. */
  readonly requestIdHeaders: readonly string[];
}

/** Everything the runtime needs to know about one provider's API as a whole. */
export interface ApiDescriptor {
  /** Package short name, e.g. `hostup`. */
  readonly name: string;
  /** Human title from the spec, e.g. `HostUp legacy API`. */
  readonly title: string;
  readonly version: string;
  readonly servers: readonly ServerDescriptor[];
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeDescriptor>>;
  /**
   * Some operations need no credentials (a login that hands out API keys), so a client may
   * be created without any; an operation that needs them then fails before sending.
   */
  readonly credentialsOptional?: boolean;
  readonly errors: ErrorFieldsDescriptor;
}
