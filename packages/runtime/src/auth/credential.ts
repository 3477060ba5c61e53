import type { SecuritySchemeDescriptor } from "../descriptors.js";

/** A credential for one security scheme, as a generated client passes it. */
export type Credential =
  | { readonly type: "apiKey"; readonly value: string }
  | { readonly type: "bearer"; readonly token: string }
  | { readonly type: "basic"; readonly username: string; readonly password: string }
  | {
      readonly type: "oauth2ClientCredentials";
      readonly clientId: string;
      readonly clientSecret: string;
      /** Extra token request fields the scheme lists in `extraFields`, e.g. `redirect_uri`. */
      readonly extra?: Readonly<Record<string, string>> | undefined;
    };

/** Which credential types can satisfy a scheme; a ready-made bearer token also serves an OAuth2 scheme. */
export function acceptsCredential(scheme: SecuritySchemeDescriptor, credential: Credential): boolean {
  switch (scheme.type) {
    case "apiKey":
      return credential.type === "apiKey";
    case "http":
      return credential.type === scheme.scheme;
    case "oauth2ClientCredentials":
      return credential.type === "oauth2ClientCredentials" || credential.type === "bearer";
  }
}

/** Every secret value of a credential, for the redactor. */
export function credentialSecrets(credential: Credential): string[] {
  switch (credential.type) {
    case "apiKey":
      return [credential.value];
    case "bearer":
      return [credential.token];
    case "basic":
      return [credential.username, credential.password];
    case "oauth2ClientCredentials":
      return [credential.clientId, credential.clientSecret];
  }
}

export function describeScheme(name: string, scheme: SecuritySchemeDescriptor): string {
  switch (scheme.type) {
    case "apiKey":
      return `${name} (API key in ${scheme.in} ${scheme.name})`;
    case "http":
      return `${name} (HTTP ${scheme.scheme})`;
    case "oauth2ClientCredentials":
      return `${name} (OAuth2 client credentials)`;
  }
}
