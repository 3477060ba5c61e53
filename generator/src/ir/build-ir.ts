import { readApiName, readErrorFields } from "../load/extensions/info.js";
import { readPlaceholder, readServerName } from "../load/extensions/servers.js";
import { isObject, listOperations, type OpenApiDocument } from "../load/openapi-document.js";
import { camelCase, createNameRegistry, pascalCase } from "./names.js";
import { hasOperationId, toOperationIR } from "./operations.js";
import { toSchemaIR } from "./schema.js";
import { securitySchemesIR } from "./security.js";
import type { ApiIR, NamedSchemaIR, OperationIR, ServerIR } from "./types.js";

export interface BuildIrOptions {
  /** Package short name, e.g. `petstore`. */
  readonly name: string;
}

/** A loaded, lint-clean document → the IR every emitter reads. */
export function buildIR(doc: OpenApiDocument, options: BuildIrOptions): ApiIR {
  const info = doc.info;
  const openapi30 = doc.openapi.startsWith("3.0");
  const schemaNames = createNameRegistry();
  const rawSchemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const schemas: NamedSchemaIR[] = Object.entries(rawSchemas).map(([name, raw]) => {
    const base = schemaNames.take(pascalCase(name));
    return {
      name,
      identifier: schemaNames.take(`${base}Schema`),
      inputIdentifier: schemaNames.take(`${base}InputSchema`),
      schema: toSchemaIR(raw, openapi30),
    };
  });
  const givenName = readApiName(info);
  return {
    name: options.name,
    pascalName: givenName ?? pascalCase(options.name),
    title: String(info.title ?? options.name),
    version: String(info.version ?? "0.0.0"),
    ...(typeof info.description === "string" ? { description: info.description.trim() } : {}),
    servers: serversIR(doc.servers),
    securitySchemes: securitySchemesIR(doc),
    errors: readErrorFields(info),
    schemas,
    operations: operationsIR(doc),
  };
}

/**
 * Operations in document order; identifiers are handed out to the spec's own operationIds
 * first, so a name derived from method and path never displaces one the spec chose.
 */
function operationsIR(doc: OpenApiDocument): OperationIR[] {
  const locations = listOperations(doc);
  const operations = locations.map((location) => toOperationIR(doc, location));
  const names = createNameRegistry();
  const identifiers = new Map<number, string>();
  for (const explicit of [true, false]) {
    locations.forEach((location, index) => {
      if (hasOperationId(location.operation) === explicit) {
        identifiers.set(index, names.take(camelCase(operations[index]!.id)));
      }
    });
  }
  return operations.map((operation, index) => ({ ...operation, identifier: identifiers.get(index)! }));
}

function serversIR(raw: unknown): ServerIR[] {
  if (!Array.isArray(raw)) {
    return [];
  }
  return raw.filter(isObject).map((server) => {
    const variables = isObject(server.variables) ? server.variables : {};
    const name = readServerName(server, []);
    return {
      url: String(server.url),
      ...(typeof server.description === "string" ? { description: server.description } : {}),
      ...(name !== undefined ? { name } : {}),
      variables: Object.entries(variables).map(([name, rawVariable]) => {
        const variable = isObject(rawVariable) ? rawVariable : {};
        return {
          name,
          // A placeholder default (`your-account`) is no value: the variable becomes a required option.
          ...(typeof variable.default === "string" && !readPlaceholder(variable, [])
            ? { default: variable.default }
            : {}),
          ...(Array.isArray(variable.enum) ? { enum: variable.enum.map(String) } : {}),
          ...(typeof variable.description === "string" ? { description: variable.description } : {}),
        };
      }),
    };
  });
}
