import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { createExampleExplainer, type ExampleError } from "./example-explainer.js";
import { toJsonSchema } from "./json-schema.js";
import { isObject, type JsonObject, type OpenApiDocument } from "./openapi-document.js";
import { specRegExp } from "./spec-pattern.js";

// ajv ships CommonJS whose default export does not survive ESM interop cleanly; it is
// loaded only when an example needs it.
const loadAjv = () => createRequire(import.meta.url)("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js").default;

const REF_BASE = "billforge:spec";

/** Validates example values against the spec's schemas (JSON Schema 2020-12 semantics). */
export interface ExampleValidator {
  /** Error messages for `value` against `schema`; empty when it is valid. */
  check(schema: unknown, value: unknown): string[];
}

export function createExampleValidator(doc: OpenApiDocument): ExampleValidator {
  const openapi30 = doc.openapi.startsWith("3.0");
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  // Converted when an example first reaches them: most components never are.
  const convertedByName = new Map<string, unknown>();
  const component = (name: string): unknown => {
    if (!Object.hasOwn(schemas, name)) {
      return undefined;
    }
    let converted = convertedByName.get(name);
    if (converted === undefined) {
      converted = toJsonSchema(schemas[name], openapi30, REF_BASE);
      convertedByName.set(name, converted);
    }
    return converted;
  };
  const allConverted = () => Object.fromEntries(Object.keys(schemas).map((name) => [name, component(name)]));
  // Compiling with ajv (generating and evaluating code) was the slowest part of loading a
  // large spec. Examples are checked, and invalid ones explained, by walking their schema;
  // ajv is loaded only for a keyword the walk does not know. It then compiles a validator
  // that stops at the first error, and one that collects every error (for the
  // diagnostics) only for a schema with an invalid example.
  const walk = createExampleExplainer(component, REF_BASE);
  let decide: ((schema: JsonObject) => ValidateFunction) | undefined;
  let explain: ((schema: JsonObject) => ValidateFunction) | undefined;
  return {
    check(schema, value) {
      if (!isObject(schema)) {
        return [];
      }
      try {
        return checkValue(schema, value);
      } catch {
        // A schema ajv cannot compile leaves its example undecided: never a crash.
        return [];
      }
    },
  };

  function checkValue(schema: JsonObject, value: unknown): string[] {
    const errors = walk(toJsonSchema(schema, openapi30, REF_BASE), value);
    if (errors !== undefined) {
      return errors.map(describeError);
    }
    decide ??= compiler(allConverted(), openapi30, false);
    if (decide(schema)(value)) {
      return [];
    }
    explain ??= compiler(allConverted(), openapi30, true);
    const validate = explain(schema);
    return validate(value) ? [] : (validate.errors ?? []).map(ajvError).map(describeError);
  }
}

/** Validators by schema, compiled once: a bare `$ref` once per component however many bodies share it. */
function compiler(
  components: Record<string, unknown>,
  openapi30: boolean,
  allErrors: boolean,
): (schema: JsonObject) => ValidateFunction {
  // formats are annotations in 2020-12; unknown OpenAPI keywords (xml, example) are ignored.
  // Referenced schemas compile to functions of their own rather than inline copies, and the
  // code is not optimized: both make compiling faster, and these validators run once.
  const Ajv2020 = loadAjv();
  const ajv = new Ajv2020({
    strict: false,
    validateFormats: false,
    validateSchema: false,
    allErrors,
    // Patterns compile as the generated validators compile them (spec-pattern.ts).
    code: { optimize: false, regExp: specRegExp },
    inlineRefs: false,
  });
  ajv.addSchema({ components: { schemas: components } }, REF_BASE);
  const bySchema = new WeakMap<object, ValidateFunction>();
  const byRef = new Map<string, ValidateFunction>();
  return (schema) => {
    const ref = localRefOnly(schema);
    let validate = ref === undefined ? bySchema.get(schema) : byRef.get(ref);
    if (validate) {
      return validate;
    }
    validate =
      (ref === undefined ? undefined : ajv.getSchema(`${REF_BASE}${ref}`)) ??
      ajv.compile(toJsonSchema(schema, openapi30, REF_BASE) as object);
    if (ref === undefined) {
      bySchema.set(schema, validate);
    } else {
      byRef.set(ref, validate);
    }
    return validate;
  };
}

/** The target of a schema that is nothing but a local `$ref`. */
function localRefOnly(schema: JsonObject): string | undefined {
  const { $ref, ...rest } = schema;
  return typeof $ref === "string" && $ref.startsWith("#/") && Object.keys(rest).length === 0 ? $ref : undefined;
}

function ajvError(error: ErrorObject): ExampleError {
  return {
    instancePath: error.instancePath,
    message: error.message ?? "is invalid",
    ...(error.keyword === "enum" ? { allowedValues: error.params.allowedValues as unknown[] } : {}),
  };
}

function describeError(error: ExampleError): string {
  const where = error.instancePath === "" ? "the example" : `example${error.instancePath}`;
  const allowed = error.allowedValues === undefined ? "" : ` (${error.allowedValues.join(", ")})`;
  return `${where} ${error.message}${allowed}`;
}
