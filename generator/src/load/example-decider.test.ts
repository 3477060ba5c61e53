import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createExampleDecider } from "./example-decider.js";
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
};
const ref = (name: string) => ({ $ref: `${BASE}#/components/schemas/${name}` });

/** [what, schema, value, decided]: `decided` says the walk must answer (not defer to ajv). */
const CASES: [string, unknown, unknown, boolean][] = [
  ["type string", { type: "string" }, "a", true],
  ["type string, got number", { type: "string" }, 1, true],
  ["integer accepts 2.0", { type: "integer" }, 2.0, true],
  ["integer refuses 2.5", { type: "integer" }, 2.5, true],
  ["nullable type list", { type: ["string", "null"] }, null, true],
  ["type list refuses", { type: ["string", "null"] }, 3, true],
  ["object is not array", { type: "object" }, [], true],
  ["enum hit", { enum: ["a", 1, null] }, null, true],
  ["enum miss", { enum: ["a", 1] }, "b", true],
  ["enum deep", { enum: [{ a: [1, 2] }] }, { a: [1, 2] }, true],
  ["const miss", { const: { a: 1 } }, { a: 1, b: 2 }, true],
  ["required missing", { type: "object", required: ["id"] }, {}, true],
  ["required on a non-object is ignored", { required: ["id"] }, "text", true],
  ["required inherited name counts as present (ajv reads data[prop])", { required: ["toString"] }, {}, true],
  ["properties checked", { properties: { id: { type: "integer" } } }, { id: "1" }, true],
  ["additionalProperties false", { properties: { a: {} }, additionalProperties: false }, { a: 1, b: 2 }, true],
  ["additionalProperties schema", { additionalProperties: { type: "number" } }, { a: 1, b: "x" }, true],
  ["items", { type: "array", items: { type: "string" } }, ["a", 2], true],
  ["minItems", { minItems: 2 }, [1], true],
  ["maxItems ignores strings", { maxItems: 0 }, "abc", true],
  ["maxLength counts code points", { maxLength: 1 }, "😀", true],
  ["minLength", { minLength: 3 }, "ab", true],
  ["pattern", { pattern: "^[0-9]{3}$" }, "12a", true],
  ["pattern unicode class", { pattern: "^\\p{L}+$" }, "Åsa", true],
  ["pattern with escapes only legacy mode reads", { pattern: "^[a-zA-Z0-9_\\-\\:]+$" }, "a:b-c", true],
  ["pattern with escapes only legacy mode reads, refused", { pattern: "^[a-zA-Z0-9_\\-\\:]+$" }, "a b", true],
  ["minimum", { minimum: 0 }, -1, true],
  ["exclusiveMinimum", { exclusiveMinimum: 0 }, 0, true],
  ["maximum ignores strings", { maximum: 1 }, "5", true],
  ["exclusiveMaximum", { exclusiveMaximum: 10 }, 9.99, true],
  ["minProperties", { minProperties: 1 }, {}, true],
  ["allOf", { allOf: [{ type: "object" }, { required: ["a"] }] }, { a: 1 }, true],
  ["anyOf none", { anyOf: [{ type: "string" }, { type: "integer" }] }, 1.5, true],
  ["oneOf two match", { oneOf: [{ type: "number" }, { type: "integer" }] }, 1, true],
  ["not", { not: { type: "null" } }, null, true],
  ["ref valid", ref("Address"), { line1: "Storgatan 1", country: "SE" }, true],
  ["ref invalid nested", ref("Address"), { line1: "", country: "DE" }, true],
  ["recursive ref", ref("Tree"), { children: [{ children: [] }, { children: [1] }] }, true],
  ["annotations and extensions are ignored", { type: "string", format: "date", "x-a": 1, readOnly: true }, "x", true],
  ["boolean schema false", { properties: { a: false } }, { a: 1 }, true],
  ["patternProperties defers", ref("Unknown"), { xa: 1 }, false],
  ["uniqueItems defers", { uniqueItems: true }, [1, 1], false],
  ["multipleOf defers", { multipleOf: 0.1 }, 0.3, false],
  ["unknown ref defers", { $ref: "other.yaml#/X" }, 1, false],
];

describe("example decider", () => {
  const ajv = new Ajv2020({
    strict: false,
    validateFormats: false,
    validateSchema: false,
    allErrors: true,
    code: { regExp: specRegExp },
  });
  ajv.addSchema({ components: { schemas: components } }, BASE);
  const decide = createExampleDecider(components, BASE);

  it.each(CASES)("%s: agrees with ajv", (_what, schema, value, decided) => {
    const verdict = decide(schema, value);
    if (decided) {
      expect(verdict).toBe(ajv.validate(schema as object, value));
    } else {
      expect(verdict).toBeUndefined();
    }
  });

  it("defers when a keyword it does not know follows a failed one", () => {
    expect(decide({ type: "string", uniqueItems: true }, 1)).toBeUndefined();
  });

  it("defers for numbers ajv treats specially", () => {
    expect(decide({ type: "number" }, Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});
