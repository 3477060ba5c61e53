/**
 * Hostile input: each document is refused with a typed reason, before it can cost time
 * or memory, and Object.prototype is never touched. The fast-xml-parser advisories in
 * DESIGN.md are the checklist.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { decodeXml, XmlDecodeError, type XmlDecodeErrorReason, type XmlMapping } from "./index.js";

const anyDoc: XmlMapping = { root: "r", node: { kind: "any" } };
// A mapping whose own property is called __proto__: decoding must define it, not set the prototype.
const protoProperty: XmlMapping = {
  root: "r",
  node: { kind: "object", properties: [{ name: "__proto__", xmlName: "proto", node: { kind: "any" } }] },
};

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

function assertPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

afterEach(assertPrototypeUntouched);

function reasonOf(run: () => unknown): XmlDecodeErrorReason | "no error" {
  try {
    run();
    return "no error";
  } catch (error) {
    if (error instanceof XmlDecodeError) {
      return error.reason;
    }
    throw error;
  }
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE r [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("\n  ")}
]>
<r>&lol9;</r>`;

const corpus: { name: string; xml: string | Uint8Array; reason: XmlDecodeErrorReason; mapping?: XmlMapping }[] = [
  { name: "billion laughs", xml: billionLaughs, reason: "doctype" },
  {
    name: "external entity (SYSTEM)",
    xml: '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>',
    reason: "doctype",
  },
  { name: "external DTD", xml: '<!DOCTYPE r SYSTEM "http://example.com/evil.dtd"><r/>', reason: "doctype" },
  {
    name: "parameter entity",
    xml: '<!DOCTYPE r [<!ENTITY % p SYSTEM "http://example.com/p">%p;]><r/>',
    reason: "doctype",
  },
  {
    name: "large entity used many times",
    xml: `<!DOCTYPE r [<!ENTITY big "${"x".repeat(100_000)}">]><r>${"&big;".repeat(10_000)}</r>`,
    reason: "doctype",
  },
  { name: "regex metacharacters in an entity name", xml: '<!DOCTYPE r [<!ENTITY a.*+ "x">]><r/>', reason: "doctype" },
  { name: "lower-case doctype", xml: "<!doctype r><r/>", reason: "doctype" },
  { name: "DOCTYPE after a comment", xml: "<!-- hi --><!DOCTYPE r><r/>", reason: "doctype" },
  { name: "ENTITY declaration without DOCTYPE", xml: '<!ENTITY a "b"><r/>', reason: "entity" },
  { name: "ENTITY declaration inside the root", xml: '<r><!ENTITY a "b"></r>', reason: "entity" },
  { name: "other markup declaration", xml: "<r><!ELEMENT r ANY></r>", reason: "malformed" },
  { name: "undeclared entity reference", xml: "<r>&lol;</r>", reason: "entity" },
  { name: "10,000-deep nesting", xml: `${"<a>".repeat(10_000)}${"</a>".repeat(10_000)}`, reason: "depth" },
  { name: "10,000 unclosed open tags", xml: "<a>".repeat(10_000), reason: "depth" },
  { name: "deep self-closing leaf", xml: `${"<a>".repeat(64)}<b/>${"</a>".repeat(64)}`, reason: "depth" },
  {
    name: "__proto__ element",
    xml: "<r><__proto__><polluted>yes</polluted></__proto__></r>",
    reason: "dangerous-name",
  },
  { name: "__proto__ root", xml: "<__proto__><polluted>yes</polluted></__proto__>", reason: "dangerous-name" },
  {
    name: "constructor element",
    xml: "<r><constructor><prototype><polluted>1</polluted></prototype></constructor></r>",
    reason: "dangerous-name",
  },
  { name: "prototype element", xml: "<r><prototype/></r>", reason: "dangerous-name" },
  { name: "__proto__ attribute", xml: '<r __proto__="x"/>', reason: "dangerous-name" },
  { name: "constructor attribute", xml: '<r><a constructor="x"/></r>', reason: "dangerous-name" },
  {
    name: "__proto__ on the XML declaration",
    xml: '<?xml version="1.0" __proto__="x"?><r/>',
    reason: "dangerous-name",
  },
  {
    name: "invalid UTF-8: stray continuation byte",
    xml: new Uint8Array([0x3c, 0x72, 0x3e, 0x80, 0x3c, 0x2f, 0x72, 0x3e]),
    reason: "invalid-utf8",
  },
  {
    name: "invalid UTF-8: overlong encoding of <",
    xml: new Uint8Array([0xc0, 0xbc, 0x72, 0x2f, 0x3e]),
    reason: "invalid-utf8",
  },
  {
    name: "invalid UTF-8: encoded surrogate",
    xml: new Uint8Array([0x3c, 0x72, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x72, 0x3e]),
    reason: "invalid-utf8",
  },
  {
    name: "invalid UTF-8: truncated sequence",
    xml: new Uint8Array([0x3c, 0x72, 0x3e, 0xe2, 0x82]),
    reason: "invalid-utf8",
  },
  {
    name: "Latin-1 bytes",
    xml: new Uint8Array([...new TextEncoder().encode("<r>Cam"), 0xf5, ...new TextEncoder().encode("es</r>")]),
    reason: "invalid-utf8",
  },
  { name: "crash code point &#9999999;", xml: "<r>&#9999999;</r>", reason: "char-ref" },
  { name: "hex code point beyond Unicode", xml: "<r>&#x110000;</r>", reason: "char-ref" },
  { name: "unterminated attribute quote over 1 MB", xml: `<r a="${"x".repeat(1_000_000)}`, reason: "malformed" },
  { name: "unterminated comment", xml: `<r><!--${"-".repeat(100_000)}`, reason: "malformed" },
  { name: "CDATA outside the root", xml: "<![CDATA[x]]><r/>", reason: "malformed" },
];

describe("hostile input", () => {
  it.each(corpus)("$name → $reason", ({ xml, reason, mapping }) => {
    expect(reasonOf(() => decodeXml(xml, mapping ?? anyDoc))).toBe(reason);
  });

  it("refuses a 50 MB body by size, as text and as bytes", () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    expect(reasonOf(() => decodeXml(bytes, anyDoc))).toBe("size");
    const text = `<r>${"x".repeat(50 * 1024 * 1024)}</r>`;
    expect(reasonOf(() => decodeXml(text, anyDoc))).toBe("size");
  });

  it("counts UTF-8 bytes, not UTF-16 units, against maxBytes", () => {
    const text = `<r>${"€".repeat(100)}</r>`; // 107 code units, 307 bytes
    expect(reasonOf(() => decodeXml(text, anyDoc, { maxBytes: 306 }))).toBe("size");
    expect(decodeXml(text, anyDoc, { maxBytes: 307 })).toBe("€".repeat(100));
  });

  it("accepts nesting up to maxDepth, and a raised maxDepth up to the limit without exhausting the stack", () => {
    const nested = (depth: number) => `${"<r>".repeat(depth)}${"</r>".repeat(depth)}`;
    expect(reasonOf(() => decodeXml(nested(64), anyDoc))).toBe("no error");
    expect(reasonOf(() => decodeXml(nested(65), anyDoc))).toBe("depth");
    expect(reasonOf(() => decodeXml(nested(1000), anyDoc, { maxDepth: 1000 }))).toBe("no error");
    expect(() => decodeXml(nested(1), anyDoc, { maxDepth: 100_000 })).toThrow(RangeError);
    expect(() => decodeXml(nested(1), anyDoc, { maxBytes: Number.NaN })).toThrow(RangeError);
  });

  it("decodes many predefined references in linear time", () => {
    const value = decodeXml(`<r>${"&amp;&#186;".repeat(200_000)}</r>`, anyDoc);
    expect(value).toBe("&º".repeat(200_000));
  });

  it("keeps a DOCTYPE that only appears inside a comment or CDATA as text", () => {
    expect(decodeXml("<!-- <!DOCTYPE r> --><r><![CDATA[<!DOCTYPE x>]]></r>", anyDoc)).toBe("<!DOCTYPE x>");
  });

  it("defines a mapped __proto__ property as an own property", () => {
    const value = decodeXml("<r><proto><polluted>yes</polluted></proto></r>", protoProperty) as object;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual({ polluted: "yes" });
  });

  it("only ever throws XmlDecodeError on arbitrary markup soup", () => {
    const token = fc.constantFrom(
      "<r>",
      "</r>",
      "<a>",
      "</a>",
      "<a/>",
      "<__proto__>",
      "</__proto__>",
      "<constructor/>",
      '<b prototype="1"/>',
      '<r type="array">',
      '<a nil="true"/>',
      "<proto>",
      "</proto>",
      "text",
      " ",
      "\n",
      "&amp;",
      "&#186;",
      "&#9999999;",
      "&bogus;",
      "&",
      "<",
      ">",
      '"',
      "'",
      "<!DOCTYPE r>",
      "<!ENTITY x 'y'>",
      "<!--c-->",
      "<!--",
      "-->",
      "<![CDATA[x]]>",
      "]]>",
      "<?pi x?>",
      '<?xml version="1.0"?>',
      "<polluted>1</polluted>",
      "\uFEFF",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), fc.constantFrom(anyDoc, protoProperty), (tokens, mapping) => {
        reasonOf(() => decodeXml(tokens.join(""), mapping));
        assertPrototypeUntouched();
      }),
      { numRuns: 2 * Number(process.env.BILLFORGE_PROPERTY_RUNS ?? 1000) },
    );
  });
});
