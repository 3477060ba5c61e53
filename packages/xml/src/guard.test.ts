import { describe, expect, it } from "vitest";
import { XmlDecodeError } from "./errors.js";
import { guardDocument, toText } from "./guard.js";
import { decodeXml } from "./index.js";

function refusal(run: () => unknown): XmlDecodeError {
  try {
    run();
  } catch (error) {
    if (error instanceof XmlDecodeError) {
      return error;
    }
    throw error;
  }
  throw new Error("accepted");
}

describe("toText", () => {
  // maxBytes counts UTF-8 bytes: 1 for ASCII, 2 up to U+07FF, 3 up to U+FFFF, 4 for a pair.
  it.each([
    ["ASCII", "ab", 2],
    ["a 2-byte character", "é", 2],
    ["a 3-byte character", "€", 3],
    ["a surrogate pair", "😀", 4],
    ["a lone high surrogate at the end, as 3 bytes", "a\uD800", 4],
    ["a mix", "aé€😀", 10],
    ["the last 1-byte and first 2-byte characters", "\u007F\u0080", 3],
    ["the last 2-byte and first 3-byte characters", "\u07FF\u0800", 5],
    ["pairs at both ends of the high surrogates", "\uD800\uDC00\uDBFF\uDFFF", 8],
    ["characters above the surrogates", "\uE000\uE000", 6],
  ])("accepts %s at exactly maxBytes, and refuses it one byte lower", (_name, text, bytes) => {
    expect(toText(text, bytes)).toBe(text);
    expect(refusal(() => toText(text, bytes - 1))).toMatchObject({
      reason: "size",
      message: `body larger than maxBytes (${bytes - 1})`,
    });
  });

  it("counts bytes of a Uint8Array as they are, and refuses invalid UTF-8", () => {
    const bytes = new TextEncoder().encode("<r>é</r>");
    expect(toText(bytes, bytes.byteLength)).toBe("<r>é</r>");
    expect(refusal(() => toText(bytes, bytes.byteLength - 1))).toMatchObject({
      reason: "size",
      message: `body larger than maxBytes (${bytes.byteLength - 1})`,
    });
    expect(refusal(() => toText(new Uint8Array([0x3c, 0xff]), 10))).toMatchObject({
      reason: "invalid-utf8",
      message: "body is not valid UTF-8",
      cause: expect.any(TypeError),
    });
  });

  it("drops one leading byte order mark, nothing else", () => {
    expect(toText("\uFEFF\uFEFF<r/>", 100)).toBe("\uFEFF<r/>");
    expect(toText("<r>\uFEFF</r>", 100)).toBe("<r>\uFEFF</r>");
  });
});

describe("guardDocument", () => {
  it.each([
    ["a root element", "<r/>", true],
    ["a root after the declaration, a comment and a PI", '<?xml version="1.0"?>\n<!-- c --><?pi x?>\n<r>t</r>\n', true],
    ["only whitespace and comments", " \n<!-- nothing -->\t\r\n", false],
    ["nothing", "", false],
    ["a quoted > and < in attributes", "<r a=\"x>y\" b='<'><c d='>'/></r>", true],
    ["a slash in a quoted attribute of an open element", '<r a="/"><c/></r>', true],
    ["an end tag with trailing space", "<r><a></a ></r >", true],
    ["CDATA inside the root", "<r><![CDATA[<not/> & </r>]]></r>", true],
    ["nesting up to maxDepth", "<a><b><c/></b></a>", true],
  ])("accepts %s", (_name, text, root) => {
    expect(guardDocument(text, 3)).toBe(root);
  });

  it.each([
    ["text before the root", "x<r/>", "text outside the root element"],
    ["text after the root", "<r/>\nx", "text outside the root element"],
    ["an unterminated PI", "<r/><?pi", "unterminated processing instruction"],
    ["a PI closed by its own opening", "<r/><?>", "unterminated processing instruction"],
    ["an unterminated comment", "<r><!-- c", "unterminated comment"],
    ["an unterminated CDATA section", "<r><![CDATA[x", "unterminated CDATA section"],
    ["a DOCTYPE", "<!doctype r><r/>", "DOCTYPE declarations are not accepted"],
    ["an ENTITY", '<r><!ENTITY a "b"></r>', "ENTITY declarations are not accepted"],
    ["another declaration", "<r><!ELEMENT r ANY></r>", "unexpected markup declaration at offset 3"],
    ["an unterminated end tag", "<r></r", "unterminated end tag"],
    ["a mismatched end tag", "<a><b></a></b>", "</a> does not close <b>"],
    ["an end tag with nothing open", "</a>", "</a> does not close any element"],
    ["an unterminated start tag", "<r><a b='1'", "unterminated start tag at offset 3"],
    ["a start tag broken by <", "<r><a <b/></r>", "unterminated start tag at offset 3"],
    ["an unterminated quote", '<r a="x></r>', "unterminated start tag at offset 0"],
    ["an invalid element name", "<r><1a/></r>", 'invalid element name "1a"'],
    ["an empty element name", "<r>< /></r>", 'invalid element name ""'],
    ["two roots", "<r/><r/>", "more than one root element"],
    ["nesting beyond maxDepth", "<a><b><c><d/></c></b></a>", "elements nested deeper than maxDepth (3)"],
    ["an unclosed element", "<r><a>", "<a> is not closed"],
    ["a comment closed by its own opening", "<r><!--></r>", "unterminated comment"],
    ["a CDATA section with ]]> only before it", "<r>]]><![CDATA[x</r>", "unterminated CDATA section"],
  ])("refuses %s as malformed, saying so", (_name, text, message) => {
    expect(refusal(() => guardDocument(text, 3))).toMatchObject({ message });
  });

  it("refuses a dangerous attribute name while parsing, naming it", () => {
    expect(() => decodeXml('<r constructor="x"/>', { root: "r", node: { kind: "any" } })).toThrow(
      expect.objectContaining({ reason: "dangerous-name", message: 'name "constructor" is not accepted' }),
    );
  });

  it("refuses a dangerous element name by its own reason", () => {
    expect(refusal(() => guardDocument("<r><constructor/></r>", 3))).toMatchObject({
      reason: "dangerous-name",
      message: "element name <constructor> is not accepted",
    });
  });
});
