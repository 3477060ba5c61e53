import { describe, expect, it } from "vitest";
import { XmlDecodeError } from "./errors.js";
import { decodeReferences } from "./references.js";

describe("decodeReferences", () => {
  it.each([
    ["&#x9;&#xA;&#xD;", "\t\n\r"],
    ["&#x20;&#xD7FF;", " \uD7FF"],
    ["&#xE000;&#xFFFD;", "\uE000\uFFFD"],
    ["&#x10000;&#x10FFFF;", "\u{10000}\u{10FFFF}"],
    ["&#65;&lt;&gt;&amp;&quot;&apos;", `A<>&"'`],
  ])("decodes %s", (text, want) => {
    expect(decodeReferences(text)).toBe(want);
  });

  it.each([
    ["&#x1F;", "char-ref", "&#x1F; is not an XML character"],
    ["&#xD800;", "char-ref", "&#xD800; is not an XML character"],
    ["&#xFFFE;", "char-ref", "&#xFFFE; is not an XML character"],
    ["&#x110000;", "char-ref", "&#x110000; is not an XML character"],
    ["&nbsp;", "entity", "undeclared entity &nbsp;"],
    ["a & b", "malformed", '"&" must start a reference ending in ";", got "&"'],
    ["&;", "malformed", '"&" must start a reference ending in ";", got "&;"'],
    ["&amp", "malformed", '"&" must start a reference ending in ";", got "&amp"'],
  ])("refuses %s", (text, reason, message) => {
    expect(() => decodeReferences(text)).toThrow(new XmlDecodeError(reason as "entity", message));
    expect(() => decodeReferences(text)).toThrow(expect.objectContaining({ reason }));
  });
});
