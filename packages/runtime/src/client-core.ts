import type { AuthMethod } from "./auth/auth-method.js";
import { createAuthenticator } from "./auth/authenticator.js";
import type { Credential } from "./auth/credential.js";
import type { BodyCodec } from "./body/body-codec.js";
import { jsonCodec } from "./body/json-codec.js";
import { type CallContext, executeCall } from "./call/execute-call.js";
import { type ClientOptionNames, checkOptionNames } from "./client-option-names.js";
import type { ApiDescriptor, OperationDescriptor } from "./descriptors.js";
import type { ApiError, ApiErrorClass } from "./errors/api-error.js";
import type { BillforgeError } from "./errors/billforge-error.js";
import { ConfigurationError } from "./errors/configuration-error.js";
import { createHookRunner } from "./observability/hooks.js";
import { type ResponseView, responseView } from "./observability/http-views.js";
import { consoleWarningLogger, redactingLogger } from "./observability/logger.js";
import { type CallOptions, type ClientOptionsBase, resolveClientOptions } from "./options.js";
import { credentialHeaderIssues, credentialParameters } from "./safety/credential-parameters.js";
import { Redactor } from "./safety/redactor.js";
import type { ServerVariableFiller } from "./safety/server-variables.js";
import { createTransport } from "./transport/openapi-fetch-adapter.js";
import type { RequestArgs } from "./validation/validate-request.js";

/** What a generated `create<Provider>Core` passes in. */
export interface ClientCoreConfig {
  readonly api: ApiDescriptor;
  readonly options: ClientOptionsBase;
  /** By security scheme name; a missing or empty credential is simply not available. */
  readonly credentials: Readonly<Record<string, Credential | undefined>>;
  /**
   * How the credentials authenticate: one method per credential type the API uses
   * (`apiKeyAuth`, `basicAuth`, `bearerAuth`, `oauth2ClientCredentialsAuth`). Only the
   * methods passed here end up in a bundle.
   */
  readonly auth: readonly AuthMethod[];
  readonly errorClass: ApiErrorClass;
  /**
   * Body codecs beyond JSON, which is built in: `formCodec` when the API has form bodies,
   * XML. They take precedence over JSON.
   */
  readonly codecs?: readonly BodyCodec[] | undefined;
  /**
   * The generated client's own option names (credentials by scheme, the others): unknown
   * options are refused naming every known one, and a missing credential names its option.
   */
  readonly optionNames?: ClientOptionNames | undefined;
  /** `fillServerVariables`, for APIs whose server URLs have variables (`https://{account}.example.com`). */
  readonly fillServerVariables?: ServerVariableFiller | undefined;
}

/**
 * The non-throwing form of a call. `response` is a redacted view (status, headers, URL
 * without credentials), never the raw Response: a result can be printed as it is.
 */
export type SafeResult<T, E> =
  | { readonly data: T; readonly error: undefined; readonly response: ResponseView }
  | { readonly data: undefined; readonly error: E | BillforgeError; readonly response: ResponseView | undefined };

export interface ClientCore {
  readonly api: ApiDescriptor;
  /** Resolves to the success body (`undefined` when there is none, a Uint8Array for binary media); rejects with a BillforgeError. */
  request<T>(op: OperationDescriptor, args?: RequestArgs, options?: CallOptions): Promise<T>;
  /** Like `request`, but never rejects. */
  requestSafe<T, E extends ApiError = ApiError>(
    op: OperationDescriptor,
    args?: RequestArgs,
    options?: CallOptions,
  ): Promise<SafeResult<T, E>>;
  /** Hides every credential this client knows of (configured or obtained) in `text`. */
  redact(text: string): string;
}

/**
 * Builds a client from an API descriptor. Everything that can be checked without a
 * request is checked here (options, server, credentials) and fails with a
 * ConfigurationError, so a misconfigured client never gets as far as the network.
 */
export function createClientCore(config: ClientCoreConfig): ClientCore {
  checkOptionNames(config.options, config.optionNames);
  const settings = resolveClientOptions(config.api, config.options, config.fillServerVariables);
  const redactor = new Redactor({
    headerNames: apiKeyLocations(config.api, "header"),
    queryParameterNames: apiKeyLocations(config.api, "query"),
  });
  const logger = redactingLogger(config.options.logger ?? consoleWarningLogger, redactor);
  const credentialNames = credentialParameters(config.api);
  const [headerIssue] = credentialHeaderIssues(credentialNames, settings.headers, ["headers"]);
  if (headerIssue !== undefined) {
    throw new ConfigurationError(`headers.${String(headerIssue.path[1])}: ${headerIssue.message}`);
  }
  const transport = createTransport(settings.fetch);
  const authenticator = createAuthenticator({
    api: config.api,
    credentials: config.credentials,
    methods: config.auth,
    credentialOptions: config.optionNames?.credentials,
    baseUrl: settings.baseUrl,
    transport,
    tokenTimeoutMs: settings.timeoutMs,
    userAgent: settings.userAgent,
    redactor,
    logger,
    now: Date.now,
  });
  const context: CallContext = {
    api: config.api,
    settings,
    baseUrl: settings.baseUrl,
    mediaTypePreference: settings.mediaTypePreference,
    codecs: [...(config.codecs ?? []), jsonCodec],
    errorClass: config.errorClass,
    transport,
    authenticator,
    maxResponseBytes: settings.maxResponseBytes,
    hooks: createHookRunner(config.options, logger),
    logger,
    redactor,
    credentialParameters: credentialNames,
    random: Math.random,
  };

  const request = async <T>(op: OperationDescriptor, args?: RequestArgs, options?: CallOptions): Promise<T> => {
    const outcome = await executeCall(context, op, args, options);
    if (!outcome.ok) {
      throw outcome.error;
    }
    // T is the generated package's type for this operation's success body, which was validated against its schema.
    return outcome.data as T;
  };

  return {
    api: config.api,
    request,
    async requestSafe<T, E extends ApiError = ApiError>(
      op: OperationDescriptor,
      args?: RequestArgs,
      options?: CallOptions,
    ) {
      const outcome = await executeCall(context, op, args, options);
      const result: SafeResult<T, E> = outcome.ok
        ? {
            data: outcome.data as T,
            error: undefined,
            response: responseView(outcome.response, redactor, outcome.body),
          }
        : {
            data: undefined,
            error: outcome.error,
            response: outcome.response === undefined ? undefined : responseView(outcome.response, redactor),
          };
      return result;
    },
    redact: (text) => redactor.redact(text),
  };
}

/** Header or query parameter names that carry API keys: their values are hidden wherever they appear. */
function apiKeyLocations(api: ApiDescriptor, location: "header" | "query"): string[] {
  return Object.values(api.securitySchemes).flatMap((scheme) =>
    scheme.type === "apiKey" && scheme.in === location ? [scheme.name] : [],
  );
}
