import { createConfig } from "@redocly/openapi-core";
import openapiTS, { astToString } from "openapi-typescript";
import type { Project } from "ts-morph";
import type { OpenApiDocument } from "../load/openapi-document.js";
import { printSourceFile } from "./source-project.js";

/**
 * `openapi.gen.ts`: the spec's types from openapi-typescript's programmatic API, fed the
 * already-loaded document. The only module that knows openapi-typescript.
 */
export async function emitOpenApiTypesFile(project: Project, doc: OpenApiDocument, header: string): Promise<string> {
  const ast = await openapiTS(structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0], {
    // $Read/$Write markers let request types drop readOnly fields and results drop writeOnly ones.
    readWriteMarkers: true,
    emptyObjectsUnknown: true,
    silent: true,
    redocly: await createConfig({ rules: {} }),
  });
  return printSourceFile(project, "openapi.gen.ts", header, [astToString(ast)]);
}
