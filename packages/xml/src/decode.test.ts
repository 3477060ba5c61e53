import { describe, expect, it } from "vitest";
import { decodeXml, type NodeMapping, XmlDecodeError, type XmlDecodeErrorReason, type XmlMapping } from "./index.js";

const str: NodeMapping = { kind: "scalar", type: "string" };
const nullableStr: NodeMapping = { kind: "scalar", type: "string", nullable: true };
const int: NodeMapping = { kind: "scalar", type: "integer" };
const num: NodeMapping = { kind: "scalar", type: "number" };
const bool: NodeMapping = { kind: "scalar", type: "boolean" };
const decimal: NodeMapping = { kind: "scalar", type: "decimal-string" };
const stringOrNumber: NodeMapping = {
  kind: "union",
  of: [
    { kind: "scalar", type: "number" },
    { kind: "scalar", type: "string" },
  ],
};
const numberOnly: NodeMapping = {
  kind: "union",
  of: [
    { kind: "scalar", type: "integer" },
    { kind: "scalar", type: "number" },
  ],
};

function obj(properties: Record<string, NodeMapping>, nullable = false): NodeMapping {
  return { kind: "object", properties: Object.entries(properties).map(([name, node]) => ({ name, node })), nullable };
}

const doc = (node: NodeMapping, extra: Partial<XmlMapping> = {}): XmlMapping => ({ root: "r", node, ...extra });

const cases: { name: string; xml: string; mapping: XmlMapping; want: unknown }[] = [
  // Scalars follow the mapping, never the parser's guesses.
  { name: "string keeps leading zeros", xml: "<r>000123</r>", mapping: doc(str), want: "000123" },
  { name: "string keeps surrounding whitespace", xml: "<r>  a b \n</r>", mapping: doc(str), want: "  a b \n" },
  { name: "whitespace-only string", xml: "<r>   </r>", mapping: doc(nullableStr), want: "   " },
  { name: "integer", xml: "<r> 000123 </r>", mapping: doc(int), want: 123 },
  { name: "negative zero", xml: "<r>-0</r>", mapping: doc(int), want: -0 },
  { name: "number with one fraction digit", xml: "<r>30.0</r>", mapping: doc(num), want: 30 },
  { name: "number with exponent", xml: "<r>1.5e-7</r>", mapping: doc(num), want: 1.5e-7 },
  { name: "decimal-string keeps its text", xml: "<r>12.50</r>", mapping: doc(decimal), want: "12.50" },
  { name: "boolean true", xml: "<r>true</r>", mapping: doc(bool), want: true },
  { name: "boolean 0", xml: "<r>0</r>", mapping: doc(bool), want: false },
  {
    name: "enum is not enforced",
    xml: "<r>other</r>",
    mapping: doc({ kind: "scalar", type: "string", enum: ["a"] }),
    want: "other",
  },
  // Null.
  { name: "empty element → null where allowed", xml: "<r/>", mapping: doc(nullableStr), want: null },
  {
    name: 'nil="true" → null',
    xml: '<r nil="true"/>',
    mapping: doc({ kind: "scalar", type: "integer", nullable: true }),
    want: null,
  },
  {
    name: 'xsi:nil="true" → null',
    xml: '<r xsi:nil="true"></r>',
    mapping: doc({ kind: "scalar", type: "integer", nullable: true }),
    want: null,
  },
  { name: "empty string stays where null is not allowed", xml: "<r></r>", mapping: doc(str), want: "" },
  {
    name: "blank nullable number → null",
    xml: "<r> </r>",
    mapping: doc({ kind: "scalar", type: "number", nullable: true }),
    want: null,
  },
  { name: "blank nullable object → null", xml: "<r>\n</r>", mapping: doc(obj({ a: str }, true)), want: null },
  { name: "blank object → {}", xml: "<r>\n</r>", mapping: doc(obj({ a: str })), want: {} },
  // Unions of scalars.
  { name: "string|number keeps text", xml: "<r>10.0</r>", mapping: doc(stringOrNumber), want: "10.0" },
  { name: "integer|number reads a number", xml: "<r>10.0</r>", mapping: doc(numberOnly), want: 10 },
  {
    name: 'type="decimal" picks the number member',
    xml: '<r type="decimal">10.5</r>',
    mapping: doc(stringOrNumber),
    want: 10.5,
  },
  {
    name: "union member enum steers the choice",
    xml: "<r>5</r>",
    mapping: doc({
      kind: "union",
      of: [
        { kind: "scalar", type: "string", enum: ["auto"] },
        { kind: "scalar", type: "integer" },
      ],
    }),
    want: 5,
  },
  // Objects.
  {
    name: "properties by element name, comments ignored",
    xml: "<r><!-- x --><b>2</b>\n  <a>1</a><!-- y --></r>",
    mapping: doc(obj({ a: str, b: int })),
    want: { a: "1", b: 2 },
  },
  {
    name: "xmlName renames",
    xml: "<r><client_id>7</client_id></r>",
    mapping: doc({ kind: "object", properties: [{ name: "clientId", xmlName: "client_id", node: int }] }),
    want: { clientId: 7 },
  },
  {
    name: "absent element → absent property",
    xml: "<r><a>1</a></r>",
    mapping: doc(obj({ a: str, b: str })),
    want: { a: "1" },
  },
  {
    name: "attributes",
    xml: '<r id="0042" on="true" note=""><a>x</a></r>',
    mapping: doc({
      kind: "object",
      properties: [
        { name: "id", as: "attribute", node: str },
        { name: "on", as: "attribute", node: bool },
        { name: "note", as: "attribute", node: nullableStr },
        { name: "a", node: str },
      ],
    }),
    want: { id: "0042", on: true, note: null, a: "x" },
  },
  {
    name: "nullable object with a mapped attribute is not null",
    xml: '<r id="1"/>',
    mapping: doc({ kind: "object", nullable: true, properties: [{ name: "id", as: "attribute", node: int }] }),
    want: { id: 1 },
  },
  // Unknown elements are kept.
  {
    name: "unknown elements kept as generic values",
    xml: '<r><a>1</a><extra> x </extra><nested><p>1</p><p>2</p><q/></nested><gone nil="true"/><list type="array"><i>1</i></list></r>',
    mapping: doc(obj({ a: int })),
    want: { a: 1, extra: " x ", nested: { p: ["1", "2"], q: "" }, gone: null, list: ["1"] },
  },
  {
    name: "an unknown element never overwrites a mapped key",
    xml: "<r><client_id>7</client_id><clientId>x</clientId></r>",
    mapping: doc({ kind: "object", properties: [{ name: "clientId", xmlName: "client_id", node: int }] }),
    want: { clientId: 7 },
  },
  {
    name: "names of Object.prototype members are plain data",
    xml: "<r><toString>a</toString><hasOwnProperty>b</hasOwnProperty></r>",
    mapping: doc(obj({})),
    want: { toString: "a", hasOwnProperty: "b" },
  },
  { name: "any node", xml: "<r><a>1</a><a>2</a></r>", mapping: doc({ kind: "any" }), want: { a: ["1", "2"] } },
  // Arrays: exactly where the mapping says, with or without type="array".
  {
    name: "wrapped, single child",
    xml: "<r><i>1</i></r>",
    mapping: doc({ kind: "array", itemName: "i", items: int }),
    want: [1],
  },
  {
    name: "wrapped, type=array, empty",
    xml: '<r type="array"/>',
    mapping: doc({ kind: "array", itemName: "i", items: int }),
    want: [],
  },
  {
    name: "wrapped, several, with whitespace",
    xml: '<r type="array">\n  <i>1</i>\n  <i>2</i>\n</r>',
    mapping: doc({ kind: "array", itemName: "i", items: int }),
    want: [1, 2],
  },
  {
    name: "nullable array: empty is [], nil is null",
    xml: '<r><a/><b nil="true"/></r>',
    mapping: doc(
      obj({
        a: { kind: "array", itemName: "i", items: int, nullable: true },
        b: { kind: "array", itemName: "i", items: int, nullable: true },
      }),
    ),
    want: { a: [], b: null },
  },
  {
    name: "repeated items beside other properties (InvoiceXpress list root)",
    xml: '<r type="array"><item><n>1</n></item><item><n>2</n></item><current_page>1</current_page></r>',
    mapping: doc({
      kind: "object",
      properties: [
        { name: "items", xmlName: "item", as: "repeated", node: obj({ n: int }) },
        { name: "current_page", node: int },
      ],
    }),
    want: { items: [{ n: 1 }, { n: 2 }], current_page: 1 },
  },
  {
    name: "repeated with no item → []",
    xml: "<r><current_page>1</current_page></r>",
    mapping: doc({
      kind: "object",
      properties: [
        { name: "items", xmlName: "item", as: "repeated", node: int },
        { name: "current_page", node: int },
      ],
    }),
    want: { items: [], current_page: 1 },
  },
  // Refs, root property, empty body.
  {
    name: "recursive ref",
    xml: "<r><label>a</label><child><label>b</label><child><label>c</label></child></child></r>",
    mapping: doc(
      { kind: "ref", ref: "Node" },
      {
        definitions: {
          Node: {
            kind: "object",
            properties: [
              { name: "label", node: str },
              { name: "child", node: { kind: "ref", ref: "Node" } },
            ],
          },
        },
      },
    ),
    want: { label: "a", child: { label: "b", child: { label: "c" } } },
  },
  {
    name: "nullable ref",
    xml: "<r/>",
    mapping: doc({ kind: "ref", ref: "S", nullable: true }, { definitions: { S: int } }),
    want: null,
  },
  { name: "rootProperty wraps", xml: "<r>1</r>", mapping: doc(int, { rootProperty: "r" }), want: { r: 1 } },
  { name: "allowEmpty: empty body", xml: "", mapping: doc(int, { allowEmpty: true }), want: undefined },
  {
    name: "allowEmpty: declaration only",
    xml: '<?xml version="1.0"?>\n',
    mapping: doc(int, { allowEmpty: true }),
    want: undefined,
  },
  // Text: references, CDATA, line ends.
  {
    name: "numeric character references",
    xml: "<r>16&#186; Cam&#245;es &#x1F600; &#8208;</r>",
    mapping: doc(str),
    want: "16º Camões 😀 ‐",
  },
  {
    name: "predefined entities",
    xml: "<r>&lt;&gt;&amp;&quot;&apos;&amp;lt;</r>",
    mapping: doc(str),
    want: "<>&\"'&lt;",
  },
  {
    name: "entities in attributes",
    xml: '<r a="&quot;&#65;&amp;"/>',
    mapping: doc({ kind: "object", properties: [{ name: "a", as: "attribute", node: str }] }),
    want: { a: '"A&' },
  },
  { name: "CDATA is literal", xml: "<r>a<![CDATA[<&amp;>]]>b</r>", mapping: doc(str), want: "a<&amp;>b" },
  { name: "CRLF normalized, &#13; kept", xml: "<r>a\r\nb&#13;</r>", mapping: doc(str), want: "a\nb\r" },
  {
    name: "BOM and single-quoted declaration",
    xml: "\uFEFF<?xml version='1.0' encoding='UTF-8'?><r>1</r>",
    mapping: doc(int),
    want: 1,
  },
];

describe("decodeXml", () => {
  it.each(cases)("$name", ({ xml, mapping, want }) => {
    expect(decodeXml(xml, mapping)).toEqual(want);
  });

  it("reads UTF-8 bytes", () => {
    expect(decodeXml(new TextEncoder().encode("<r>Camões €</r>"), doc(str))).toBe("Camões €");
  });
});

const failures: { name: string; xml: string; mapping: XmlMapping; reason: XmlDecodeErrorReason; path?: string }[] = [
  { name: "not an integer", xml: "<r><a>abc</a></r>", mapping: doc(obj({ a: int })), reason: "type", path: "/r/a" },
  { name: "integer beyond safe range", xml: "<r>9007199254740993</r>", mapping: doc(int), reason: "type" },
  { name: "number overflowing to Infinity", xml: "<r>1e999</r>", mapping: doc(num), reason: "type" },
  { name: "decimal-string with exponent", xml: "<r>1e3</r>", mapping: doc(decimal), reason: "type" },
  { name: "empty where null is not allowed", xml: "<r/>", mapping: doc(int), reason: "type" },
  { name: "nil where null is not allowed", xml: '<r nil="true"/>', mapping: doc(str), reason: "type" },
  { name: "element inside a scalar", xml: "<r><b/></r>", mapping: doc(str), reason: "type" },
  { name: "text inside an object", xml: "<r>hello<a>1</a></r>", mapping: doc(obj({ a: str })), reason: "type" },
  {
    name: "two elements for one property",
    xml: "<r><a>1</a><a>2</a></r>",
    mapping: doc(obj({ a: str })),
    reason: "type",
    path: "/r/a",
  },
  {
    name: "wrong item name",
    xml: "<r><j>1</j></r>",
    mapping: doc({ kind: "array", itemName: "i", items: int }),
    reason: "type",
    path: "/r/j[1]",
  },
  { name: "no union member fits", xml: "<r>x</r>", mapping: doc(numberOnly), reason: "type" },
  { name: "unexpected root", xml: "<other/>", mapping: doc(str), reason: "unexpected-root" },
  { name: "empty body not allowed", xml: "  \n", mapping: doc(str), reason: "empty" },
  {
    name: "mismatched end tag",
    xml: "<r><preferred_contact></prefered_contact></r>",
    mapping: doc(obj({})),
    reason: "malformed",
  },
  { name: "unclosed element", xml: "<r><a>", mapping: doc(obj({})), reason: "malformed" },
  { name: "two roots", xml: "<r/><r/>", mapping: doc(obj({})), reason: "malformed" },
  { name: "text after the root", xml: "<r/>x", mapping: doc(obj({})), reason: "malformed" },
  { name: "invalid element name", xml: "<r><1a/></r>", mapping: doc(obj({})), reason: "malformed" },
  { name: "bare ampersand", xml: "<r>AT&T</r>", mapping: doc(str), reason: "malformed" },
  { name: "undeclared entity", xml: "<r>&nbsp;</r>", mapping: doc(str), reason: "entity" },
  { name: "char ref beyond Unicode", xml: "<r>&#9999999;</r>", mapping: doc(str), reason: "char-ref" },
  { name: "char ref with 30 digits", xml: `<r>&#${"9".repeat(30)};</r>`, mapping: doc(str), reason: "char-ref" },
  { name: "char ref to NUL", xml: "<r>&#0;</r>", mapping: doc(str), reason: "char-ref" },
  { name: "char ref to a surrogate", xml: "<r>&#xD800;</r>", mapping: doc(str), reason: "char-ref" },
  { name: "bad char ref in an attribute", xml: '<r a="&#1;"/>', mapping: doc(obj({})), reason: "char-ref" },
];

describe("decodeXml refuses", () => {
  it.each(failures)("$name → $reason", ({ xml, mapping, reason, path }) => {
    const error = (() => {
      try {
        decodeXml(xml, mapping);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(XmlDecodeError);
    expect(error).toMatchObject(path === undefined ? { reason } : { reason, path });
  });

  it("reports a broken mapping as a TypeError", () => {
    expect(() => decodeXml("<r/>", doc({ kind: "ref", ref: "Missing" }))).toThrow(TypeError);
    expect(() =>
      decodeXml("<r/>", doc({ kind: "ref", ref: "A" }, { definitions: { A: { kind: "ref", ref: "A" } } })),
    ).toThrow(TypeError);
  });
});
