import { ConfigurationError } from "./errors/configuration-error.js";
import type { ClientOptionsBase } from "./options.js";

/**
 * The options a generated client adds to {@link ClientOptionsBase} and takes out of the
 * options before the core sees them: the core names them in its errors.
 */
export interface ClientOptionNames {
  /** By security scheme name, the options that carry its credential, e.g. `{ ApiKeyAuth: ["apiKey"] }`. */
  readonly credentials?: Readonly<Record<string, readonly string[]>> | undefined;
  /** The client's other own options (server variables, parameter defaults). */
  readonly others?: readonly string[] | undefined;
}

// Kept in step with ClientOptionsBase by the compiler: a new option must be listed here.
const BASE_OPTIONS = {
  baseUrl: true,
  server: true,
  serverVariables: true,
  fetch: true,
  timeoutMs: true,
  deadlineMs: true,
  maxRetries: true,
  retryBaseDelayMs: true,
  retryMaxDelayMs: true,
  validation: true,
  maxResponseBytes: true,
  userAgent: true,
  headers: true,
  onRequest: true,
  onResponse: true,
  onError: true,
  logger: true,
  mediaTypePreference: true,
  parameterDefaults: true,
} as const satisfies Record<keyof ClientOptionsBase, true>;

/** Every option the client accepts: its credentials, its own options, then the common ones. */
export function knownOptionNames(names: ClientOptionNames | undefined): string[] {
  const own = [...Object.values(names?.credentials ?? {}).flat(), ...(names?.others ?? [])];
  return [...new Set([...own, ...Object.keys(BASE_OPTIONS)])];
}

/**
 * Refuses an option the client does not know (a typo such as `apikey`, or `timeout` for
 * `timeoutMs`): TypeScript catches these, JavaScript callers would otherwise see the
 * option silently ignored.
 */
export function checkOptionNames(options: object, names: ClientOptionNames | undefined): void {
  const known = knownOptionNames(names);
  const unknown = Object.keys(options).filter((key) => !known.includes(key));
  if (unknown.length === 0) {
    return;
  }
  const listed = unknown.map((key) => JSON.stringify(key)).join(", ");
  throw new ConfigurationError(
    `Unknown client option${unknown.length > 1 ? "s" : ""} ${listed}; the known options are ${known.join(", ")}`,
  );
}

/** `: pass apiKey, or apiUser and apiKey` for the schemes given, or "" when no option is known. */
export function credentialOptionHint(
  schemes: readonly string[],
  credentials: ClientOptionNames["credentials"],
): string {
  const alternatives = schemes
    .map((scheme) => credentials?.[scheme] ?? [])
    .filter((options) => options.length > 0)
    .map((options) => options.join(" and "));
  return alternatives.length > 0 ? `: pass ${[...new Set(alternatives)].join(", or ")}` : "";
}
