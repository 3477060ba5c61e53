import { describe, expect, it } from "vitest";
import { toSchemaIR } from "./schema.js";
import type { SchemaIR } from "./types.js";

const ref = (name: string): SchemaIR => ({ kind: "ref", name });
const A = { $ref: "#/components/schemas/A" };
const B = { $ref: "#/components/schemas/B" };
const STRING: SchemaIR = { kind: "string" };
const NULL: SchemaIR = { kind: "null" };

type Row = [name: string, given: unknown, want: SchemaIR];

const common: Row[] = [
  ["absent schema", undefined, { kind: "unknown" }],
  ["true schema", true, { kind: "unknown" }],
  ["false schema (nothing valid)", false, { kind: "enum", values: [] }],
  ["empty schema", {}, { kind: "unknown" }],
  ["description only", { description: "anything" }, { kind: "unknown", description: "anything" }],
  [
    "string with its constraints",
    { type: "string", format: "date", pattern: "^\\d+$", minLength: 1, maxLength: 10 },
    { kind: "string", format: "date", pattern: "^\\d+$", minLength: 1, maxLength: 10 },
  ],
  [
    "integer with bounds and multipleOf",
    { type: "integer", minimum: 1, maximum: 9, multipleOf: 2 },
    { kind: "integer", minimum: 1, maximum: 9, multipleOf: 2 },
  ],
  ["boolean", { type: "boolean" }, { kind: "boolean" }],
  ["component $ref", A, ref("A")],
  ["$ref with an escaped name", { $ref: "#/components/schemas/a~1b%20c~0d" }, ref("a/b c~d")],
  ["string enum", { type: "string", enum: ["a", "b"] }, { kind: "enum", values: ["a", "b"] }],
  ["mixed enum", { enum: [1, "one", true] }, { kind: "enum", values: [1, "one", true] }],
  ["const", { const: "fixed" }, { kind: "enum", values: ["fixed"] }],
  ["const false", { const: false }, { kind: "enum", values: [false] }],
  [
    "array with bounds",
    { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3 },
    { kind: "array", items: STRING, minItems: 1, maxItems: 3 },
  ],
  ["array without type", { items: A }, { kind: "array", items: ref("A") }],
  ["array without items", { type: "array" }, { kind: "array", items: { kind: "unknown" } }],
  [
    "object with required and optional properties",
    { type: "object", required: ["id"], properties: { id: { type: "string" }, note: { type: "string" } } },
    {
      kind: "object",
      properties: [
        { name: "id", required: true, schema: STRING },
        { name: "note", required: false, schema: STRING },
      ],
      additional: true,
    },
  ],
  ["object without type", { properties: {} }, { kind: "object", properties: [], additional: true }],
  ["additionalProperties absent", { type: "object" }, { kind: "object", properties: [], additional: true }],
  [
    "additionalProperties true",
    { type: "object", additionalProperties: true },
    { kind: "object", properties: [], additional: true },
  ],
  [
    "additionalProperties {}",
    { type: "object", additionalProperties: {} },
    { kind: "object", properties: [], additional: true },
  ],
  [
    "additionalProperties false",
    { type: "object", additionalProperties: false },
    { kind: "object", properties: [], additional: false },
  ],
  [
    "additionalProperties schema (a map)",
    { type: "object", additionalProperties: { type: "integer" } },
    { kind: "object", properties: [], additional: { kind: "integer" } },
  ],
  [
    "additionalProperties without type",
    { additionalProperties: A },
    { kind: "object", properties: [], additional: ref("A") },
  ],
  ["allOf of two", { allOf: [A, B] }, { kind: "intersection", parts: [ref("A"), ref("B")] }],
  [
    "allOf of one keeps the wrapper's meta",
    { allOf: [A], description: "An A, read-only here.", readOnly: true },
    { kind: "ref", name: "A", description: "An A, read-only here.", readOnly: true },
  ],
  [
    "allOf with sibling properties",
    { allOf: [A], properties: { extra: { type: "boolean" } } },
    {
      kind: "intersection",
      parts: [
        ref("A"),
        {
          kind: "object",
          properties: [{ name: "extra", required: false, schema: { kind: "boolean" } }],
          additional: true,
        },
      ],
    },
  ],
  ["oneOf", { oneOf: [A, B] }, { kind: "union", variants: [ref("A"), ref("B")] }],
  ["anyOf", { anyOf: [A, { type: "string" }] }, { kind: "union", variants: [ref("A"), STRING] }],
  ["oneOf of one is that schema", { oneOf: [A] }, ref("A")],
  [
    "oneOf with shared sibling properties",
    { oneOf: [A, B], required: ["kind"], properties: { kind: { type: "string" } } },
    {
      kind: "intersection",
      parts: [
        { kind: "object", properties: [{ name: "kind", required: true, schema: STRING }], additional: true },
        { kind: "union", variants: [ref("A"), ref("B")] },
      ],
    },
  ],
  ["oneOf beside a bare type", { type: "object", oneOf: [A, B] }, { kind: "union", variants: [ref("A"), ref("B")] }],
  [
    "readOnly, writeOnly, deprecated and description are kept as meta",
    { type: "string", readOnly: true, description: "Set by the server.", deprecated: true },
    { kind: "string", readOnly: true, description: "Set by the server.", deprecated: true },
  ],
  [
    "writeOnly",
    { type: "string", format: "password", writeOnly: true },
    { kind: "string", format: "password", writeOnly: true },
  ],
];

const openapi31: Row[] = [
  ["type array with null", { type: ["string", "null"] }, { kind: "union", variants: [STRING, NULL] }],
  ["type null", { type: "null" }, NULL],
  ["type [null]", { type: ["null"] }, NULL],
  [
    "type array of several types",
    { type: ["string", "integer"] },
    { kind: "union", variants: [STRING, { kind: "integer" }] },
  ],
  [
    "type array of several types and null: meta goes on the outer union",
    { type: ["string", "integer", "null"], description: "Either." },
    {
      kind: "union",
      variants: [{ kind: "union", variants: [STRING, { kind: "integer" }] }, NULL],
      description: "Either.",
    },
  ],
  [
    "nullable type keeps readOnly on the union",
    { type: ["string", "null"], readOnly: true },
    { kind: "union", variants: [STRING, NULL], readOnly: true },
  ],
  [
    "enum with null",
    { type: ["string", "null"], enum: ["a", "b", null] },
    { kind: "union", variants: [{ kind: "enum", values: ["a", "b"] }, NULL] },
  ],
  [
    "untyped enum with null",
    { enum: ["a", null] },
    { kind: "union", variants: [{ kind: "enum", values: ["a"] }, NULL] },
  ],
  [
    "nullable const",
    { type: ["string", "null"], const: "x" },
    { kind: "union", variants: [{ kind: "enum", values: ["x"] }, NULL] },
  ],
  ["$ref beside a nullable type", { ...A, type: ["object", "null"] }, { kind: "union", variants: [ref("A"), NULL] }],
  [
    "$ref with siblings (3.1 keeps the description)",
    { ...A, description: "The A." },
    { kind: "ref", name: "A", description: "The A." },
  ],
  [
    "exclusive bounds are numbers",
    { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 100 },
    { kind: "number", exclusiveMinimum: 0, exclusiveMaximum: 100 },
  ],
  ["nullable ignored in 3.1", { type: "string", nullable: true }, STRING],
];

const openapi30: Row[] = [
  ["nullable: true", { type: "string", nullable: true }, { kind: "union", variants: [STRING, NULL] }],
  ["nullable: false", { type: "string", nullable: false }, STRING],
  [
    "nullable with meta: meta on the union",
    { type: "string", nullable: true, description: "Maybe.", writeOnly: true },
    { kind: "union", variants: [STRING, NULL], description: "Maybe.", writeOnly: true },
  ],
  [
    "nullable enum (null in the values is dropped)",
    { type: "string", enum: ["a", null], nullable: true },
    { kind: "union", variants: [{ kind: "enum", values: ["a"] }, NULL] },
  ],
  ["nullable allOf ref (the 3.0 idiom)", { allOf: [A], nullable: true }, { kind: "union", variants: [ref("A"), NULL] }],
  [
    "nullable object",
    { type: "object", nullable: true },
    { kind: "union", variants: [{ kind: "object", properties: [], additional: true }, NULL] },
  ],
  ["$ref siblings are ignored, nullable too", { ...A, nullable: true }, ref("A")],
  [
    "boolean exclusive bounds become numbers",
    { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 100, exclusiveMaximum: true },
    { kind: "number", exclusiveMinimum: 0, exclusiveMaximum: 100 },
  ],
  [
    "exclusive flags false keep inclusive bounds",
    { type: "integer", minimum: 1, exclusiveMinimum: false, maximum: 5, exclusiveMaximum: false },
    { kind: "integer", minimum: 1, maximum: 5 },
  ],
  [
    "nullable applies inside properties",
    { type: "object", properties: { due: { type: "string", format: "date", nullable: true } } },
    {
      kind: "object",
      properties: [
        {
          name: "due",
          required: false,
          schema: { kind: "union", variants: [{ kind: "string", format: "date" }, NULL] },
        },
      ],
      additional: true,
    },
  ],
];

describe("toSchemaIR", () => {
  describe.each([
    ["3.0", true],
    ["3.1", false],
  ])("common to OpenAPI %s", (_version, is30) => {
    it.each(common)("%s", (_name, given, want) => {
      expect(toSchemaIR(given, is30)).toEqual(want);
    });
  });

  describe("OpenAPI 3.1", () => {
    it.each(openapi31)("%s", (_name, given, want) => {
      expect(toSchemaIR(given, false)).toEqual(want);
    });
  });

  describe("OpenAPI 3.0", () => {
    it.each(openapi30)("%s", (_name, given, want) => {
      expect(toSchemaIR(given, true)).toEqual(want);
    });
  });

  it("does not mutate its input", () => {
    const given = { type: "number", minimum: 0, exclusiveMinimum: true, nullable: true };
    const copy = structuredClone(given);
    toSchemaIR(given, true);
    expect(given).toEqual(copy);
  });
});

describe("toSchemaIR: discriminator", () => {
  const variants = [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }];
  const refs: SchemaIR[] = [
    { kind: "ref", name: "Cat" },
    { kind: "ref", name: "Dog" },
  ];
  it.each<[string, unknown, SchemaIR]>([
    [
      "mapping targets by $ref or by bare name",
      {
        oneOf: variants,
        discriminator: { propertyName: "pet", mapping: { cat: "#/components/schemas/Cat", dog: "Dog" } },
      },
      {
        kind: "union",
        variants: refs,
        discriminator: {
          propertyName: "pet",
          mapping: [
            { value: "cat", schema: "Cat" },
            { value: "dog", schema: "Dog" },
          ],
        },
      },
    ],
    [
      "no mapping (implicit: component names)",
      { anyOf: variants, discriminator: { propertyName: "pet" } },
      { kind: "union", variants: refs, discriminator: { propertyName: "pet", mapping: [] } },
    ],
    [
      "no propertyName: ignored",
      { oneOf: variants, discriminator: { mapping: {} } },
      { kind: "union", variants: refs },
    ],
  ])("%s", (_name, given, want) => {
    expect(toSchemaIR(given, false)).toEqual(want);
  });
});
