import { describe, expect, it } from "vitest";
import { encodeXml, type NodeMapping, XmlEncodeError, type XmlEncodeErrorReason, type XmlMapping } from "./index.js";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const str: NodeMapping = { kind: "scalar", type: "string" };
const int: NodeMapping = { kind: "scalar", type: "integer" };
const num: NodeMapping = { kind: "scalar", type: "number" };

function obj(properties: Record<string, NodeMapping>, nullable = false): NodeMapping {
  return { kind: "object", properties: Object.entries(properties).map(([name, node]) => ({ name, node })), nullable };
}

const doc = (node: NodeMapping, extra: Partial<XmlMapping> = {}): XmlMapping => ({ root: "r", node, ...extra });

const cases: { name: string; value: unknown; mapping: XmlMapping; want: string }[] = [
  { name: "string", value: "000123", mapping: doc(str), want: "<r>000123</r>" },
  { name: "empty string", value: "", mapping: doc(str), want: "<r/>" },
  {
    name: "escapes & < > \" '",
    value: `a&b<c>d"e'f`,
    mapping: doc(str),
    want: "<r>a&amp;b&lt;c&gt;d&quot;e&apos;f</r>",
  },
  {
    name: "]]> and --> are plain escaped text",
    value: "]]>--><!--",
    mapping: doc(str),
    want: "<r>]]&gt;--&gt;&lt;!--</r>",
  },
  {
    name: "CR kept as a reference, LF and tab raw",
    value: "a\r\nb\tc",
    mapping: doc(str),
    want: "<r>a&#13;\nb\tc</r>",
  },
  { name: "non-ASCII written as UTF-8", value: "16º 😀", mapping: doc(str), want: "<r>16º 😀</r>" },
  { name: "numbers written as given", value: 30, mapping: doc(num), want: "<r>30</r>" },
  { name: "small number", value: 1e-7, mapping: doc(num), want: "<r>1e-7</r>" },
  { name: "negative zero keeps its sign", value: -0, mapping: doc(num), want: "<r>-0</r>" },
  {
    name: "decimal-string keeps its text",
    value: "12.50",
    mapping: doc({ kind: "scalar", type: "decimal-string" }),
    want: "<r>12.50</r>",
  },
  { name: "boolean", value: false, mapping: doc({ kind: "scalar", type: "boolean" }), want: "<r>false</r>" },
  {
    name: "null",
    value: null,
    mapping: doc({ kind: "scalar", type: "string", nullable: true }),
    want: '<r nil="true"/>',
  },
  {
    name: "properties in mapping order, undefined omitted",
    value: { b: 2, a: "1", c: undefined },
    mapping: doc(obj({ a: str, c: str, b: int })),
    want: "<r><a>1</a><b>2</b></r>",
  },
  {
    name: "xmlName and attributes (escaped, CR/LF/tab as references)",
    value: { id: 7, note: 'a"\n\t<', clientId: 3 },
    mapping: doc({
      kind: "object",
      properties: [
        { name: "id", as: "attribute", node: int },
        { name: "note", as: "attribute", node: str },
        { name: "clientId", xmlName: "client_id", node: int },
      ],
    }),
    want: '<r id="7" note="a&quot;&#10;&#9;&lt;"><client_id>3</client_id></r>',
  },
  {
    name: "null attribute is an empty value",
    value: { a: null },
    mapping: doc({
      kind: "object",
      properties: [{ name: "a", as: "attribute", node: { kind: "scalar", type: "integer", nullable: true } }],
    }),
    want: '<r a=""/>',
  },
  {
    name: 'wrapped arrays carry type="array"',
    value: { items: [{ name: "x" }], none: [] },
    mapping: doc(
      obj({
        items: { kind: "array", itemName: "item", items: obj({ name: str }) },
        none: { kind: "array", itemName: "item", items: str },
      }),
    ),
    want: '<r><items type="array"><item><name>x</name></item></items><none type="array"/></r>',
  },
  {
    name: "repeated items have no container",
    value: { invoices: [1, 2], page: 1 },
    mapping: doc({
      kind: "object",
      properties: [
        { name: "invoices", xmlName: "invoice", as: "repeated", node: int },
        { name: "page", node: int },
      ],
    }),
    want: "<r><invoice>1</invoice><invoice>2</invoice><page>1</page></r>",
  },
  {
    name: "union: number with a string member gets a type hint",
    value: { a: 10.5, b: "10.5", c: 3 },
    mapping: doc(
      obj({
        a: {
          kind: "union",
          of: [
            { kind: "scalar", type: "string" },
            { kind: "scalar", type: "number" },
          ],
        },
        b: {
          kind: "union",
          of: [
            { kind: "scalar", type: "string" },
            { kind: "scalar", type: "number" },
          ],
        },
        c: {
          kind: "union",
          of: [
            { kind: "scalar", type: "integer" },
            { kind: "scalar", type: "number" },
          ],
        },
      }),
    ),
    want: '<r><a type="decimal">10.5</a><b>10.5</b><c>3</c></r>',
  },
  {
    name: "unknown properties written after the mapped ones",
    value: { extra: { list: ["x", null], n: 1, yes: true }, a: "1" },
    mapping: doc(obj({ a: str })),
    want: '<r><a>1</a><extra><list type="array"><item>x</item><item nil="true"/></list><n>1</n><yes>true</yes></extra></r>',
  },
  { name: "rootProperty unwraps", value: { r: 1 }, mapping: doc(int, { rootProperty: "r" }), want: "<r>1</r>" },
];

describe("encodeXml", () => {
  it.each(cases)("$name", ({ value, mapping, want }) => {
    expect(encodeXml(value, mapping)).toBe(DECLARATION + want);
  });

  it("encodes undefined as an empty body when the mapping allows it", () => {
    expect(encodeXml(undefined, doc(int, { allowEmpty: true }))).toBe("");
  });
});

const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;

const failures: { name: string; value: unknown; mapping: XmlMapping; reason: XmlEncodeErrorReason; path?: string }[] = [
  { name: "string for an integer", value: { a: "1" }, mapping: doc(obj({ a: int })), reason: "type", path: "/r/a" },
  { name: "fraction for an integer", value: 1.5, mapping: doc(int), reason: "type" },
  { name: "NaN", value: Number.NaN, mapping: doc(num), reason: "type" },
  { name: "Infinity", value: Number.POSITIVE_INFINITY, mapping: doc(num), reason: "type" },
  { name: "not a decimal", value: "12,5", mapping: doc({ kind: "scalar", type: "decimal-string" }), reason: "type" },
  { name: "null where not allowed", value: null, mapping: doc(str), reason: "type" },
  { name: "undefined root", value: undefined, mapping: doc(str), reason: "type" },
  { name: "array for an object", value: [], mapping: doc(obj({})), reason: "type" },
  {
    name: "object for an array",
    value: {},
    mapping: doc({ kind: "array", itemName: "i", items: str }),
    reason: "type",
  },
  {
    name: "null repeated",
    value: { a: null },
    mapping: doc({ kind: "object", properties: [{ name: "a", as: "repeated", node: str }] }),
    reason: "type",
  },
  {
    name: "no union member fits",
    value: true,
    mapping: doc({
      kind: "union",
      of: [
        { kind: "scalar", type: "string" },
        { kind: "scalar", type: "number" },
      ],
    }),
    reason: "type",
  },
  { name: "control character", value: "a\u0001", mapping: doc(str), reason: "invalid-char" },
  { name: "lone surrogate", value: "\uD800x", mapping: doc(str), reason: "invalid-char" },
  { name: "U+FFFE", value: "\uFFFE", mapping: doc(str), reason: "invalid-char" },
  { name: "unknown key that is not an XML name", value: { "a b": "1" }, mapping: doc(obj({})), reason: "invalid-name" },
  {
    name: "unknown __proto__ key",
    value: JSON.parse('{"__proto__": "x"}'),
    mapping: doc(obj({})),
    reason: "invalid-name",
  },
  { name: "unknown function value", value: { f: () => 1 }, mapping: doc(obj({})), reason: "type" },
  { name: "cyclic value", value: cyclic, mapping: doc({ kind: "any" }), reason: "depth" },
];

describe("encodeXml refuses", () => {
  it.each(failures)("$name → $reason", ({ value, mapping, reason, path }) => {
    const error = (() => {
      try {
        encodeXml(value, mapping);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(XmlEncodeError);
    expect(error).toMatchObject(path === undefined ? { reason } : { reason, path });
  });

  it("honours maxDepth", () => {
    const deep = { a: { a: { a: "x" } } };
    expect(() => encodeXml(deep, doc({ kind: "any" }), { maxDepth: 3 })).toThrow(XmlEncodeError);
    expect(encodeXml(deep, doc({ kind: "any" }), { maxDepth: 4 })).toBe(`${DECLARATION}<r><a><a><a>x</a></a></a></r>`);
  });
});
