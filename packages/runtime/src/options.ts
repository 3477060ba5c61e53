import type { ApiDescriptor } from "./descriptors.js";
import { ConfigurationError } from "./errors/configuration-error.js";
import type { OnErrorHook, OnRequestHook, OnResponseHook } from "./observability/hooks.js";
import type { Logger } from "./observability/logger.js";
import { checkedBaseUrl } from "./safety/base-url.js";
import { headerProblem } from "./safety/headers.js";
import { resolveServerUrl } from "./safety/server-url.js";
import type { ServerVariableFiller } from "./safety/server-variables.js";
import type { FetchLike } from "./transport/openapi-fetch-adapter.js";
import { isValidationMode, VALIDATION_MODES, type ValidationMode } from "./validation/validation-mode.js";

/** Options every generated client accepts, next to its credentials. */
export interface ClientOptionsBase {
  /** Overrides the documented servers, e.g. a mock; must be https unless loopback. */
  readonly baseUrl?: string | undefined;
  /** A documented server by `x-billforge-name` or index; the first one by default. Ignored with `baseUrl`. */
  readonly server?: string | number | undefined;
  /** Values for the server URL's variables (e.g. an account name); defaults come from the spec. Ignored with `baseUrl`. */
  readonly serverVariables?: Readonly<Record<string, string>> | undefined;
  /**
   * Default `globalThis.fetch`. Called as `fetch(request, { signal })`: a wrapper should
   * pass both on, so that a timeout or an abort also cancels the request on the network.
   */
  readonly fetch?: FetchLike | undefined;
  /** Per attempt, response body included. Default 60 000. */
  readonly timeoutMs?: number | undefined;
  /** Whole call, retries and backoff included. Default 180 000. */
  readonly deadlineMs?: number | undefined;
  /** Default 2. */
  readonly maxRetries?: number | undefined;
  /** First backoff ceiling; doubles each retry. Default 500. */
  readonly retryBaseDelayMs?: number | undefined;
  /** Longest wait between attempts, `Retry-After` included. Default 30 000. */
  readonly retryMaxDelayMs?: number | undefined;
  /** Default `strict`. */
  readonly validation?: ValidationMode | undefined;
  /**
   * Longest response body the client reads, in bytes; a longer one fails the call with a
   * ResponseValidationError (reason `size`) instead of filling memory. Default 32 MiB.
   */
  readonly maxResponseBytes?: number | undefined;
  /** Default `billforge/<api name>`. */
  readonly userAgent?: string | undefined;
  /** Sent with every request; per-call and argument headers override them. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly onRequest?: OnRequestHook | undefined;
  readonly onResponse?: OnResponseHook | undefined;
  readonly onError?: OnErrorHook | undefined;
  /** Receives redacted log lines; by default warnings and errors go to the console. */
  readonly logger?: Logger | undefined;
  /** Preferred media types, e.g. `["application/xml"]`; each operation uses the first it documents. */
  readonly mediaTypePreference?: readonly string[] | undefined;
  /**
   * Parameter values set once for the client (`x-billforge-client-option`), used by every
   * operation that declares the parameter when the call gives none.
   */
  readonly parameterDefaults?: ParameterDefaults | undefined;
}

export interface ParameterDefaults {
  readonly path?: Readonly<Record<string, string | number | boolean>> | undefined;
  readonly query?: Readonly<Record<string, string | number | boolean>> | undefined;
  readonly headers?: Readonly<Record<string, string | number | boolean>> | undefined;
}

/** Options for one call. */
export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs?: number | undefined;
  readonly deadlineMs?: number | undefined;
  readonly maxRetries?: number | undefined;
  /** For operations with an idempotency key header; generated once per call when omitted. */
  readonly idempotencyKey?: string | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly validation?: ValidationMode | undefined;
}

/** Timing and validation knobs that a call may override. */
export interface CallSettings {
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  readonly maxRetries: number;
  readonly retryBaseDelayMs: number;
  readonly retryMaxDelayMs: number;
  readonly validation: ValidationMode;
}

export interface ClientSettings extends CallSettings {
  readonly baseUrl: string;
  readonly maxResponseBytes: number;
  readonly fetch: FetchLike;
  readonly userAgent: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly mediaTypePreference: readonly string[];
  readonly parameterDefaults: ParameterDefaults;
}

export const DEFAULTS = {
  timeoutMs: 60_000,
  deadlineMs: 180_000,
  maxRetries: 2,
  retryBaseDelayMs: 500,
  retryMaxDelayMs: 30_000,
  validation: "strict",
} as const satisfies CallSettings;

export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** setTimeout fires at once beyond this; longer waits would silently become no wait. */
const MAX_TIMER_MS = 2_147_483_647;

export function resolveClientOptions(
  api: ApiDescriptor,
  options: ClientOptionsBase,
  fillServerVariables?: ServerVariableFiller,
): ClientSettings {
  const settings = {
    ...resolveCallSettings(DEFAULTS, options),
    baseUrl:
      options.baseUrl === undefined
        ? resolveServerUrl(api.servers, options, fillServerVariables)
        : checkedBaseUrl(options.baseUrl, "baseUrl"),
    maxResponseBytes: byteCount("maxResponseBytes", options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES),
    fetch: options.fetch ?? globalThis.fetch,
    userAgent: options.userAgent ?? `billforge/${api.name}`,
    headers: options.headers ?? {},
    mediaTypePreference: options.mediaTypePreference ?? [],
    parameterDefaults: options.parameterDefaults ?? {},
  };
  if (typeof settings.fetch !== "function") {
    throw new ConfigurationError("fetch must be a function (no global fetch found)");
  }
  const userAgentProblem = headerProblem("User-Agent", settings.userAgent);
  if (userAgentProblem !== undefined) {
    throw new ConfigurationError(`userAgent: ${userAgentProblem}`);
  }
  for (const [name, value] of Object.entries(settings.headers)) {
    const problem = typeof value === "string" ? headerProblem(name, value) : "must be a string";
    if (problem !== undefined) {
      throw new ConfigurationError(`headers.${name}: ${problem}`);
    }
  }
  for (const hook of ["onRequest", "onResponse", "onError"] as const) {
    if (options[hook] !== undefined && typeof options[hook] !== "function") {
      throw new ConfigurationError(`${hook} must be a function`);
    }
  }
  const logger = options.logger;
  if (
    logger !== undefined &&
    !(["debug", "info", "warn", "error"] as const).every((level) => typeof logger[level] === "function")
  ) {
    throw new ConfigurationError("logger must have debug, info, warn and error methods");
  }
  if (!settings.mediaTypePreference.every((mediaType) => typeof mediaType === "string")) {
    throw new ConfigurationError("mediaTypePreference must list media type strings");
  }
  return settings;
}

/** `base` with the overrides in `options`, each checked. */
export function resolveCallSettings(
  base: CallSettings,
  options: Partial<Record<keyof CallSettings, unknown>>,
): CallSettings {
  return {
    timeoutMs: duration("timeoutMs", options.timeoutMs, base.timeoutMs),
    deadlineMs: duration("deadlineMs", options.deadlineMs, base.deadlineMs),
    maxRetries: count("maxRetries", options.maxRetries, base.maxRetries),
    retryBaseDelayMs: delay("retryBaseDelayMs", options.retryBaseDelayMs, base.retryBaseDelayMs),
    retryMaxDelayMs: delay("retryMaxDelayMs", options.retryMaxDelayMs, base.retryMaxDelayMs),
    validation: validationMode(options.validation, base.validation),
  };
}

/** A positive time limit; `Infinity` turns the limit off. */
function duration(name: string, value: unknown, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  if (typeof value === "number" && value > 0 && (value <= MAX_TIMER_MS || value === Number.POSITIVE_INFINITY)) {
    return value;
  }
  throw new ConfigurationError(
    `${name} must be a positive number of milliseconds (at most ${MAX_TIMER_MS}, or Infinity)`,
  );
}

function delay(name: string, value: unknown, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  if (typeof value === "number" && value >= 0 && value <= MAX_TIMER_MS) {
    return value;
  }
  throw new ConfigurationError(`${name} must be a number of milliseconds between 0 and ${MAX_TIMER_MS}`);
}

function count(name: string, value: unknown, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) {
    return value;
  }
  throw new ConfigurationError(`${name} must be a whole number ≥ 0`);
}

function byteCount(name: string, value: unknown, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) {
    return value;
  }
  throw new ConfigurationError(`${name} must be a whole number of bytes > 0`);
}

function validationMode(value: unknown, fallback: ValidationMode): ValidationMode {
  if (value === undefined) {
    return fallback;
  }
  if (isValidationMode(value)) {
    return value;
  }
  throw new ConfigurationError(`validation must be one of: ${VALIDATION_MODES.join(", ")}`);
}
