import { describe, expect, it } from "vitest";
import { decodeXml, type NodeMapping, XmlDecodeError, type XmlMapping } from "./index.js";

// What a refusal says and where: the message names the element and the value, the path
// leads to the one element at fault (1-based positions among its repeats), as a user
// debugging a provider's answer reads them in the error.
const str: NodeMapping = { kind: "scalar", type: "string" };
const int: NodeMapping = { kind: "scalar", type: "integer" };
const nullableInt: NodeMapping = { kind: "scalar", type: "integer", nullable: true };
const intOrNumber: NodeMapping = { kind: "union", of: [int, { kind: "scalar", type: "number" }] };
const empty: NodeMapping = { kind: "object", properties: [] };

const doc = (node: NodeMapping, extra: Partial<XmlMapping> = {}): XmlMapping => ({ root: "r", node, ...extra });
const obj = (...properties: { name: string; node: NodeMapping; as?: "attribute" | "repeated"; xmlName?: string }[]) =>
  ({ kind: "object", properties }) as NodeMapping;

/** Counters inside an optional `<results>` wrapper; `total` is written `<total_count>`. */
const wrapped: XmlMapping = {
  root: "r",
  node: {
    kind: "object",
    properties: [{ name: "pagination", as: "inline", wrapper: "results", node: { kind: "ref", ref: "Counters" } }],
  },
  definitions: { Counters: obj({ name: "page", node: int }, { name: "total", xmlName: "total_count", node: int }) },
};

function refusal(xml: string, mapping: XmlMapping): XmlDecodeError {
  try {
    decodeXml(xml, mapping);
  } catch (error) {
    if (error instanceof XmlDecodeError) {
      return error;
    }
    throw error;
  }
  throw new Error(`${xml} was accepted`);
}

const long = "x".repeat(50);

describe("decodeXml refusals", () => {
  it.each<[string, string, XmlMapping, string, string | undefined]>([
    [
      "text beside elements, trimmed and cut at 40",
      `<r>  ${long}  <a/></r>`,
      doc(empty),
      `unexpected text "${"x".repeat(40)}" in <r>`,
      "/r",
    ],
    ["a scalar that does not parse, cut at 40", `<r>${long}</r>`, doc(int), `"${"x".repeat(40)}" is not integer`, "/r"],
    ["a nullable scalar that does not parse", "<r>abc</r>", doc(nullableInt), '"abc" is not integer | null', "/r"],
    ["no union member fits", "<r>x</r>", doc(intOrNumber), '"x" is not integer | number', "/r"],
    ["an element where text belongs", "<r><b/></r>", doc(str), "expected text, found element <b>", "/r"],
    [
      'xsi:nil="true" where null is not allowed',
      '<r xsi:nil="true"/>',
      doc(str),
      'nil="true" where null is not allowed',
      "/r",
    ],
    [
      "a wrong item name",
      "<r><i>1</i><j>2</j></r>",
      doc({ kind: "array", itemName: "i", items: int }),
      "expected <i>, found <j>",
      "/r/j[2]",
    ],
    ["two wrappers", "<r><results/><results/></r>", wrapped, "expected one <results>, found 2", "/r/results"],
    ["no root element", " \n", doc(str), "body has no root element", undefined],
    ["another root", "<other/>", doc(str), "expected root <r>, found <other>", undefined],
  ])("%s", (_name, xml, mapping, message, path) => {
    const error = refusal(xml, mapping);
    expect(error.message).toBe(path === undefined ? message : `${message} (at ${path})`);
    expect(error.path).toBe(path);
  });

  it.each<[string, string, XmlMapping, string]>([
    ["an unknown element repeated", "<r><u>ok</u><u><v/>junk</u></r>", doc(empty), "/r/u[2]"],
    ["an unknown array's item", '<r><u type="array"><v/><v><w/>junk</v></u></r>', doc(empty), "/r/u/v[2]"],
    ["an unknown element's child", "<r><u><v><w/>junk</v></u></r>", doc(empty), "/r/u/v"],
    ["an attribute", '<r a="x"/>', doc(obj({ name: "a", as: "attribute", node: int })), "/r/@a"],
    ["a repeated element", "<r><a>1</a><a>x</a></r>", doc(obj({ name: "a", as: "repeated", node: int })), "/r/a[2]"],
    [
      "a repeated scalar in a single-valued position",
      "<r><a>1</a><a>x</a></r>",
      doc(obj({ name: "a", node: int })),
      "/r/a[2]",
    ],
    [
      "an unknown element inside a wrapper",
      "<r><results><extra><v/>junk</extra></results></r>",
      wrapped,
      "/r/results/extra",
    ],
  ])("points at %s", (_name, xml, mapping, path) => {
    expect(refusal(xml, mapping).path).toBe(path);
  });
});

describe("decodeXml attributes", () => {
  it("keeps an attribute mapped to any as its text", () => {
    expect(decodeXml('<r a="007"/>', doc(obj({ name: "a", as: "attribute", node: { kind: "any" } })))).toEqual({
      a: "007",
    });
  });

  it("reads an attribute mapped to a union by its first fitting member", () => {
    expect(
      decodeXml(
        '<r a="1.5" b="2"/>',
        doc(obj({ name: "a", as: "attribute", node: intOrNumber }, { name: "b", as: "attribute", node: intOrNumber })),
      ),
    ).toEqual({
      a: 1.5,
      b: 2,
    });
  });

  it("reports an attribute mapped to an object as a broken mapping", () => {
    expect(() => decodeXml('<r a="1"/>', doc(obj({ name: "a", as: "attribute", node: empty })))).toThrow(
      new TypeError("@billforge/xml: attribute /r/@a must map to a scalar, not object"),
    );
  });
});

describe("decodeXml nullable objects", () => {
  const nullable = (...properties: Parameters<typeof obj>) =>
    doc({ ...(obj(...properties) as object), nullable: true } as NodeMapping);
  const idAndName = nullable({ name: "id", as: "attribute", node: int }, { name: "name", node: str });

  it.each<[string, string, XmlMapping, unknown]>([
    ["an empty element is null", "<r/>", idAndName, null],
    ["a mapped attribute alone is a value", '<r id="7"/>', idAndName, { id: 7 }],
    ["an attribute named like an element property is not", '<r name="x"/>', idAndName, null],
  ])("%s", (_name, xml, mapping, want) => {
    expect(decodeXml(xml, mapping)).toEqual(want);
  });
});

describe("decodeXml inline wrappers", () => {
  it("lets a mapped property's key win over an unknown element of the same name in the wrapper", () => {
    const xml = "<r><results><page>1</page><total_count>5</total_count><total>junk</total></results></r>";
    expect(decodeXml(xml, wrapped)).toEqual({ pagination: { page: 1, total: 5 } });
  });
});

describe("decodeXml nested inline objects", () => {
  it("are present when an element of the innermost one is", () => {
    const counters = obj({ name: "page", node: int });
    const meta: NodeMapping = { kind: "object", properties: [{ name: "counters", as: "inline", node: counters }] };
    const mapping = doc({ kind: "object", properties: [{ name: "meta", as: "inline", node: meta }] });
    expect(decodeXml("<r><page>1</page></r>", mapping)).toEqual({ meta: { counters: { page: 1 } } });
    expect(decodeXml("<r/>", mapping)).toEqual({});
  });
});
