import type { SecuritySchemeDescriptor } from "../descriptors.js";
import { isLongEnoughSecret, MIN_SECRET_LENGTH } from "../safety/redactor.js";

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

/**
 * Why a credential is too short to be a real one, or undefined. The secret part must
 * have MIN_SECRET_LENGTH characters: a shorter value cannot be hidden in text without
 * mangling it (and revealing itself by the holes). A Basic password may be empty when
 * the user name is the secret.
 */
export function shortCredentialProblem(credential: Credential): string | undefined {
  const [field, value] = secretPart(credential);
  if (isLongEnoughSecret(value)) {
    return undefined;
  }
  return `${field} has ${[...value].length} characters; credentials shorter than ${MIN_SECRET_LENGTH} are refused (a real one is longer; check the value passed)`;
}

function secretPart(credential: Credential): [field: string, value: string] {
  switch (credential.type) {
    case "apiKey":
      return ["the API key", credential.value];
    case "bearer":
      return ["the bearer token", credential.token];
    case "basic":
      return credential.password === ""
        ? ["the user name (the password is empty)", credential.username]
        : ["the password", credential.password];
    case "oauth2ClientCredentials":
      return ["the client secret", credential.clientSecret];
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
