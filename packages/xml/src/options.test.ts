import { describe, expect, it } from "vitest";
import { decodeXml, encodeXml, XmlDecodeError, XmlEncodeError } from "./index.js";
import { maxBytesOf, maxDepthOf } from "./options.js";

describe("limits", () => {
  it("takes maxBytes from 0 up, and refuses anything else, saying so", () => {
    expect(maxBytesOf({ maxBytes: 0 })).toBe(0);
    expect(maxBytesOf({})).toBe(10 * 1024 * 1024);
    for (const maxBytes of [-1, 1.5, Number.NaN]) {
      expect(() => maxBytesOf({ maxBytes })).toThrow(
        new RangeError(`@billforge/xml: maxBytes must be a non-negative integer, got ${maxBytes}`),
      );
    }
  });

  it("takes maxDepth from 1 to 1000, and refuses anything else, saying so", () => {
    expect(maxDepthOf({ maxDepth: 1 })).toBe(1);
    expect(maxDepthOf({ maxDepth: 1000 })).toBe(1000);
    expect(maxDepthOf({})).toBe(64);
    for (const maxDepth of [0, 1001, 2.5, Number.NaN]) {
      expect(() => maxDepthOf({ maxDepth })).toThrow(
        new RangeError(`@billforge/xml: maxDepth must be an integer from 1 to 1000, got ${maxDepth}`),
      );
    }
  });
});

describe("errors", () => {
  it("are named after their class, and keep their cause", () => {
    const decode = (() => {
      try {
        decodeXml(new Uint8Array([0x3c, 0xff]), { root: "r", node: { kind: "any" } });
      } catch (error) {
        return error as XmlDecodeError;
      }
    })();
    expect(decode).toBeInstanceOf(XmlDecodeError);
    expect(decode?.name).toBe("XmlDecodeError");
    expect(decode?.cause).toBeInstanceOf(TypeError);
    expect(() => encodeXml(1, { root: "r", node: { kind: "scalar", type: "string" } })).toThrow(
      expect.objectContaining({ name: "XmlEncodeError" }),
    );
    expect(new XmlEncodeError("type", "m", "/r").name).toBe("XmlEncodeError");
  });
});
