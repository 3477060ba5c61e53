/**
 * The intermediate representation: plain data built from a loaded spec. It knows nothing of
 * printing or of openapi-typescript; every emitter reads only this.
 */
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";

/** The OpenAPI `xml` object: how a schema is written in XML. */
export interface XmlIR {
  readonly name?: string;
  readonly wrapped?: boolean;
  readonly attribute?: boolean;
  /** `x-billforge-node-type: none` (OpenAPI 3.2's `nodeType: none`): an object with no element of its own. */
  readonly nodeType?: "none";
  /** `x-billforge-optional-wrapper` (with `nodeType: none`): an element that may hold the properties instead. */
  readonly optionalWrapper?: string;
}

export interface SchemaMeta {
  readonly xml?: XmlIR;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
}

export type Scalar = string | number | boolean | null;

export type SchemaIR = SchemaMeta &
  (
    | { readonly kind: "ref"; readonly name: string }
    | {
        readonly kind: "string";
        readonly format?: string;
        readonly pattern?: string;
        readonly minLength?: number;
        readonly maxLength?: number;
      }
    | {
        readonly kind: "number" | "integer";
        readonly minimum?: number;
        readonly maximum?: number;
        readonly exclusiveMinimum?: number;
        readonly exclusiveMaximum?: number;
        readonly multipleOf?: number;
      }
    | { readonly kind: "boolean" }
    | { readonly kind: "null" }
    | { readonly kind: "enum"; readonly values: readonly Scalar[] }
    | {
        readonly kind: "array";
        readonly items: SchemaIR;
        readonly minItems?: number;
        readonly maxItems?: number;
      }
    | {
        readonly kind: "object";
        readonly properties: readonly PropertyIR[];
        /** `true`: any extra keys kept; `false`: none allowed; a schema: extras must match it. */
        readonly additional: boolean | SchemaIR;
      }
    | { readonly kind: "union"; readonly variants: readonly SchemaIR[]; readonly discriminator?: DiscriminatorIR }
    | { readonly kind: "intersection"; readonly parts: readonly SchemaIR[] }
    | { readonly kind: "unknown" }
  );

/** OpenAPI's `discriminator` on a oneOf/anyOf: the property naming the variant, and which value names which component. */
export interface DiscriminatorIR {
  readonly propertyName: string;
  /** `mapping` entries, component names resolved from their `$ref`s; may be empty (implicit mapping). */
  readonly mapping: readonly { readonly value: string; readonly schema: string }[];
}

export interface PropertyIR {
  readonly name: string;
  readonly required: boolean;
  readonly schema: SchemaIR;
}

export interface NamedSchemaIR {
  /** Name in `components.schemas`. */
  readonly name: string;
  /** A valid, unique TypeScript identifier derived from the name: `CustomerSchema`. */
  readonly identifier: string;
  /** Its request-side twin, reserved even when unused: `CustomerInputSchema`. */
  readonly inputIdentifier: string;
  readonly schema: SchemaIR;
}

export interface ExampleIR {
  readonly name: string;
  readonly value: unknown;
}

export interface MediaIR {
  readonly mediaType: string;
  /** Absent for binary and untyped bodies. */
  readonly schema?: SchemaIR;
  readonly examples: readonly ExampleIR[];
}

export interface ParameterIR {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: SchemaIR;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly style: string;
  readonly explode: boolean;
  readonly example?: unknown;
  /** Set once per client (`x-billforge-client-option`) rather than on every call. */
  readonly clientOption?: ClientOptionIR;
}

export interface ClientOptionIR {
  /** The client option's name, e.g. `format`. */
  readonly name: string;
  /** Option value → media type it selects for bodies, when the value picks a format. */
  readonly mediaTypes?: Readonly<Record<string, string>>;
  /** The parameter schema's `default`, used when the client is given no value. */
  readonly default?: string | number | boolean;
}

export interface ResponseIR {
  /** `200`, `4XX`, `default`. */
  readonly status: string;
  readonly description: string;
  readonly media: readonly MediaIR[];
  readonly headers: readonly { readonly name: string; readonly schema: SchemaIR; readonly description?: string }[];
}

export type PaginationIR =
  | {
      readonly style: "page";
      readonly page: string;
      readonly firstPage: number;
      readonly pageSize?: string;
      readonly items: string;
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
  | { readonly style: "cursor"; readonly cursor: string; readonly nextCursor: string; readonly items: string };

export interface OperationIR {
  /** The spec's `operationId`, as is (it names the operation in errors and logs). */
  readonly id: string;
  /** A valid, unique camelCase identifier from the id: the method and function name. */
  readonly identifier: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly tags: readonly string[];
  readonly docsUrl?: string;
  readonly parameters: readonly ParameterIR[];
  readonly requestBody?: {
    readonly required: boolean;
    readonly description?: string;
    readonly media: readonly MediaIR[];
  };
  readonly responses: readonly ResponseIR[];
  /** Alternatives, each a list of scheme names applied together; empty: no auth. */
  readonly security: readonly (readonly string[])[];
  readonly idempotent: boolean;
  readonly idempotencyKeyHeader?: string;
  readonly pagination?: PaginationIR;
}

export type SecuritySchemeIR = {
  readonly name: string;
  readonly description?: string;
} & (
  | {
      readonly type: "apiKey";
      readonly in: "header" | "query" | "cookie";
      readonly paramName: string;
      readonly option: string;
    }
  | { readonly type: "bearer"; readonly option: string }
  | { readonly type: "basic"; readonly usernameOption: string; readonly passwordOption: string }
  | {
      readonly type: "oauth2ClientCredentials";
      readonly tokenUrl: string;
      readonly encoding: "form" | "json";
      readonly scopes: readonly string[];
      readonly clientIdOption: string;
      readonly clientSecretOption: string;
      /** Token request field → client option name. */
      readonly extra: readonly { readonly field: string; readonly option: string }[];
    }
);

export interface ServerIR {
  readonly url: string;
  readonly description?: string;
  readonly name?: string;
  readonly variables: readonly {
    readonly name: string;
    readonly default?: string;
    readonly enum?: readonly string[];
    readonly pattern?: string;
    readonly description?: string;
  }[];
}

export interface ErrorFieldsIR {
  readonly code: readonly string[];
  readonly message: readonly string[];
  readonly messages: readonly string[];
  readonly requestId: readonly string[];
  readonly requestIdHeaders: readonly string[];
}

export interface ApiIR {
  /** Package short name: `petstore`. */
  readonly name: string;
  /** Used in `create<Name>Client` and `<Name>ApiError`. */
  readonly pascalName: string;
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly servers: readonly ServerIR[];
  readonly securitySchemes: readonly SecuritySchemeIR[];
  readonly errors: ErrorFieldsIR;
  readonly schemas: readonly NamedSchemaIR[];
  readonly operations: readonly OperationIR[];
}

/**
 * Which side of the wire a schema is read on. Requests refuse `readOnly` properties and
 * honour `additionalProperties: false`; responses drop `writeOnly` properties and keep
 * unknown fields, so a provider adding a field breaks nobody. `billforge diff` judges a
 * change by the same sides.
 */
export type Direction = "request" | "response";
