import { describe, expect, it } from "vitest";
import { decodeXml, encodeXml, type NodeMapping, XmlDecodeError, type XmlMapping } from "./index.js";

/** What real servers send beside what the schema says: repeated scalars, counters wrapped or loose. */
const int: NodeMapping = { kind: "scalar", type: "integer" };
const str: NodeMapping = { kind: "scalar", type: "string" };
const amount: NodeMapping = {
  kind: "union",
  of: [
    { kind: "scalar", type: "decimal-string" },
    { kind: "scalar", type: "number" },
  ],
};

const counters: NodeMapping = {
  kind: "object",
  properties: [
    { name: "current_page", node: int },
    { name: "total_pages", node: int },
  ],
};

/** A list whose page counters sit beside the items or inside `<results>`. */
const list: XmlMapping = {
  root: "invoices",
  node: {
    kind: "object",
    properties: [
      { name: "invoices", xmlName: "invoice", as: "repeated", node: { kind: "ref", ref: "Invoice" } },
      { name: "pagination", as: "inline", wrapper: "results", node: { kind: "ref", ref: "Counters" } },
    ],
  },
  definitions: {
    Counters: counters,
    Invoice: { kind: "object", properties: [{ name: "id", node: int }] },
  },
};

const single = (node: NodeMapping): XmlMapping => ({
  root: "r",
  node: { kind: "object", properties: [{ name: "a", node }] },
});

describe("repeated scalars in a single-valued position", () => {
  it.each([
    { name: "integer twice", xml: "<r><a>1</a><a>1</a></r>", node: int, want: { a: 1 } },
    { name: "integer written differently, same value", xml: "<r><a>01</a><a> 1 </a></r>", node: int, want: { a: 1 } },
    { name: "string three times", xml: "<r><a>x</a><a>x</a><a>x</a></r>", node: str, want: { a: "x" } },
    { name: "union twice", xml: "<r><a>2.50</a><a>2.50</a></r>", node: amount, want: { a: "2.50" } },
  ])("$name decodes to one value", ({ xml, node, want }) => {
    expect(decodeXml(xml, single(node))).toEqual(want);
  });

  it.each([
    { name: "integers", xml: "<r><a>1</a><a>2</a></r>", node: int, values: ["1", "2"] },
    { name: "strings", xml: "<r><a>x</a><a>x</a><a>y</a></r>", node: str, values: ['"x"', '"y"'] },
  ])("different $name are a type error naming both values", ({ xml, node, values }) => {
    const error = catchError(() => decodeXml(xml, single(node)));
    expect(error).toBeInstanceOf(XmlDecodeError);
    expect(error).toMatchObject({ reason: "type", path: "/r/a" });
    for (const value of values) {
      expect((error as Error).message).toContain(value);
    }
  });

  it("still refuses a repeated object, which has no single value", () => {
    const node: NodeMapping = { kind: "object", properties: [{ name: "b", node: int }] };
    const error = catchError(() => decodeXml("<r><a><b>1</b></a><a><b>1</b></a></r>", single(node)));
    expect(error).toMatchObject({ reason: "type", path: "/r/a" });
    expect((error as Error).message).toContain("expected one <a>, found 2");
  });
});

describe("inline counters with an optional wrapper", () => {
  const want = { invoices: [{ id: 7 }, { id: 8 }], pagination: { current_page: 1, total_pages: 3 } };

  it.each([
    {
      name: "loose beside the items",
      xml: "<invoices><invoice><id>7</id></invoice><invoice><id>8</id></invoice><current_page>1</current_page><total_pages>3</total_pages></invoices>",
    },
    {
      name: "wrapped in <results>",
      xml: "<invoices><invoice><id>7</id></invoice><invoice><id>8</id></invoice><results><current_page>1</current_page><total_pages>3</total_pages></results></invoices>",
    },
    {
      name: "wrapped, a counter written twice",
      xml: "<invoices><invoice><id>7</id></invoice><invoice><id>8</id></invoice><results><current_page>1</current_page><current_page>1</current_page><total_pages>3</total_pages></results></invoices>",
    },
    {
      name: "split between both places",
      xml: "<invoices><invoice><id>7</id></invoice><invoice><id>8</id></invoice><current_page>1</current_page><results><total_pages>3</total_pages></results></invoices>",
    },
  ])("$name decode to the same value", ({ xml }) => {
    expect(decodeXml(xml, list)).toEqual(want);
  });

  it("keeps what the wrapper holds beyond the mapped counters", () => {
    const xml = "<invoices><results><current_page>2</current_page><entries>5</entries></results></invoices>";
    expect(decodeXml(xml, list)).toEqual({ invoices: [], pagination: { current_page: 2, entries: "5" } });
  });

  it("refuses a counter with different values in both places, naming both", () => {
    const xml = "<invoices><current_page>1</current_page><results><current_page>2</current_page></results></invoices>";
    const error = catchError(() => decodeXml(xml, list));
    expect(error).toMatchObject({ reason: "type", path: "/invoices/results/current_page" });
    expect((error as Error).message).toMatch(/1 and 2/);
  });

  it("refuses two wrappers", () => {
    const xml = "<invoices><results/><results/></invoices>";
    expect(catchError(() => decodeXml(xml, list))).toMatchObject({ reason: "type", path: "/invoices/results" });
  });

  it("encodes the loose layout, which decodes back unchanged", () => {
    const xml = encodeXml(want, list);
    expect(xml).not.toContain("<results>");
    expect(decodeXml(xml, list)).toEqual(want);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
