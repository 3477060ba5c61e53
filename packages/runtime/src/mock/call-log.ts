import type { ApiDescriptor } from "../descriptors.js";
import { REDACTED } from "../safety/redactor.js";
import type { MockViolation } from "./violation.js";

/** One request the mock received and what it did, with every credential redacted. */
export interface MockCall {
  /** The operationId, or what the request reached (a token endpoint, no operation). */
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The request body as sent (text), if any. */
  readonly body?: string;
  /** Arguments as the mock read them from the wire: `{ path, query, headers, body }`. */
  readonly args: Readonly<Record<string, unknown>>;
  readonly answer:
    | {
        readonly status: number;
        readonly mediaType?: string;
        readonly headers: Readonly<Record<string, string>>;
        readonly body?: string;
      }
    | { readonly fault: string };
  readonly violations: readonly MockViolation[];
  /** Answered from the deduplication store: the provider did nothing the second time. */
  readonly replayed?: boolean;
}

/** Where an API's credentials travel, read from its security schemes: redaction by structure. */
export interface CredentialPlaces {
  readonly headers: ReadonlySet<string>;
  readonly query: ReadonlySet<string>;
  /** Token request and answer fields. */
  readonly fields: ReadonlySet<string>;
}

export function credentialPlaces(api: ApiDescriptor): CredentialPlaces {
  const headers = new Set(["authorization", "cookie", "proxy-authorization"]);
  const query = new Set<string>();
  for (const scheme of Object.values(api.securitySchemes)) {
    if (scheme.type === "apiKey" && scheme.in === "header") {
      headers.add(scheme.name.toLowerCase());
    }
    if (scheme.type === "apiKey" && scheme.in === "query") {
      query.add(scheme.name);
    }
  }
  return { headers, query, fields: new Set(["client_secret", "access_token", "refresh_token", "password"]) };
}

export function redactHeaders(headers: Headers, places: CredentialPlaces): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = places.headers.has(name) ? REDACTED : value;
  });
  return record;
}

export function redactUrl(url: URL, places: CredentialPlaces): string {
  const copy = new URL(url.href);
  for (const name of places.query) {
    if (copy.searchParams.has(name)) {
      copy.searchParams.set(name, REDACTED);
    }
  }
  return copy.href.replaceAll(encodeURIComponent(REDACTED), REDACTED);
}

/** A JSON or form body with its credential fields redacted; other text as is. */
export function redactBody(text: string, places: CredentialPlaces): string {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== "object" || value === null) {
      return text;
    }
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const field of places.fields) {
      if (Object.hasOwn(copy, field)) {
        copy[field] = REDACTED;
      }
    }
    return JSON.stringify(copy);
  } catch {
    if (!/^[\w.%+-]+=/.test(text)) {
      return text;
    }
    const form = new URLSearchParams(text);
    for (const field of places.fields) {
      if (form.has(field)) {
        form.set(field, REDACTED);
      }
    }
    return form.toString();
  }
}
