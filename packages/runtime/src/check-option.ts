import { ConfigurationError } from "./errors/configuration-error.js";

/**
 * Refuses, when the client is created, a generated option whose value is not one the
 * spec allows (e.g. `format: "yaml"`), instead of failing on every call later.
 */
export function checkOptionValue<T>(name: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) {
    const list = allowed.map((v) => JSON.stringify(v)).join(", ");
    throw new ConfigurationError(`${name} must be one of ${list}, not ${JSON.stringify(value)}`);
  }
  return value;
}
