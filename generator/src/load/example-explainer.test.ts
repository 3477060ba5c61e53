import { createRequire } from "node:module";
import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { createExampleExplainer, type ExampleError } from "./example-explainer.js";
import { specRegExp } from "./spec-pattern.js";

const Ajv2020 = createRequire(import.meta.url)("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js").default;
const BASE = "billforge:spec";

const components = {
  Address: {
    type: "object",
    required: ["line1"],
    properties: { line1: { type: "string", minLength: 1 }, country: { enum: ["SE", "PT"] } },
  },
  Tree: {
    type: "object",
    properties: { children: { type: "array", items: { $ref: `${BASE}#/components/schemas/Tree` } } },
  },
  Unknown: { type: "object", patternProperties: { "^x": { type: "string" } } },
  Pet: {
    type: "object",
    required: ["name", "kind"],
    additionalProperties: false,
    properties: { name: { type: "string" }, kind: { enum: ["cat", "dog", null] }, tags: { type: "array" } },
  },
};
const ref = (name: string) => ({ $ref: `${BASE}#/components/schemas/${name}` });

/** [what, schema, value, decided]: `decided` says the walk must answer (not defer to ajv). */
const CASES: [string, unknown, unknown, boolean][] = [
  ["type string", { type: "string" }, "a", true],
  ["type string, got number", { type: "string" }, 1, true],
  ["integer accepts 2.0", { type: "integer" }, 2.0, true],
  ["integer refuses 2.5", { type: "integer" }, 2.5, true],
  ["integer refuses 2.5 and checks its bound", { type: "integer", minimum: 3 }, 2.5, true],
  ["nullable type list", { type: ["string", "null"] }, null, true],
  ["type list refuses", { type: ["string", "null"] }, 3, true],
  ["type list with an object keyword refuses up front", { type: ["object", "null"], required: ["a"] }, "x", true],
  ["3.1 nullable beside a type adds null", { type: "string", nullable: true }, null, true],
  ["3.1 nullable beside a type still refuses a number", { type: "string", nullable: true }, 1, true],
  ["nullable without a type is left to ajv (it refuses the schema)", { nullable: true }, 1, false],
  ["object is not array", { type: "object" }, [], true],
  ["object with its keywords: type error in its group", { type: "object", required: ["a"] }, [], true],
  ["type error after an untyped keyword's", { type: "object", required: ["a"], enum: [{ a: 1 }] }, "x", true],
  ["type error before an untyped keyword's", { type: "string", enum: ["a"] }, 1, true],
  [
    "string keywords before the object group's type error",
    { type: "object", minLength: 3, required: ["a"] },
    "ab",
    true,
  ],
  ["enum hit", { enum: ["a", 1, null] }, null, true],
  ["enum miss", { enum: ["a", 1] }, "b", true],
  ["enum miss lists null and objects as ajv joins them", { enum: ["a", null, { b: 1 }] }, "c", true],
  ["enum deep", { enum: [{ a: [1, 2] }] }, { a: [1, 2] }, true],
  ["const miss", { const: { a: 1 } }, { a: 1, b: 2 }, true],
  ["const and enum both", { const: "a", enum: ["b"] }, "c", true],
  ["required missing, every one in order", { type: "object", required: ["id", "name", "at"] }, { name: "x" }, true],
  ["required on a non-object is ignored", { required: ["id"] }, "text", true],
  ["required inherited name counts as present (ajv reads data[prop])", { required: ["toString"] }, {}, true],
  ["properties checked", { properties: { id: { type: "integer" } } }, { id: "1" }, true],
  ["property names escaped in the path", { properties: { "a/b~c": { type: "integer" } } }, { "a/b~c": "1" }, true],
  [
    "additionalProperties false, one error per key",
    { properties: { a: {} }, additionalProperties: false },
    { b: 1, a: 1, c: 2 },
    true,
  ],
  ["additionalProperties schema", { additionalProperties: { type: "number" } }, { a: 1, b: "x" }, true],
  [
    "object keywords in ajv's order",
    {
      properties: { a: { type: "string" } },
      additionalProperties: false,
      required: ["z"],
      maxProperties: 1,
      minProperties: 5,
    },
    { a: 1, b: 2 },
    true,
  ],
  ["items", { type: "array", items: { type: "string" } }, ["a", 2, 3], true],
  ["array keywords in order", { maxItems: 1, minItems: 3, items: { type: "string" } }, [1, 2], true],
  ["minItems", { minItems: 2 }, [1], true],
  ["maxItems ignores strings", { maxItems: 0 }, "abc", true],
  ["maxLength counts code points", { maxLength: 1 }, "😀", true],
  ["maxLength refuses", { maxLength: 1 }, "ab", true],
  ["minLength", { minLength: 3 }, "ab", true],
  ["pattern", { pattern: "^[0-9]{3}$" }, "12a", true],
  ["pattern unicode class", { pattern: "^\\p{L}+$" }, "Åsa", true],
  ["pattern with escapes only legacy mode reads", { pattern: "^[a-zA-Z0-9_\\-\\:]+$" }, "a:b-c", true],
  ["pattern with escapes only legacy mode reads, refused", { pattern: "^[a-zA-Z0-9_\\-\\:]+$" }, "a b", true],
  ["string keywords in order", { pattern: "^a", minLength: 5, maxLength: 1 }, "bc", true],
  ["minimum", { minimum: 0 }, -1, true],
  ["exclusiveMinimum", { exclusiveMinimum: 0 }, 0, true],
  ["maximum ignores strings", { maximum: 1 }, "5", true],
  ["exclusiveMaximum", { exclusiveMaximum: 10 }, 10, true],
  ["number keywords in order", { minimum: 5, maximum: 1, exclusiveMinimum: 6, exclusiveMaximum: 0 }, 3, true],
  ["multipleOf", { multipleOf: 3 }, 7, true],
  ["multipleOf with floating point", { multipleOf: 0.1 }, 0.3, true],
  ["multipleOf hit", { multipleOf: 0.5 }, 2.5, true],
  ["minProperties", { minProperties: 1 }, {}, true],
  ["allOf", { allOf: [{ type: "object" }, { required: ["a"] }] }, { a: 1 }, true],
  ["allOf reports every member", { allOf: [{ required: ["a"] }, { required: ["b"] }] }, {}, true],
  ["anyOf none", { anyOf: [{ type: "string" }, { type: "integer" }] }, 1.5, true],
  ["anyOf one: its members' errors are dropped", { anyOf: [{ type: "string" }, { type: "number" }] }, 1.5, true],
  ["oneOf two match", { oneOf: [{ type: "number" }, { type: "integer" }] }, 1, true],
  ["oneOf three match", { oneOf: [{ type: "number" }, { type: "integer" }, { minimum: 0 }] }, 1, true],
  ["oneOf none", { oneOf: [{ type: "string" }, { type: "boolean", enum: [true] }] }, 1, true],
  ["oneOf exactly one", { oneOf: [{ type: "string" }, { type: "integer" }] }, 1, true],
  ["anyOf stops at its first match, as ajv does", { anyOf: [{ type: "string" }, { uniqueItems: true }] }, "a", true],
  ["oneOf stops at its second match", { oneOf: [{ type: "number" }, { minimum: 0 }, { uniqueItems: true }] }, 1, true],
  ["not", { not: { type: "null" } }, null, true],
  ["not satisfied", { not: { type: "null" } }, 1, true],
  ["ref valid", ref("Address"), { line1: "Storgatan 1", country: "SE" }, true],
  ["ref invalid nested", ref("Address"), { line1: "", country: "DE" }, true],
  ["ref beside other keywords", { $ref: ref("Address").$ref, required: ["zip"] }, { line1: "" }, true],
  ["ref in items, every error", { type: "array", items: ref("Pet") }, [{ name: 1, kind: "cow", x: 1 }, {}], true],
  ["recursive ref", ref("Tree"), { children: [{ children: [] }, { children: [1] }] }, true],
  ["annotations and extensions are ignored", { type: "string", format: "date", "x-a": 1, readOnly: true }, "x", true],
  ["boolean schema false", { properties: { a: false } }, { a: 1 }, true],
  ["nullable 3.0 shape as converted", { anyOf: [{ type: "object", required: ["a"] }, { type: "null" }] }, {}, true],
  ["patternProperties defers", ref("Unknown"), { xa: 1 }, false],
  ["uniqueItems pairwise", { uniqueItems: true }, [{ a: 1 }, 2, { a: 1 }, 2], true],
  ["uniqueItems holds", { uniqueItems: true }, [{ a: 1 }, { a: 2 }], true],
  ["uniqueItems false", { uniqueItems: false }, [1, 1], true],
  ["uniqueItems of typed scalars", { uniqueItems: true, items: { type: "string" } }, ["a", "b", "a", "b"], true],
  [
    "uniqueItems of mixed scalars",
    { uniqueItems: true, items: { type: ["string", "integer"] } },
    ["1", 1, 2, "1"],
    true,
  ],
  ["uniqueItems skips items of another type", { uniqueItems: true, items: { type: "integer" } }, ["a", "a", 1], true],
  ["uniqueItems after items", { uniqueItems: true, items: { type: "integer" } }, [1, "a", 1], true],
  ["uniqueItems with object items", { uniqueItems: true, items: { type: "object" } }, [{}, {}], true],
  ["prefixItems defers", { prefixItems: [{ type: "string" }] }, [1], false],
  ["unknown ref defers", { $ref: "other.yaml#/X" }, 1, false],
  ["a type ajv does not know defers", { type: "file" }, 1, false],
];

function ajvErrors(errors: readonly ErrorObject[] | null | undefined): ExampleError[] {
  return (errors ?? []).map((error) => ({
    instancePath: error.instancePath,
    message: error.message ?? "",
    ...(error.keyword === "enum" ? { allowedValues: error.params.allowedValues as unknown[] } : {}),
  }));
}

describe("example explainer", () => {
  const ajv = new Ajv2020({
    strict: false,
    validateFormats: false,
    validateSchema: false,
    allErrors: true,
    code: { regExp: specRegExp },
  });
  ajv.addSchema({ components: { schemas: components } }, BASE);
  const explain = createExampleExplainer(
    (name) => (Object.hasOwn(components, name) ? components[name as keyof typeof components] : undefined),
    BASE,
  );

  it.each(CASES)("%s: the same errors as ajv", (_what, schema, value, decided) => {
    const errors = explain(schema, value);
    if (decided) {
      const validate = ajv.compile(schema as object);
      const valid = validate(value);
      expect(errors).toEqual(ajvErrors(validate.errors));
      expect(errors?.length === 0).toBe(valid);
    } else {
      expect(errors).toBeUndefined();
    }
  });

  it("finds errors in most cases of the table (the table is not all valid values)", () => {
    const invalid = CASES.filter(([, schema, value, decided]) => decided && (explain(schema, value)?.length ?? 0) > 0);
    expect(invalid.length).toBeGreaterThan(CASES.length / 2);
  });

  it("defers when a keyword it does not know follows a failed one", () => {
    expect(explain({ type: "string", contains: { type: "string" } }, 1)).toBeUndefined();
  });

  it("defers for numbers ajv treats specially", () => {
    expect(explain({ type: "number" }, Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});
