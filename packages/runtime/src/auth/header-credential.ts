import { ConfigurationError } from "../errors/configuration-error.js";
import { headerProblem } from "../safety/headers.js";
import type { HeaderPair } from "./auth-method.js";

/** Refuses, at client creation, a credential header that could not be sent; the message never shows the value. */
export function assertSendable(schemeName: string, [header, value]: HeaderPair, forbidden?: RegExp): void {
  const problem =
    headerProblem(header, value) ??
    (forbidden?.test(value) ? `the value must not contain ${forbidden.source}` : undefined);
  if (problem !== undefined) {
    throw new ConfigurationError(`credentials.${schemeName}: ${problem}`);
  }
}
