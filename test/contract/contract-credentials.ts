import { buildIR, loadSpec, type SecuritySchemeIR } from "@billforge/generator";

/**
 * Client options carrying a test credential for every security scheme of a spec, under
 * the option names the generated client uses (`apiKey`, `token`, `apiUser` + `apiKey`…):
 * a contract test follows the spec's auth when it changes. Values are of a real length
 * (shorter ones are refused) and unique per option, so a snapshot shows none of them.
 */
export async function contractCredentials(specFile: string, name: string): Promise<Record<string, string>> {
  const loaded = await loadSpec(specFile);
  if (!loaded.document) {
    throw new Error(`spec has errors: ${specFile}`);
  }
  const api = buildIR(loaded.document, { name });
  const options = api.securitySchemes.flatMap(credentialOptionNames);
  return Object.fromEntries(options.map((option) => [option, `test-${name}-${option}-0001`]));
}

function credentialOptionNames(scheme: SecuritySchemeIR): string[] {
  switch (scheme.type) {
    case "apiKey":
    case "bearer":
      return [scheme.option];
    case "basic":
      return [scheme.usernameOption, scheme.passwordOption];
    case "oauth2ClientCredentials":
      return [scheme.clientIdOption, scheme.clientSecretOption, ...scheme.extra.map((e) => e.option)];
  }
}
