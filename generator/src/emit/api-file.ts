import type { ApiIR, SecuritySchemeIR } from "../ir/types.js";
import { constDeclaration } from "./const-statement.js";
import type { ExportedNames } from "./exported-names.js";
import type { LiteralValue } from "./literal-writer.js";
import { sourceText } from "./source-text.js";

/** `api.gen.ts`: what the runtime needs of the API as a whole (servers, auth, error fields). */
export function emitApiFile(api: ApiIR, names: ExportedNames, header: string): string {
  return sourceText(
    header,
    ['import type { ApiDescriptor } from "@billforge/runtime";'],
    [
      constDeclaration({
        name: names.apiDescriptor,
        type: "ApiDescriptor",
        docs: `${api.title} ${api.version}: servers, security schemes and error fields.`,
        initializer: {
          name: api.name,
          title: api.title,
          version: api.version,
          servers: api.servers.map((server) => ({
            url: server.url,
            description: server.description,
            name: server.name,
            variables: Object.fromEntries(
              server.variables.map(({ name, ...variable }) => [
                name,
                { ...variable, enum: variable.enum ? [...variable.enum] : undefined },
              ]),
            ),
          })),
          securitySchemes: Object.fromEntries(api.securitySchemes.map((s) => [s.name, schemeDescriptor(s)])),
          // Undefined values are left out of the literal: only APIs with public operations say so.
          credentialsOptional:
            api.securitySchemes.length > 0 && api.operations.some((op) => op.security.length === 0) ? true : undefined,
          errors: {
            code: [...api.errors.code],
            message: [...api.errors.message],
            messages: [...api.errors.messages],
            requestId: [...api.errors.requestId],
            requestIdHeaders: [...api.errors.requestIdHeaders],
          },
        },
      }),
    ],
  );
}

function schemeDescriptor(scheme: SecuritySchemeIR): LiteralValue {
  switch (scheme.type) {
    case "apiKey":
      return { type: "apiKey", in: scheme.in, name: scheme.paramName };
    case "basic":
      return { type: "http", scheme: "basic" };
    case "bearer":
      return { type: "http", scheme: "bearer" };
    case "oauth2ClientCredentials":
      return {
        type: "oauth2ClientCredentials",
        tokenUrl: scheme.tokenUrl,
        requestEncoding: scheme.encoding,
        extraFields: scheme.extra.map((e) => e.field),
        scopes: [...scheme.scopes],
      };
  }
}
