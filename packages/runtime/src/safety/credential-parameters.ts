import type { ApiDescriptor } from "../descriptors.js";
import type { ValidationIssue } from "../validation/issues.js";

/** Where this API's credentials travel: names a caller must not set themselves. */
export interface CredentialParameters {
  /** Query parameter names, exact (`api_key`). */
  readonly query: ReadonlySet<string>;
  /** Header names, lower case (`x-api-key`, `authorization`, `cookie`). */
  readonly headers: ReadonlySet<string>;
}

/**
 * A caller's `api_key` query value would be sent beside the real one (`?api_key=evil&api_key=<key>`),
 * an `Authorization` header would replace or shadow the client's credential: both are
 * refused, so the only credential a request carries is the one the client was built with.
 */
export function credentialParameters(api: ApiDescriptor): CredentialParameters {
  const query = new Set<string>();
  const headers = new Set<string>();
  for (const scheme of Object.values(api.securitySchemes)) {
    if (scheme.type !== "apiKey") {
      headers.add("authorization");
    } else if (scheme.in === "query") {
      query.add(scheme.name);
    } else if (scheme.in === "header") {
      headers.add(scheme.name.toLowerCase());
    } else {
      headers.add("cookie");
    }
  }
  return { query, headers };
}

const CODE = "credential_parameter";

export function credentialQueryIssues(
  names: CredentialParameters,
  query: Readonly<Record<string, unknown>>,
  path: readonly string[],
): ValidationIssue[] {
  if (names.query.size === 0) {
    return [];
  }
  return Object.keys(query)
    .filter((name) => names.query.has(name) && query[name] !== undefined)
    .map((name) => ({ path: [...path, name], message: credentialMessage("query parameter", name), code: CODE }));
}

export function credentialHeaderIssues(
  names: CredentialParameters,
  headers: Readonly<Record<string, unknown>>,
  path: readonly string[],
): ValidationIssue[] {
  if (names.headers.size === 0) {
    return [];
  }
  return Object.keys(headers)
    .filter((name) => names.headers.has(name.toLowerCase()) && headers[name] !== undefined)
    .map((name) => ({ path: [...path, name], message: credentialMessage("header", name), code: CODE }));
}

function credentialMessage(kind: string, name: string): string {
  return `the ${kind} ${name} carries this client's credential and cannot be set per call; configure the credential when creating the client`;
}
