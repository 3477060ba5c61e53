import type { ApiIR } from "../ir/types.js";
import type { OpenApiDocument } from "../load/openapi-document.js";
import { emitApiFile } from "./api-file.js";
import { emitClientFile } from "./client-file.js";
import { planComponentSchemas } from "./component-schemas.js";
import { emitErrorsFile } from "./errors-file.js";
import { exportedNames } from "./exported-names.js";
import { emitFunctionsFile } from "./functions-file.js";
import { generatedHeader } from "./header.js";
import { emitIndexFile } from "./index-file.js";
import { emitOpenApiTypesFile } from "./openapi-types-file.js";
import { emitOperationsFile } from "./operations-file.js";
import { emitSchemasFile } from "./schemas-file.js";
import { emitTestingFile } from "./testing-file.js";
import { emitTypesFile } from "./types-file.js";
import { emitXmlCodecFile, emitXmlMappingsFile, xmlBodies } from "./xml-files.js";

/** A generated file: its path relative to the package's `src/generated/` and its text. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** IR (plus the document, for openapi-typescript) → every file of `src/generated/`, in memory. */
export async function generatePackageSources(
  api: ApiIR,
  doc: OpenApiDocument,
  specPath: string,
): Promise<GeneratedFile[]> {
  const header = generatedHeader(specPath);
  const names = exportedNames(api);
  const plan = planComponentSchemas(api.schemas);
  const files: [string, string][] = [
    ["openapi.gen.ts", await emitOpenApiTypesFile(doc, header)],
    ["schemas.gen.ts", emitSchemasFile(api, plan, header)],
    ["operations.gen.ts", emitOperationsFile(api, plan, header)],
    ["types.gen.ts", emitTypesFile(api, names, header)],
    ["errors.gen.ts", emitErrorsFile(api, names, header)],
    ["api.gen.ts", emitApiFile(api, names, header)],
    ["functions.gen.ts", emitFunctionsFile(api, names, header)],
    ["client.gen.ts", emitClientFile(api, names, header)],
    ["index.gen.ts", emitIndexFile(api, names, header)],
  ];
  const usesXml = xmlBodies(api).size > 0;
  files.push(["testing.gen.ts", emitTestingFile(api, names, header, usesXml)]);
  if (usesXml) {
    files.push(["xml-codec.gen.ts", emitXmlCodecFile(header)]);
    files.push(["xml-mappings.gen.ts", emitXmlMappingsFile(api, header)]);
  }
  return files.map(([path, content]) => ({ path, content }));
}
