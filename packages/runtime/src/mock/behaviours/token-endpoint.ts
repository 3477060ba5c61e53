import type { Credential } from "../../auth/credential.js";
import { formCodec } from "../../body/form-codec.js";
import { safeJsonParse } from "../../body/safe-json-parse.js";
import type { SecuritySchemeDescriptor } from "../../descriptors.js";
import type { TokenState } from "../check-credentials.js";
import type { MockViolation } from "../violation.js";

type OAuth2Scheme = Extract<SecuritySchemeDescriptor, { type: "oauth2ClientCredentials" }>;

export interface TokenAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly violations: MockViolation[];
}

/**
 * An OAuth2 client-credentials token endpoint (RFC 6749 §4.4), for APIs whose spec names
 * one: issues tokens for the mock's client id and secret, lets them expire by the
 * mock's clock, and tells the credential check which tokens are live.
 */
export class TokenEndpoint {
  private readonly issued = new Map<string, number>();
  private count = 0;
  /** Every token request answered, for tests that count renewals. */
  requests = 0;

  constructor(
    private readonly schemeName: string,
    private readonly scheme: OAuth2Scheme,
    private readonly credential: Credential | undefined,
    private readonly lifetimeSeconds: number,
    private readonly now: () => number,
  ) {}

  /** The token endpoint's path, resolved against the base URL's origin like the client does. */
  matches(method: string, url: URL, base: URL): boolean {
    return method === "POST" && url.href.split("?")[0] === new URL(this.scheme.tokenUrl, base.origin).href;
  }

  answer(text: string): TokenAnswer {
    this.requests += 1;
    const fields =
      this.scheme.requestEncoding === "json" ? safeJsonParse(text) : formCodec.decode(text, { mediaType: "" });
    const record = typeof fields === "object" && fields !== null ? (fields as Record<string, unknown>) : {};
    const violations: MockViolation[] = [];
    const expect = (field: string, wanted: string | undefined) => {
      if (record[field] === undefined) {
        violations.push(this.violation(`/body/${field}`, "required", `the token request needs ${field}`));
      } else if (wanted !== undefined && record[field] !== wanted) {
        violations.push(this.violation(`/body/${field}`, "security", `${field} is not the one the mock was given`));
      }
    };
    expect("grant_type", "client_credentials");
    const credential = this.credential?.type === "oauth2ClientCredentials" ? this.credential : undefined;
    expect("client_id", credential?.clientId);
    expect("client_secret", credential?.clientSecret);
    for (const field of this.scheme.extraFields) {
      expect(field, credential?.extra?.[field]);
    }
    if (violations.length > 0) {
      return { status: 401, body: { error: "invalid_client" }, violations };
    }
    this.count += 1;
    const token = `mock-access-token-${this.count}`;
    this.issued.set(token, this.now() + this.lifetimeSeconds * 1000);
    return {
      status: 200,
      body: { access_token: token, token_type: "Bearer", expires_in: this.lifetimeSeconds },
      violations,
    };
  }

  state(token: string): TokenState {
    const expiry = this.issued.get(token);
    if (expiry === undefined) {
      return "unknown";
    }
    return this.now() < expiry ? "valid" : "expired";
  }

  /** Every token issued so far stops working: the next call with one is answered 401. */
  expireAll(): void {
    for (const token of this.issued.keys()) {
      this.issued.set(token, Number.NEGATIVE_INFINITY);
    }
  }

  reset(): void {
    this.issued.clear();
    this.requests = 0;
  }

  private violation(pointer: string, rule: string, message: string): MockViolation {
    return { operation: `${this.schemeName} token request`, pointer, rule, message };
  }
}

/** The first OAuth2 client-credentials scheme of an API, if it has one. */
export function oauth2Scheme(
  schemes: Readonly<Record<string, SecuritySchemeDescriptor>>,
): [string, OAuth2Scheme] | undefined {
  for (const [name, scheme] of Object.entries(schemes)) {
    if (scheme.type === "oauth2ClientCredentials") {
      return [name, scheme];
    }
  }
  return undefined;
}
