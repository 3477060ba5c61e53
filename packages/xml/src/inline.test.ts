import { describe, expect, it } from "vitest";
import { decodeXml, encodeXml, type NodeMapping, XmlEncodeError, type XmlMapping } from "./index.js";

// `as: "inline"`: an object whose properties are children of its parent element, as
// InvoiceXpress writes a list's page counters beside the items.
const int: NodeMapping = { kind: "scalar", type: "integer" };
const str: NodeMapping = { kind: "scalar", type: "string" };

const list: XmlMapping = {
  root: "invoices",
  node: {
    kind: "object",
    properties: [
      { name: "invoices", xmlName: "invoice", as: "repeated", node: { kind: "ref", ref: "Invoice" } },
      { name: "pagination", as: "inline", node: { kind: "ref", ref: "Pagination" } },
    ],
  },
  definitions: {
    Invoice: { kind: "object", properties: [{ name: "id", node: int }] },
    Pagination: {
      kind: "object",
      properties: [
        { name: "current_page", node: int },
        { name: "total_pages", node: int },
        { name: "source", as: "attribute", node: str },
      ],
    },
  },
};

const page = {
  invoices: [{ id: 1 }, { id: 2 }],
  pagination: { current_page: 1, total_pages: 3 },
};

describe("inline properties", () => {
  it("decode the parent's loose children into the nested object", () => {
    const xml = `<invoices type="array"><invoice><id>1</id></invoice><invoice><id>2</id></invoice>
      <current_page>1</current_page><total_pages>3</total_pages></invoices>`;
    expect(decodeXml(xml, list)).toEqual(page);
  });

  it("take attributes of the parent too", () => {
    const xml = `<invoices source="api"><current_page>2</current_page></invoices>`;
    expect(decodeXml(xml, list)).toEqual({ invoices: [], pagination: { current_page: 2, source: "api" } });
  });

  it("are absent when none of their elements is present", () => {
    expect(decodeXml("<invoices><invoice><id>7</id></invoice></invoices>", list)).toEqual({ invoices: [{ id: 7 }] });
  });

  it("encode as children of the parent, after the elements before them", () => {
    const xml = encodeXml(page, list);
    expect(xml).toContain(
      "<invoices><invoice><id>1</id></invoice><invoice><id>2</id></invoice><current_page>1</current_page><total_pages>3</total_pages></invoices>",
    );
    expect(decodeXml(xml, list)).toEqual(page);
  });

  it("write their attributes on the parent", () => {
    const value = { invoices: [], pagination: { current_page: 1, source: "x" } };
    const xml = encodeXml(value, list);
    expect(xml).toContain('<invoices source="x"><current_page>1</current_page></invoices>');
    expect(decodeXml(xml, list)).toEqual(value);
  });

  it.each([
    ["null", null],
    ["an array", [1]],
    ["a string", "1"],
  ])("refuse %s as the inline value", (_, pagination) => {
    expect(() => encodeXml({ invoices: [], pagination }, list)).toThrow(XmlEncodeError);
  });

  it("must map to an object (a broken mapping is a TypeError)", () => {
    const broken: XmlMapping = {
      root: "r",
      node: { kind: "object", properties: [{ name: "n", as: "inline", node: int }] },
    };
    expect(() => decodeXml("<r><x>1</x></r>", broken)).toThrow(TypeError);
    expect(() => encodeXml({ n: 1 }, broken)).toThrow(TypeError);
  });
});
