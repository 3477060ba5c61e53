import { createConfig } from "@redocly/openapi-core";
import {
  astToString,
  type GlobalContext,
  type OpenAPI3,
  resolveRef,
  scanDiscriminators,
  transformSchema,
} from "openapi-typescript";
import type { OpenApiDocument } from "../load/openapi-document.js";
import { binaryFieldType } from "./binary-types.js";
import { copyForDiscriminators } from "./discriminator-copy.js";
import { layoutOpenApiTypes } from "./openapi-layout.js";

/**
 * `openapi.gen.ts`: the spec's types from openapi-typescript's programmatic API, fed the
 * already-loaded document. The only module that knows openapi-typescript.
 *
 * `openapiTS()` would lint and bundle the document with redocly once more before
 * transforming it; the loader has done both, so this calls its transform directly with
 * the context `openapiTS()` builds (its defaults, plus our options).
 */
export async function emitOpenApiTypesFile(doc: OpenApiDocument, header: string): Promise<string> {
  // The transform must not touch the document the IR was built from: openapi-typescript
  // patches discriminator enums into the schemas it is given (nothing else of it writes),
  // so a document with a discriminator gets copies of the nodes it may patch.
  const schema = (hasKey(doc, "discriminator") ? copyForDiscriminators(doc) : doc) as unknown as OpenAPI3;
  const context: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // A property with a default may be left out of a request (the server fills it) and of a response.
    defaultNonNullable: false,
    discriminators: scanDiscriminators(schema, {}),
    // Objects without properties are `Record<string, unknown>`, not `Record<string, never>`.
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: await createConfig({ rules: {} }),
    silent: true,
    // Files in multipart bodies are Blobs or bytes, not strings.
    transform: binaryFieldType,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    // $Read/$Write markers let request types drop readOnly fields and results drop writeOnly ones.
    readWriteMarkers: true,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: true }),
  };
  // openapi-typescript's printer has formatted the types with its own indentation: they are
  // re-indented and laid out at our width, not printed again.
  const types = astToString(transformSchema(schema, context)).replaceAll("\r\n", "\n");
  const text = `${header.endsWith("\n") ? header : `${header}\n`}${layoutOpenApiTypes(types)}`;
  return text.endsWith("\n") ? text : `${text}\n`;
}

/** Whether any object in the document, at any depth, has `key`. */
function hasKey(node: unknown, key: string): boolean {
  if (typeof node !== "object" || node === null) {
    return false;
  }
  if (Array.isArray(node)) {
    return node.some((item) => hasKey(item, key));
  }
  if (Object.hasOwn(node, key)) {
    return true;
  }
  for (const name in node) {
    if (hasKey((node as Record<string, unknown>)[name], key)) {
      return true;
    }
  }
  return false;
}
