import { ConfigurationError } from "../errors/configuration-error.js";
import type { AuthMethod, HeaderPair } from "./auth-method.js";

/** HTTP Basic: user name and password in the `Authorization` header. */
export const basicAuth: AuthMethod<"basic"> = {
  credentialType: "basic",
  prepare({ name, credential }, { redactor }) {
    if (credential.username.includes(":")) {
      throw new ConfigurationError(`credentials.${name}: a Basic username cannot contain ":" (RFC 7617)`);
    }
    const header: HeaderPair = ["Authorization", basicAuthorization(credential.username, credential.password)];
    redactor.addSecret(header[1].slice("Basic ".length));
    return async () => ({ header });
  },
};

/**
 * `Authorization: Basic …` (RFC 7617) with UTF-8 credentials. `btoa` alone throws on
 * characters beyond Latin-1, so the UTF-8 bytes are encoded instead.
 */
export function basicAuthorization(username: string, password: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) {
    binary += String.fromCharCode(byte);
  }
  return `Basic ${btoa(binary)}`;
}
