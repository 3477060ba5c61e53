import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { toJsonSchema } from "./json-schema.js";
import { isObject, type OpenApiDocument } from "./openapi-document.js";

// ajv ships CommonJS whose default export does not survive ESM interop cleanly.
const Ajv2020 = createRequire(import.meta.url)("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js").default;

const REF_BASE = "billforge:spec";

/** Validates example values against the spec's schemas (JSON Schema 2020-12 semantics). */
export interface ExampleValidator {
  /** Error messages for `value` against `schema`; empty when it is valid. */
  check(schema: unknown, value: unknown): string[];
}

export function createExampleValidator(doc: OpenApiDocument): ExampleValidator {
  const openapi30 = doc.openapi.startsWith("3.0");
  // formats are annotations in 2020-12; unknown OpenAPI keywords (xml, example) are ignored.
  const ajv = new Ajv2020({ strict: false, validateFormats: false, validateSchema: false, allErrors: true });
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const converted = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, toJsonSchema(schema, openapi30, REF_BASE)]),
  );
  ajv.addSchema({ components: { schemas: converted } }, REF_BASE);
  const cache = new WeakMap<object, ValidateFunction>();
  return {
    check(schema, value) {
      if (!isObject(schema)) return [];
      let validate = cache.get(schema);
      if (!validate) {
        validate = ajv.compile(toJsonSchema(schema, openapi30, REF_BASE) as object);
        cache.set(schema, validate);
      }
      return validate(value) ? [] : (validate.errors ?? []).map(describeError);
    },
  };
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === "" ? "the example" : `example${error.instancePath}`;
  const allowed = error.keyword === "enum" ? ` (${(error.params.allowedValues as unknown[]).join(", ")})` : "";
  return `${where} ${error.message ?? "is invalid"}${allowed}`;
}
