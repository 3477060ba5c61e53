import type { Credential } from "../auth/credential.js";
import type { OperationDescriptor, SecuritySchemeDescriptor } from "../descriptors.js";
import type { MockViolation } from "./violation.js";

/** What a bearer token is to the mock's token endpoint. */
export type TokenState = "valid" | "expired" | "unknown";

export interface CredentialContext {
  readonly schemes: Readonly<Record<string, SecuritySchemeDescriptor>>;
  readonly credentials: Readonly<Record<string, Credential>>;
  readonly tokenState: (token: string) => TokenState;
}

/** The outcome: accepted, an expired token (the provider's 401, not a contract breach), or violations. */
export type CredentialVerdict =
  | { readonly kind: "ok" }
  | { readonly kind: "expired" }
  | { readonly kind: "violations"; readonly violations: MockViolation[] };

/** Some alternative of the operation's security requirements must be met in full, in the documented place. */
export function checkCredentials(
  operation: OperationDescriptor,
  url: URL,
  headers: Headers,
  context: CredentialContext,
): CredentialVerdict {
  if (operation.security.length === 0) {
    return { kind: "ok" };
  }
  let first: MockViolation[] | undefined;
  let expired = false;
  for (const alternative of operation.security) {
    const violations: MockViolation[] = [];
    for (const name of alternative) {
      const problem = checkScheme(name, url, headers, context);
      if (problem === "expired") {
        expired = true;
      } else if (problem !== undefined) {
        violations.push({ operation: operation.id, rule: "security", ...problem });
      }
    }
    if (violations.length === 0 && !expired) {
      return { kind: "ok" };
    }
    first ??= violations;
  }
  if (expired) {
    return { kind: "expired" };
  }
  return { kind: "violations", violations: first ?? [] };
}

function checkScheme(
  name: string,
  url: URL,
  headers: Headers,
  context: CredentialContext,
): { pointer: string; message: string } | "expired" | undefined {
  const scheme = context.schemes[name];
  const credential = context.credentials[name];
  if (scheme === undefined) {
    return { pointer: "", message: `security scheme ${name} is not documented` };
  }
  if (scheme.type === "apiKey") {
    const sent = scheme.in === "query" ? url.searchParams.get(scheme.name) : headers.get(scheme.name);
    const pointer = `/${scheme.in === "query" ? "query" : "headers"}/${scheme.name}`;
    if (sent === null) {
      return { pointer, message: `${name}: the API key is missing from the ${scheme.in}` };
    }
    if (credential?.type === "apiKey" && sent !== credential.value) {
      return { pointer, message: `${name}: not the API key the mock was given` };
    }
    return undefined;
  }
  const authorization = headers.get("authorization");
  const pointer = "/headers/Authorization";
  if (authorization === null) {
    return { pointer, message: `${name}: the Authorization header is missing` };
  }
  if (scheme.type === "http" && scheme.scheme === "basic") {
    if (!/^Basic /.test(authorization)) {
      return { pointer, message: `${name}: expected HTTP Basic credentials` };
    }
    if (
      credential?.type === "basic" &&
      authorization !== `Basic ${btoa(`${credential.username}:${credential.password}`)}`
    ) {
      return { pointer, message: `${name}: not the user name and password the mock was given` };
    }
    return undefined;
  }
  const token = /^Bearer (.+)$/.exec(authorization)?.[1];
  if (token === undefined) {
    return { pointer, message: `${name}: expected a Bearer token` };
  }
  if (scheme.type === "http") {
    if (credential?.type === "bearer" && token !== credential.token) {
      return { pointer, message: `${name}: not the token the mock was given` };
    }
    return undefined;
  }
  const state = context.tokenState(token);
  if (state === "expired") {
    return "expired";
  }
  if (state === "unknown") {
    return { pointer, message: `${name}: a token the token endpoint never issued` };
  }
  return undefined;
}
