import { describe, expect, it } from "vitest";
import { XmlDecodeError } from "./errors.js";
import { attribute, parseRoot } from "./tree.js";

// parseRoot's own contract, on inputs guardDocument would refuse before the decoder gets here:
// whatever the parser does, the caller sees an element or an XmlDecodeError.
describe("parseRoot", () => {
  it("builds the typed tree: attributes, children in order, direct text concatenated", () => {
    expect(parseRoot("<r a='1'>x<b/>y<![CDATA[z]]><c>w</c></r>", 8)).toEqual({
      name: "r",
      attributes: { a: "1" },
      children: [
        { name: "b", attributes: {}, children: [], text: "" },
        { name: "c", attributes: {}, children: [], text: "w" },
      ],
      text: "xyz",
    });
  });

  it("returns the root element even when text comes first", () => {
    expect(parseRoot("<![CDATA[x]]><r/>", 8)).toMatchObject({ name: "r", text: "" });
  });

  it.each([
    ["an empty document", ""],
    ["only a comment", "<!-- c -->"],
    ["only text", "text"],
  ])("refuses %s: no root element", (_name, xml) => {
    expect(() => parseRoot(xml, 8)).toThrow(
      expect.objectContaining({ constructor: XmlDecodeError, reason: "malformed", message: "no root element" }),
    );
  });

  it("turns a parser error into a malformed XmlDecodeError, keeping the parser's message and error", () => {
    const deep = "<e>".repeat(12) + "</e>".repeat(12);
    let thrown: unknown;
    try {
      parseRoot(deep, 8);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(XmlDecodeError);
    expect(thrown).toMatchObject({ reason: "malformed", message: expect.stringMatching(/nested tags/i) });
    expect((thrown as XmlDecodeError).cause).toBeInstanceOf(Error);
    expect((thrown as XmlDecodeError).cause).not.toBeInstanceOf(XmlDecodeError);
  });

  it("lets the parser callbacks' own XmlDecodeError through unchanged", () => {
    expect(() => parseRoot("<r><constructor/></r>", 8)).toThrow(
      expect.objectContaining({ constructor: XmlDecodeError, reason: "dangerous-name" }),
    );
  });

  it("drops an element named like the parser's attribute key, without text or a crash", () => {
    expect(parseRoot("<r><:@>x</:@></r>", 8)).toEqual({ name: "r", attributes: {}, children: [], text: "" });
  });
});

describe("attribute", () => {
  it("reads own attributes only, never Object.prototype's members", () => {
    const element = parseRoot("<r a='1'/>", 8);
    expect(attribute(element, "a")).toBe("1");
    expect(attribute(element, "toString")).toBeUndefined();
    expect(attribute(element, "b")).toBeUndefined();
  });
});
