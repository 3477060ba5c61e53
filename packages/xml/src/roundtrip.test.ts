/**
 * The codec's law, property-tested: for every value valid for a mapping,
 * `decodeXml(encodeXml(v, m), m)` deep-equals `v`. One block per mapping shape.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryFor, extraProperties } from "../test/arbitrary.js";
import { fixtureMappings } from "../test/invoicexpress-mappings.js";
import {
  decodeXml,
  encodeXml,
  type NodeMapping,
  type ObjectMapping,
  type ScalarMapping,
  type ScalarType,
  type XmlMapping,
} from "./index.js";

// Mutation runs lower it (stryker/xml.vitest.config.mjs): each mutant re-runs these properties.
const RUNS = Number(process.env.BILLFORGE_PROPERTY_RUNS ?? 1000);

function scalar(type: ScalarType, nullable = false): ScalarMapping {
  return { kind: "scalar", type, nullable };
}

function obj(properties: Record<string, NodeMapping>, nullable = false): ObjectMapping {
  return { kind: "object", properties: Object.entries(properties).map(([name, node]) => ({ name, node })), nullable };
}

const everyScalar = obj({
  text: scalar("string"),
  maybeText: scalar("string", true),
  decimal: scalar("decimal-string"),
  maybeDecimal: scalar("decimal-string", true),
  integer: scalar("integer"),
  maybeInteger: scalar("integer", true),
  number: scalar("number"),
  maybeNumber: scalar("number", true),
  flag: scalar("boolean"),
  maybeFlag: scalar("boolean", true),
  status: { kind: "scalar", type: "string", enum: ["draft", "final", " padded "] },
  level: { kind: "scalar", type: "integer", enum: [1, 2, 3] },
});

const shapes: Record<string, XmlMapping> = {
  "every scalar type": { root: "scalars", node: everyScalar },
  "scalar root": { root: "value", node: scalar("string") },
  attributes: {
    root: "tag",
    node: {
      kind: "object",
      properties: [
        { name: "id", as: "attribute", node: scalar("integer") },
        { name: "label", xmlName: "data-label", as: "attribute", node: scalar("string") },
        { name: "note", as: "attribute", node: scalar("string", true) },
        { name: "rate", as: "attribute", node: scalar("decimal-string", true) },
        { name: "on", as: "attribute", node: scalar("boolean") },
        { name: "body", node: scalar("string") },
      ],
    },
  },
  unions: {
    root: "amounts",
    node: obj({
      stringOrNumber: { kind: "union", of: [scalar("string"), scalar("number")] },
      decimalOrInteger: { kind: "union", of: [scalar("decimal-string"), scalar("integer")] },
      integerOrNumber: { kind: "union", of: [scalar("integer"), scalar("number")] },
      autoOrInteger: { kind: "union", of: [{ kind: "scalar", type: "string", enum: ["auto"] }, scalar("integer")] },
      stringOrBoolean: { kind: "union", of: [scalar("string"), scalar("boolean")], nullable: true },
      booleanOrInteger: { kind: "union", of: [scalar("boolean"), scalar("integer")] },
    }),
  },
  "recursive tree with wrapped arrays and nullable refs": {
    root: "node",
    node: { kind: "ref", ref: "Node" },
    definitions: {
      Node: {
        kind: "object",
        properties: [
          { name: "label", node: scalar("string") },
          { name: "children", node: { kind: "array", itemName: "node", items: { kind: "ref", ref: "Node" } } },
          { name: "parent", node: { kind: "ref", ref: "Node", nullable: true } },
          { name: "meta", node: obj({ note: scalar("string", true) }, true) },
        ],
      },
    },
  },
  "root array of nullable items and nested arrays": {
    root: "rows",
    node: {
      kind: "array",
      itemName: "row",
      items: {
        kind: "array",
        itemName: "cell",
        items: { kind: "union", of: [scalar("integer"), scalar("string")], nullable: true },
        nullable: true,
      },
    },
  },
  "list root with repeated items beside pagination": {
    root: "entries",
    node: {
      kind: "object",
      properties: [
        {
          name: "entries",
          xmlName: "entry",
          as: "repeated",
          node: obj({ id: scalar("integer"), tags: { kind: "array", itemName: "tag", items: scalar("string") } }),
        },
        { name: "total", node: scalar("integer") },
        { name: "empty_markers", xmlName: "marker", as: "repeated", node: scalar("string", true) },
      ],
    },
  },
  "page counters inline beside the items": {
    root: "invoices",
    node: {
      kind: "object",
      properties: [
        { name: "invoices", xmlName: "invoice", as: "repeated", node: obj({ id: scalar("integer") }) },
        {
          name: "pagination",
          as: "inline",
          node: obj({ current_page: scalar("integer"), per_page: scalar("integer", true) }),
        },
      ],
    },
  },
  "free-form values": { root: "anything", node: { kind: "any" } },
  "root property and empty body": {
    root: "invoice",
    node: obj({ id: scalar("integer") }),
    rootProperty: "invoice",
    allowEmpty: true,
  },
  // The fixtures' mappings: every InvoiceXpress document shape, with generated values.
  "InvoiceXpress invoice": fixtureMappings["invoices.get.xml"] as XmlMapping,
  "InvoiceXpress invoice list": fixtureMappings["invoices.list.xml"] as XmlMapping,
  "InvoiceXpress client list": fixtureMappings["clients.list.xml"] as XmlMapping,
};

function roundTrips(mapping: XmlMapping) {
  return (value: unknown) => {
    const xml = encodeXml(value, mapping);
    // User text must never open markup of its own.
    expect(xml).not.toMatch(/<!\[CDATA\[|<!--/);
    expect(decodeXml(xml, mapping)).toEqual(value);
  };
}

describe("decodeXml(encodeXml(v, m), m) equals v", () => {
  it.each(Object.entries(shapes))("%s", (_name, mapping) => {
    fc.assert(fc.property(arbitraryFor(mapping), roundTrips(mapping)), { numRuns: RUNS });
  });

  it("unknown properties of a mapped object survive too", () => {
    const mapping: XmlMapping = { root: "scalars", node: everyScalar };
    const withExtras = fc
      .tuple(arbitraryFor(mapping), extraProperties(everyScalar))
      .map(([value, extra]) => ({ ...extra, ...(value as object) }));
    fc.assert(fc.property(withExtras, roundTrips(mapping)), { numRuns: RUNS });
  });

  it("bytes in, same value out", () => {
    const mapping = shapes["every scalar type"] as XmlMapping;
    fc.assert(
      fc.property(arbitraryFor(mapping), (value) => {
        expect(decodeXml(new TextEncoder().encode(encodeXml(value, mapping)), mapping)).toEqual(value);
      }),
      { numRuns: RUNS },
    );
  });
});
