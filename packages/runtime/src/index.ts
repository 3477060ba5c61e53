/**
 * @billforge/runtime: the client core every generated billforge package builds on.
 * Generated code calls `createClientCore` with descriptors (see CONTRACT.md); users
 * meet the option types, the hooks and the error classes.
 */

export { apiKeyAuth } from "./auth/api-key-auth.js";
export type { AppliedScheme, AuthContext, AuthMethod, SchemeUse } from "./auth/auth-method.js";
export { basicAuth } from "./auth/basic.js";
export { bearerAuth } from "./auth/bearer-auth.js";
export type { Credential } from "./auth/credential.js";
export { oauth2ClientCredentialsAuth } from "./auth/oauth2-client-credentials-auth.js";
export type { BinaryValue } from "./body/binary-value.js";
export type { BodyCodec } from "./body/body-codec.js";
export { formCodec } from "./body/form-codec.js";
export { multipartCodec } from "./body/multipart-codec.js";
export { checkOptionValue } from "./check-option.js";
export type { ClientCore, ClientCoreConfig, SafeResult } from "./client-core.js";
export { createClientCore } from "./client-core.js";
export type { ClientOptionNames } from "./client-option-names.js";
export type * from "./descriptors.js";
export { AbortError } from "./errors/abort-error.js";
export type { ApiErrorClass, ApiErrorInit, ApiErrorKind } from "./errors/api-error.js";
export { ApiError, apiErrorKind } from "./errors/api-error.js";
export type { AuthenticationFailure } from "./errors/authentication-error.js";
export { AuthenticationError } from "./errors/authentication-error.js";
export { BillforgeError } from "./errors/billforge-error.js";
export { ConfigurationError } from "./errors/configuration-error.js";
export { ConnectionError } from "./errors/connection-error.js";
export type { RedirectErrorInit } from "./errors/redirect-error.js";
export { RedirectError } from "./errors/redirect-error.js";
export { RequestValidationError } from "./errors/request-validation-error.js";
export type { ResponseValidationReason } from "./errors/response-validation-error.js";
export { ResponseValidationError } from "./errors/response-validation-error.js";
export type { TimeoutScope } from "./errors/timeout-error.js";
export { TimeoutError } from "./errors/timeout-error.js";
export { lazySchema } from "./lazy-schema.js";
export type {
  ErrorHookContext,
  OnErrorHook,
  OnRequestHook,
  OnResponseHook,
  RequestHookContext,
  ResponseHookContext,
} from "./observability/hooks.js";
export type { RequestView, ResponseView } from "./observability/http-views.js";
export type { LogFields, Logger } from "./observability/logger.js";
export type { CallOptions, ClientOptionsBase, ParameterDefaults } from "./options.js";
export { paginate } from "./pagination/paginate.js";
export { MIN_SECRET_LENGTH, REDACTED } from "./safety/redactor.js";
export type { ServerVariableFiller } from "./safety/server-variables.js";
export { fillServerVariables } from "./safety/server-variables.js";
export type { BuiltCheck, BuiltSchema, CheckedSchema, SchemaShape } from "./schema-builder.js";
export type { FetchInit, FetchLike } from "./transport/openapi-fetch-adapter.js";
export type { ValidationIssue } from "./validation/issues.js";
export type { RequestArgs } from "./validation/validate-request.js";
export type { ValidationMode } from "./validation/validation-mode.js";
