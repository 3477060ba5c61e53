import type { SchemaObject, TransformNodeOptions } from "openapi-typescript";
import ts from "typescript";

/** A multipart/form-data body's schema, and anything below it (its fields, their items). */
const MULTIPART_CONTENT = /\/content\/multipart~1form-data\//i;

/**
 * openapi-typescript's `transform` hook: a `format: binary` string inside a multipart
 * body is a file, typed `Blob | Uint8Array` as the runtime's multipart codec takes it
 * (the JSON bodies a spec may also spell this way keep openapi-typescript's `string`).
 */
export function binaryFieldType(schema: SchemaObject, options: TransformNodeOptions): ts.TypeNode | undefined {
  if (schema.format !== "binary" || options.path === undefined || !MULTIPART_CONTENT.test(options.path)) {
    return undefined;
  }
  return ts.factory.createUnionTypeNode([
    ts.factory.createTypeReferenceNode("Blob"),
    ts.factory.createTypeReferenceNode("Uint8Array"),
  ]);
}
