import { describe, expect, it } from "vitest";
import type { Direction, DiscriminatorIR, PropertyIR, SchemaIR } from "../ir/types.js";
import { objectShape, zodExpression } from "./zod-expression.js";

const context = (direction: Direction) => ({ direction, refExpression: (name: string) => `${name}Schema()` });
const request = (schema: SchemaIR) => zodExpression(schema, context("request"));
const response = (schema: SchemaIR) => zodExpression(schema, context("response"));

const prop = (name: string, schema: SchemaIR, required = true): PropertyIR => ({ name, required, schema });
const STRING: SchemaIR = { kind: "string" };
const REF_CAT: SchemaIR = { kind: "ref", name: "Cat" };
const REF_DOG: SchemaIR = { kind: "ref", name: "Dog" };

describe("zodExpression: one expression per SchemaIR kind", () => {
  it.each<[string, SchemaIR, string]>([
    ["ref", { kind: "ref", name: "Invoice" }, "InvoiceSchema()"],
    ["string", STRING, "z.string()"],
    [
      "string with limits and pattern",
      { kind: "string", minLength: 1, maxLength: 100, pattern: "^\\d+$", format: "date" },
      'z.string().check(z.minLength(1), z.maxLength(100), z.regex(new RegExp("^\\\\d+$", "u")))',
    ],
    ["number", { kind: "number" }, "z.number()"],
    ["integer", { kind: "integer" }, "z.int()"],
    [
      "number with every bound",
      { kind: "number", minimum: 0, maximum: 10, exclusiveMinimum: -1, exclusiveMaximum: 11, multipleOf: 0.5 },
      "z.number().check(z.gte(0), z.lte(10), z.gt(-1), z.lt(11), z.multipleOf(0.5))",
    ],
    ["boolean", { kind: "boolean" }, "z.boolean()"],
    ["null", { kind: "null" }, "z.null()"],
    ["unknown", { kind: "unknown" }, "z.unknown()"],
    ["empty enum", { kind: "enum", values: [] }, "z.never()"],
    ["one-value enum", { kind: "enum", values: ["only"] }, 'z.literal("only")'],
    ["string enum", { kind: "enum", values: ["a", "b"] }, 'z.enum(["a","b"])'],
    [
      "mixed enum",
      { kind: "enum", values: [1, "one", true] },
      'z.union([z.literal(1), z.literal("one"), z.literal(true)])',
    ],
    [
      "array",
      { kind: "array", items: STRING, minItems: 1, maxItems: 5 },
      "z.array(z.string()).check(z.minLength(1), z.maxLength(5))",
    ],
    ["nullable", { kind: "union", variants: [STRING, { kind: "null" }] }, "z.nullable(z.string())"],
    ["union", { kind: "union", variants: [STRING, { kind: "ref", name: "A" }] }, "z.union([z.string(), ASchema()])"],
    [
      "nullable union",
      { kind: "union", variants: [STRING, { kind: "integer" }, { kind: "null" }] },
      "z.nullable(z.union([z.string(), z.int()]))",
    ],
    ["only null", { kind: "union", variants: [{ kind: "null" }] }, "z.nullable(z.never())"],
    [
      "intersection of three",
      {
        kind: "intersection",
        parts: [
          { kind: "ref", name: "A" },
          { kind: "ref", name: "B" },
          { kind: "ref", name: "C" },
        ],
      },
      "z.intersection(z.intersection(ASchema(), BSchema()), CSchema())",
    ],
    ["empty object", { kind: "object", properties: [], additional: true }, "z.looseObject({})"],
    [
      "object with required, optional and quoted keys",
      { kind: "object", properties: [prop("id", STRING), prop("first-name", STRING, false)], additional: true },
      'z.looseObject({\n  id: z.string(),\n  "first-name": z.optional(z.string()),\n})',
    ],
    [
      "nested objects indent once per level",
      {
        kind: "object",
        properties: [prop("outer", { kind: "object", properties: [prop("inner", STRING)], additional: true })],
        additional: true,
      },
      "z.looseObject({\n  outer: z.looseObject({\n    inner: z.string(),\n  }),\n})",
    ],
    [
      "map (additionalProperties schema)",
      { kind: "object", properties: [], additional: { kind: "integer" } },
      "z.catchall(z.object({}), z.int())",
    ],
  ])("%s", (_name, schema, want) => {
    expect(response(schema)).toBe(want);
    expect(request(schema)).toBe(want);
  });
});

describe("zodExpression: request vs response", () => {
  const invoice: SchemaIR = {
    kind: "object",
    properties: [
      prop("id", { kind: "integer", readOnly: true }),
      prop("password", { kind: "string", writeOnly: true }),
      prop("note", STRING, false),
    ],
    additional: true,
  };

  it("refuses readOnly properties in requests", () => {
    expect(request(invoice)).toBe(
      "z.looseObject({\n  id: z.optional(z.never()),\n  password: z.string(),\n  note: z.optional(z.string()),\n})",
    );
  });

  it("drops writeOnly properties from responses", () => {
    expect(response(invoice)).toBe("z.looseObject({\n  id: z.int(),\n  note: z.optional(z.string()),\n})");
  });

  it("honours readOnly/writeOnly marked on a nullable union (the meta sits on the union)", () => {
    const schema: SchemaIR = {
      kind: "object",
      properties: [prop("created", { kind: "union", variants: [STRING, { kind: "null" }], readOnly: true })],
      additional: true,
    };
    expect(request(schema)).toBe("z.looseObject({\n  created: z.optional(z.never()),\n})");
    expect(response(schema)).toBe("z.looseObject({\n  created: z.nullable(z.string()),\n})");
  });

  it("additionalProperties: false is strict for requests only; responses keep unknown fields", () => {
    const closed: SchemaIR = { kind: "object", properties: [prop("a", STRING)], additional: false };
    expect(request(closed)).toBe("z.strictObject({\n  a: z.string(),\n})");
    expect(response(closed)).toBe("z.looseObject({\n  a: z.string(),\n})");
  });

  it("passes the direction down to nested schemas and refs", () => {
    const seen: string[] = [];
    const nested: SchemaIR = {
      kind: "array",
      items: {
        kind: "object",
        properties: [prop("x", { kind: "ref", name: "X" }), prop("y", { kind: "integer", readOnly: true })],
        additional: false,
      },
    };
    const text = zodExpression(nested, {
      direction: "request",
      refExpression: (name) => {
        seen.push(name);
        return `${name}InputSchema()`;
      },
    });
    expect(text).toBe("z.array(z.strictObject({\n  x: XInputSchema(),\n  y: z.optional(z.never()),\n}))");
    expect(seen).toEqual(["X"]);
  });
});

describe("objectShape", () => {
  it.each([
    [[], "{}"],
    [["a: z.string()"], "{\n  a: z.string(),\n}"],
    [["a: z.looseObject({\n  b: z.int(),\n})"], "{\n  a: z.looseObject({\n    b: z.int(),\n  }),\n}"],
  ])("%j", (entries, want) => {
    expect(objectShape(entries)).toBe(want);
  });
});

describe("zodExpression: discriminators", () => {
  const pet = (discriminator: DiscriminatorIR, variants: SchemaIR[] = [REF_CAT, REF_DOG]): SchemaIR => ({
    kind: "union",
    variants,
    discriminator,
  });
  it.each<[string, SchemaIR, string]>([
    [
      "mapped values pin each variant",
      pet({
        propertyName: "petType",
        mapping: [
          { value: "cat", schema: "Cat" },
          { value: "kitty", schema: "Cat" },
        ],
      }),
      'z.discriminatedUnion("petType", [z.pipe(z.looseObject({ petType: z.enum(["cat","kitty"]) }), CatSchema()), z.pipe(z.looseObject({ petType: z.literal("Dog") }), DogSchema())])',
    ],
    [
      "a quoted property name",
      pet({ propertyName: "pet-type", mapping: [] }),
      'z.discriminatedUnion("pet-type", [z.pipe(z.looseObject({ "pet-type": z.literal("Cat") }), CatSchema()), z.pipe(z.looseObject({ "pet-type": z.literal("Dog") }), DogSchema())])',
    ],
    [
      "nullable: the discriminated union or null",
      pet({ propertyName: "t", mapping: [] }, [REF_CAT, REF_DOG, { kind: "null" }]),
      'z.nullable(z.discriminatedUnion("t", [z.pipe(z.looseObject({ t: z.literal("Cat") }), CatSchema()), z.pipe(z.looseObject({ t: z.literal("Dog") }), DogSchema())]))',
    ],
    [
      "an inline variant: a plain union",
      pet({ propertyName: "t", mapping: [] }, [REF_CAT, { kind: "string" }]),
      "z.union([CatSchema(), z.string()])",
    ],
  ])("%s", (_name, schema, want) => {
    expect(response(schema)).toBe(want);
  });
});

describe("zodExpression: format binary", () => {
  const file: SchemaIR = { kind: "string", format: "binary" };
  it("is bytes where the body carries files, a string elsewhere", () => {
    expect(zodExpression(file, { ...context("request"), binaryStrings: true })).toBe("z.binary()");
    expect(zodExpression({ kind: "array", items: file }, { ...context("request"), binaryStrings: true })).toBe(
      "z.array(z.binary())",
    );
    expect(request(file)).toBe("z.string()");
  });
});
