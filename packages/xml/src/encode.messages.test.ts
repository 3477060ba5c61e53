import { describe, expect, it } from "vitest";
import { encodeXml, type NodeMapping, XmlEncodeError, type XmlMapping } from "./index.js";

// What a refusal says and where: the message names what was expected and what was given
// (null, an array, or its typeof), the path leads to the value at fault.
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const str: NodeMapping = { kind: "scalar", type: "string" };
const int: NodeMapping = { kind: "scalar", type: "integer" };
const intOrString: NodeMapping = { kind: "union", of: [int, str] };
const any: NodeMapping = { kind: "any" };
const empty: NodeMapping = { kind: "object", properties: [] };

type Property = { name: string; node: NodeMapping; as?: "attribute" | "repeated" | "inline"; xmlName?: string };
const obj = (...properties: Property[]): NodeMapping => ({ kind: "object", properties });
const doc = (node: NodeMapping, extra: Partial<XmlMapping> = {}): XmlMapping => ({ root: "r", node, ...extra });
const attr = (node: NodeMapping, xmlName = "a") => doc(obj({ name: "a", as: "attribute", node, xmlName }));

function refusal(value: unknown, mapping: XmlMapping, maxDepth?: number): XmlEncodeError {
  try {
    encodeXml(value, mapping, maxDepth === undefined ? {} : { maxDepth });
  } catch (error) {
    if (error instanceof XmlEncodeError) {
      return error;
    }
    throw error;
  }
  throw new Error(`${JSON.stringify(value)} was encoded`);
}

describe("encodeXml refusals", () => {
  it.each<[string, unknown, XmlMapping, string, string]>([
    ["a string for an integer", { a: "1" }, doc(obj({ name: "a", node: int })), "expected integer, got string", "/r/a"],
    [
      "null for an integer",
      { a: [null] },
      doc(obj({ name: "a", node: { kind: "array", itemName: "i", items: int } })),
      "null where null is not allowed",
      "/r/a/i[1]",
    ],
    ["an array for an integer", [1], doc(int), "expected integer, got an array", "/r"],
    ["no union member", true, doc(intOrString), "boolean fits no member of integer | string", "/r"],
    ["an invalid element name", { "1a": 1 }, doc(empty), '"1a" cannot be an element name', "/r/1a"],
    ["an invalid attribute name", { a: 1 }, attr(int, "1a"), '"1a" cannot be an attribute name', "/r/@1a"],
    [
      "a dangerous attribute name",
      { a: 1 },
      attr(int, "__proto__"),
      '"__proto__" cannot be an attribute name',
      "/r/@__proto__",
    ],
    ["null in an attribute that is not nullable", { a: null }, attr(int), "null where null is not allowed", "/r/@a"],
    ["an attribute that does not fit", { a: "x" }, attr(int), "expected integer, got string", "/r/@a"],
    ["a number XML cannot write", { n: Number.NaN }, doc(empty), "cannot write NaN as XML", "/r/n"],
    ["a Date under an unknown key", { d: new Date(0) }, doc(empty), "cannot write object as XML", "/r/d"],
    ["a bigint under an unknown key", { b: 10n }, doc(empty), "cannot write bigint as XML", "/r/b"],
    ["an unknown array's item", { u: ["ok", () => 1] }, doc(empty), "cannot write function as XML", "/r/u/item[2]"],
    ["an unknown object's field", { u: { v: Symbol("v") } }, doc(empty), "cannot write symbol as XML", "/r/u/v"],
    [
      "a repeated property that is not an array",
      { a: "x" },
      doc(obj({ name: "a", as: "repeated", node: str })),
      "expected an array for repeated <a>, got string",
      "/r/a",
    ],
    [
      "a repeated property's item",
      { a: [1, "x"] },
      doc(obj({ name: "a", as: "repeated", node: int })),
      "expected integer, got string",
      "/r/a[2]",
    ],
    [
      "an inline property that is null",
      { p: null },
      doc(obj({ name: "p", as: "inline", node: empty })),
      "expected an object for inline p, got null",
      "/r/p",
    ],
    [
      "an inline property that is a string",
      { p: "x" },
      doc(obj({ name: "p", as: "inline", node: empty })),
      "expected an object for inline p, got string",
      "/r/p",
    ],
    ["a string for an object", "x", doc(empty), "expected an object, got string", "/r"],
    [
      "an object for an array",
      {},
      doc({ kind: "array", itemName: "i", items: int }),
      "expected an array, got object",
      "/r",
    ],
    [
      "an array's item",
      [1, "x"],
      doc({ kind: "array", itemName: "i", items: int }),
      "expected integer, got string",
      "/r/i[2]",
    ],
    ["an undefined root value mapped to any", undefined, doc(any), "cannot write undefined as XML", "/r"],
    [
      "an unknown array's undefined item",
      { u: [undefined] },
      doc(empty),
      "cannot write undefined as XML",
      "/r/u/item[1]",
    ],
    [
      "a root value without its root property",
      "x",
      doc(str, { rootProperty: "data" }),
      "expected { data: ... }, got string",
      "/r",
    ],
    [
      "a null root value with a root property",
      null,
      doc(str, { rootProperty: "data" }),
      "expected { data: ... }, got null",
      "/r",
    ],
  ])("%s", (_name, value, mapping, message, path) => {
    const error = refusal(value, mapping);
    expect(error.message).toBe(`${message} (at ${path})`);
    expect(error.path).toBe(path);
  });
});

it("gives names XML cannot hold the reason invalid-name", () => {
  expect(refusal({ a: 1 }, attr(int, "1a")).reason).toBe("invalid-name");
  expect(refusal({ "1a": 1 }, doc(empty)).reason).toBe("invalid-name");
});

describe("encodeXml maxDepth", () => {
  const chain = (levels: number, step: (inner: unknown) => unknown) => {
    let value: unknown = 1;
    for (let i = 0; i < levels; i++) {
      value = step(value);
    }
    return value;
  };
  const tree: XmlMapping = {
    root: "r",
    node: { kind: "ref", ref: "Tree" },
    definitions: {
      Tree: obj(
        { name: "child", node: { kind: "ref", ref: "Tree" } },
        { name: "kids", xmlName: "kid", as: "repeated", node: { kind: "ref", ref: "Tree" } },
        { name: "list", node: { kind: "ref", ref: "List" } },
      ),
      List: { kind: "array", itemName: "i", items: { kind: "ref", ref: "List" } },
    },
  };

  it.each<[string, unknown, XmlMapping, string]>([
    ["unknown arrays", chain(5, (v) => [v]), doc(any), "/r/item[1]/item[1]/item[1]"],
    ["mapped child elements", chain(5, (v) => ({ child: v })), tree, "/r/child/child/child"],
    ["repeated elements", chain(5, (v) => ({ kids: [v] })), tree, "/r/kid[1]/kid[1]/kid[1]"],
    ["mapped arrays", { list: chain(5, (v) => [v]) }, tree, "/r/list/i[1]/i[1]"],
    ["an unknown property of a mapped object", { u: { a: { b: 1 } } }, doc(empty), "/r/u/a/b"],
  ])("stops %s nested deeper than maxDepth", (_name, value, mapping, path) => {
    const error = refusal(value, mapping, 3);
    expect(error).toMatchObject({ reason: "depth", path, message: `nested deeper than maxDepth (3) (at ${path})` });
  });
});

describe("encodeXml attributes", () => {
  it.each<[string, unknown, XmlMapping, string]>([
    ["null as empty where allowed", null, attr({ ...int, nullable: true }), '<r a=""/>'],
    ["a union member's text", 7, attr(intOrString), '<r a="7"/>'],
    ["a string mapped to any as it is", "007", attr(any), '<r a="007"/>'],
  ])("writes %s", (_name, a, mapping, want) => {
    expect(encodeXml({ a }, mapping)).toBe(`${DECLARATION}${want}`);
  });

  it.each<[string, unknown, NodeMapping]>([
    ["a number mapped to any", 7, any],
    ["an object mapping", {}, empty],
    ["a string for an object mapping", "x", empty],
  ])("reports %s as a broken mapping", (_name, a, node) => {
    expect(() => encodeXml({ a }, attr(node))).toThrow(
      new TypeError(`@billforge/xml: attribute /r/@a must map to a scalar, not ${node.kind}`),
    );
  });
});

describe("encodeXml unknown properties", () => {
  it("leaves out undefined fields of unknown objects", () => {
    expect(encodeXml({ u: { a: undefined, b: 1 } }, doc(empty))).toBe(`${DECLARATION}<r><u><b>1</b></u></r>`);
  });

  it("leaves out undefined unknown fields of a mapped object", () => {
    expect(encodeXml({ x: undefined, y: 1 }, doc(empty))).toBe(`${DECLARATION}<r><y>1</y></r>`);
  });

  it("skips an unknown key that is a mapped property's element name: the mapped property wins", () => {
    const mapping = doc(obj({ name: "total", xmlName: "total_count", node: int }));
    expect(encodeXml({ total: 5, total_count: 9 }, mapping)).toBe(`${DECLARATION}<r><total_count>5</total_count></r>`);
  });
});
