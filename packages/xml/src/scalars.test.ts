import { describe, expect, it } from "vitest";
import { decodeXml, encodeXml, type NodeMapping, XmlDecodeError, XmlEncodeError } from "./index.js";

const doc = (node: NodeMapping) => ({ root: "r", node });

describe("scalars", () => {
  it("refuses a boolean that is neither true/false nor 1/0", () => {
    expect(() => decodeXml("<r>yes</r>", doc({ kind: "scalar", type: "boolean" }))).toThrow(XmlDecodeError);
  });

  it("refuses to write a string as a boolean", () => {
    expect(() => encodeXml("true", doc({ kind: "scalar", type: "boolean" }))).toThrow(XmlEncodeError);
  });

  it("reads whitespace as null in a nullable union that takes no strings", () => {
    const union: NodeMapping = {
      kind: "union",
      of: [
        { kind: "scalar", type: "integer", nullable: true },
        { kind: "scalar", type: "number" },
      ],
    };
    expect(decodeXml("<r>  </r>", doc(union))).toBeNull();
  });

  it("writes a decimal-string union member without a type hint", () => {
    const union: NodeMapping = {
      kind: "union",
      of: [
        { kind: "scalar", type: "decimal-string" },
        { kind: "scalar", type: "number" },
      ],
    };
    expect(encodeXml("12.50", doc(union))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<r>12.50</r>');
  });
});
