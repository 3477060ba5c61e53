import { describe, expect, it } from "vitest";
import { XmlEncodeError } from "./errors.js";
import { escapeAttribute, escapeText } from "./escape.js";

// XML 1.0's Char production: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF
// (a surrogate pair). The refusal names the first character outside it, in upper-case hex.
function refused(text: string): string {
  try {
    escapeText(text, "/r");
  } catch (error) {
    expect(error).toBeInstanceOf(XmlEncodeError);
    return (error as XmlEncodeError).message;
  }
  throw new Error(`${JSON.stringify(text)} was accepted`);
}

const EDGES = "\t\n\r \uD7FF\uE000\uFFFD\uD800\uDC00\uDBFF\uDFFF😀";

describe("escapeText", () => {
  it("accepts every edge of the allowed ranges", () => {
    expect(escapeText(EDGES, "/r")).toBe(EDGES.replace("\r", "&#13;"));
  });

  it.each([
    ["a C0 control", "\u0001", "U+0001"],
    ["U+001F", "\u001f", "U+001F"],
    ["U+FFFE", "\uFFFE", "U+FFFE"],
    ["a lone low surrogate", "\uDC00", "U+DC00"],
    ["a high surrogate at the end", "\uD800", "U+D800"],
    ["a high surrogate before a character that is not a low one", "\uDBFF\uE000", "U+DBFF"],
    ["a control before a low surrogate", "\u0001\uDC00", "U+0001"],
  ])("refuses %s after the allowed edges, naming it", (_name, bad, code) => {
    expect(refused(`${EDGES}${bad}`)).toBe(`${code} cannot appear in XML (at /r)`);
  });

  it("names a character in the middle of the text, not the text's end", () => {
    expect(refused("ab\u0002cd")).toBe("U+0002 cannot appear in XML (at /r)");
  });
});

describe("escapeAttribute", () => {
  it("escapes what an attribute value would lose, and refuses what XML cannot hold", () => {
    expect(escapeAttribute(`a&<>"'\r\n\tb`, "/r/@a")).toBe("a&amp;&lt;&gt;&quot;&apos;&#13;&#10;&#9;b");
    expect(() => escapeAttribute("\u0000", "/r/@a")).toThrow("U+0000 cannot appear in XML (at /r/@a)");
  });
});
