import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { XmlDecodeError } from "./errors.js";
import { parserOptions } from "./parser-options.js";

// The decoder keeps one parser per depth limit (tree.ts), built at its first use; these tests
// build their own, so each option is checked by what it does to a parse, not by its value.
function parse(xml: string, maxDepth = 8): unknown {
  return new XMLParser(parserOptions(maxDepth)).parse(xml);
}

describe("parserOptions: the parser's raw output", () => {
  it.each([
    [
      "keeps document order, repeated names included",
      "<r><b/><c/><b/></r>",
      [{ r: [{ b: [] }, { c: [] }, { b: [] }] }],
    ],
    [
      "keeps attributes beside the element, unprefixed and as sent",
      "<r x='007' n:y=' 1 '/>",
      [{ r: [], ":@": { x: "007", "n:y": " 1 " } }],
    ],
    ["drops an attribute without a value", "<r flag/>", [{ r: [] }]],
    ["keeps namespace prefixes in names", "<n:r><n:b/></n:r>", [{ "n:r": [{ "n:b": [] }] }]],
    [
      "neither coerces nor trims text",
      "<r><a>000123</a><b> 12.50 </b></r>",
      [{ r: [{ a: [{ "#text": "000123" }] }, { b: [{ "#text": " 12.50 " }] }] }],
    ],
    [
      "keeps text between elements as text entries",
      "<r><b/>t<c/></r>",
      [{ r: [{ b: [] }, { "#text": "t" }, { c: [] }] }],
    ],
    ["merges CDATA into text, undecoded", "<r><![CDATA[q&amp;]]></r>", [{ r: [{ "#text": "q&amp;" }] }]],
    [
      "decodes the predefined entities and character references",
      "<r>&#186;&#x41;&amp;&lt;</r>",
      [{ r: [{ "#text": "ºA&<" }] }],
    ],
    ["drops comments and processing instructions", "<r><!-- c --><?pi x?></r>", [{ r: [] }]],
    ["drops the XML declaration", '<?xml version="1.0"?><r/>', [{ r: [] }]],
    [
      "keeps prototype member names other than the dangerous three",
      "<r><toString valueOf='1'/></r>",
      [{ r: [{ toString: [], ":@": { valueOf: "1" } }] }],
    ],
    ["accepts a DOCTYPE that declares nothing (guard.ts refuses it first)", "<!DOCTYPE r []><r/>", [{ r: [] }]],
  ])("%s", (_name, xml, expected) => {
    expect(parse(xml)).toEqual(expected);
  });
});

describe("parserOptions: what the parser refuses", () => {
  it.each([
    ["an element named __proto__", "<r><__proto__/></r>", "dangerous-name"],
    ["an attribute named constructor", "<r constructor='x'/>", "dangerous-name"],
  ])("%s", (_name, xml, reason) => {
    expect(() => parse(xml)).toThrow(expect.objectContaining({ constructor: XmlDecodeError, reason }));
  });

  // Declared, never referenced: refused for the declaration itself (guard.ts refuses any DTD first).
  it("an entity declaration", () => {
    expect(() => parse("<!DOCTYPE r [<!ENTITY e 'x'>]><r/>")).toThrow(
      expect.objectContaining({
        constructor: XmlDecodeError,
        reason: "entity",
        message: "entity declarations are not accepted",
      }),
    );
  });

  it("an entity that is neither predefined nor declared (HTML's &nbsp; included)", () => {
    expect(() => parse("<r>&nbsp;</r>")).toThrow(/nbsp/);
  });

  it("an element named like the parser's text key, which would pass as text", () => {
    expect(() => parse("<r><#text>x</#text></r>")).toThrow(/#text/);
  });

  it("nesting past the depth limit (fast-xml-parser allows one level more than maxNestedTags)", () => {
    const nested = (depth: number) => "<e>".repeat(depth) + "</e>".repeat(depth);
    expect(() => parse(nested(4), 3)).not.toThrow();
    expect(() => parse(nested(5), 3)).toThrow(/nested/i);
  });
});
