import { describe, expect, it } from "vitest";
import type { NamedSchemaIR, PropertyIR, SchemaIR } from "../ir/types.js";
import { planComponentSchemas, refsOf } from "./component-schemas.js";

const ref = (name: string): SchemaIR => ({ kind: "ref", name });
const prop = (name: string, schema: SchemaIR, required = true): PropertyIR => ({ name, required, schema });
const object = (...properties: PropertyIR[]): SchemaIR => ({ kind: "object", properties, additional: true });
const component = (name: string, schema: SchemaIR): NamedSchemaIR => ({
  name,
  identifier: `${name}Schema`,
  inputIdentifier: `${name}InputSchema`,
  schema,
});

function plan(...components: NamedSchemaIR[]) {
  const result = planComponentSchemas(components);
  const byName = Object.fromEntries(result.components.map((c) => [c.component.name, c]));
  return { ...result, byName };
}

describe("planComponentSchemas: input schemas", () => {
  const { byName, refFrom } = plan(
    // Differs on the request side by itself: a readOnly field.
    component("Invoice", object(prop("id", { kind: "integer", readOnly: true }), prop("total", { kind: "number" }))),
    // Refers to Invoice: must use Invoice's input schema on the request side.
    component("InvoiceList", object(prop("items", { kind: "array", items: ref("Invoice") }))),
    // Refers to InvoiceList: the need propagates through every level.
    component("Page", object(prop("list", ref("InvoiceList")))),
    // Same on both sides, refers to nothing special.
    component("Money", object(prop("amount", { kind: "string" }))),
    component("Priced", object(prop("price", ref("Money")))),
    // Closed object: strict on the request side only.
    component("Closed", { kind: "object", properties: [prop("a", { kind: "string" })], additional: false }),
    // writeOnly only: the response side drops it, so the request side differs.
    component("Login", object(prop("password", { kind: "string", writeOnly: true }))),
  );

  it("gives an input schema only to components whose request side differs", () => {
    const withInput = Object.values(byName)
      .filter((c) => c.request !== undefined)
      .map((c) => c.component.name);
    expect(withInput).toEqual(["Invoice", "InvoiceList", "Page", "Closed", "Login"]);
  });

  it("writes each side with the right properties", () => {
    expect(byName.Invoice!.response).toBe("z.looseObject({\n  id: z.int(),\n  total: z.number(),\n})");
    expect(byName.Invoice!.request).toBe("z.looseObject({\n  id: z.optional(z.never()),\n  total: z.number(),\n})");
    expect(byName.Closed!.request).toBe("z.strictObject({\n  a: z.string(),\n})");
    expect(byName.Closed!.response).toBe("z.looseObject({\n  a: z.string(),\n})");
    expect(byName.Login!.response).toBe("z.looseObject({})");
  });

  it("refers to the input schema of a component from request sides, to the plain one from responses", () => {
    expect(byName.InvoiceList!.request).toContain("z.array(InvoiceInputSchema())");
    expect(byName.InvoiceList!.response).toContain("z.array(InvoiceSchema())");
    expect(byName.Page!.request).toContain("list: InvoiceListInputSchema()");
    expect(byName.Page!.response).toContain("list: InvoiceListSchema()");
    // Money has no input schema, so requests use the plain one.
    expect(byName.Priced!.response).toContain("price: MoneySchema()");
    expect(byName.Priced).not.toHaveProperty("request");
  });

  it("uses the input identifier the IR reserved", () => {
    const custom = planComponentSchemas([
      {
        name: "A",
        identifier: "ASchema",
        inputIdentifier: "AInputSchema2",
        schema: object(prop("id", { kind: "string", readOnly: true })),
      },
    ]);
    expect(custom.components[0]!.inputIdentifier).toBe("AInputSchema2");
    expect(custom.refFrom("s", "request")("A")).toBe("s.AInputSchema2()");
  });

  it("refFrom picks the identifier by direction, qualified by the module alias", () => {
    expect(refFrom("schemas", "request")("Invoice")).toBe("schemas.InvoiceInputSchema()");
    expect(refFrom("schemas", "response")("Invoice")).toBe("schemas.InvoiceSchema()");
    expect(refFrom("schemas", "request")("Money")).toBe("schemas.MoneySchema()");
    expect(() => refFrom("schemas", "request")("Nope")).toThrow("unknown component schema Nope");
  });
});

describe("planComponentSchemas: cycles", () => {
  it("a self-reference is lazy", () => {
    const { byName } = plan(component("Node", object(prop("children", { kind: "array", items: ref("Node") }, false))));
    expect(byName.Node!.response).toContain("z.array(z.lazy(() => NodeSchema()))");
  });

  it("every edge inside a cycle is lazy; edges into or out of the cycle are not", () => {
    const { byName } = plan(
      component("Customer", object(prop("invoices", { kind: "array", items: ref("Invoice") }))),
      component("Invoice", object(prop("customer", ref("Customer")), prop("money", ref("Money")))),
      component("Money", object(prop("amount", { kind: "string" }))),
      component("Report", object(prop("top", ref("Customer")))),
    );
    expect(byName.Customer!.response).toContain("z.array(z.lazy(() => InvoiceSchema()))");
    expect(byName.Invoice!.response).toContain("customer: z.lazy(() => CustomerSchema())");
    expect(byName.Invoice!.response).toContain("money: MoneySchema()");
    expect(byName.Report!.response).toContain("top: CustomerSchema()");
  });

  it("a cycle with a readOnly field gets lazy input schemas all around", () => {
    const { byName } = plan(
      component("A", object(prop("id", { kind: "string", readOnly: true }), prop("b", ref("B"), false))),
      component("B", object(prop("a", ref("A"), false))),
    );
    expect(byName.A!.request).toBe(
      "z.looseObject({\n  id: z.optional(z.never()),\n  b: z.optional(z.lazy(() => BInputSchema())),\n})",
    );
    expect(byName.B!.request).toBe("z.looseObject({\n  a: z.optional(z.lazy(() => AInputSchema())),\n})");
  });

  it("handles a long reference chain without overflowing the stack", () => {
    const size = 20_000;
    const chain = Array.from({ length: size }, (_, i) =>
      component(`S${i}`, i + 1 < size ? object(prop("next", ref(`S${i + 1}`))) : object()),
    );
    chain.push(component("Loop", object(prop("back", ref("S0")))));
    const { byName } = plan(...chain);
    expect(byName.S0!.response).toContain("next: S1Schema()");
    expect(byName.Loop!.response).toContain("back: S0Schema()");
  });
});

describe("refsOf", () => {
  it("finds references everywhere a schema can hold one", () => {
    const schema: SchemaIR = {
      kind: "intersection",
      parts: [
        { kind: "union", variants: [ref("A"), { kind: "null" }] },
        { kind: "object", properties: [prop("b", { kind: "array", items: ref("B") })], additional: ref("C") },
        ref("A"),
      ],
    };
    expect([...refsOf(schema)].sort()).toEqual(["A", "B", "C"]);
  });
});
