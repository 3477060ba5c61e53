import { decodeXml, encodeXml, type XmlMapping } from "@billforge/xml";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xmlMappings } from "../../../packages/invoicexpress/src/generated/xml-mappings.gen.js";
import { arbitraryFor } from "../../../packages/xml/test/arbitrary.js";

// The codec's law on every mapping the generator derived from specs/invoicexpress/openapi.yaml:
// for every value the mapping can carry, decode(encode(v)) equals v. Bodies that share a
// schema share a mapping, so each distinct mapping runs once, named by every body using it.
const RUNS = 1000;

function distinctMappings(): [bodies: string, mapping: XmlMapping][] {
  const byShape = new Map<string, { bodies: string[]; mapping: XmlMapping }>();
  for (const [body, mapping] of Object.entries(xmlMappings)) {
    // `definitions` is one table shared by every mapping: the root decides the shape.
    const shape = JSON.stringify({ ...mapping, definitions: undefined });
    const entry = byShape.get(shape);
    if (entry === undefined) {
      byShape.set(shape, { bodies: [body], mapping });
    } else {
      entry.bodies.push(body);
    }
  }
  return [...byShape.values()].map(({ bodies, mapping }) => [bodies.join(", "), mapping]);
}

const mappings = distinctMappings();

describe("InvoiceXpress generated XML mappings: decode(encode(v)) = v", () => {
  it("covers every XML body of the spec", () => {
    const covered = mappings.flatMap(([bodies]) => bodies.split(", "));
    expect(covered.sort()).toEqual(Object.keys(xmlMappings).sort());
    expect(mappings.length).toBeGreaterThan(20);
  });

  it.each(mappings)("%s", (_bodies, mapping) => {
    fc.assert(
      fc.property(arbitraryFor(mapping), (value) => {
        expect(decodeXml(encodeXml(value, mapping), mapping)).toEqual(value);
      }),
      { numRuns: RUNS },
    );
  });
});
