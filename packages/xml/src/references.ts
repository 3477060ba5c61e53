import { XmlDecodeError } from "./errors.js";

const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

// One pass, no nested quantifiers (linear). Group 1: decimal, 2: hex, 3: name; a bare `&`
// or a reference without `;` matches with all groups empty or no `;`.
const REFERENCE = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|([A-Za-z_:][\w.:-]*))?(;?)/g;

/** XML 1.0 `Char`: what a character reference may denote. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function fromReference(whole: string, dec?: string, hex?: string, name?: string, semicolon?: string): string {
  if (semicolon !== ";" || (dec === undefined && hex === undefined && name === undefined)) {
    throw new XmlDecodeError("malformed", `"&" must start a reference ending in ";", got ${JSON.stringify(whole)}`);
  }
  if (name !== undefined) {
    const text = PREDEFINED[name];
    if (text === undefined) {
      throw new XmlDecodeError("entity", `undeclared entity &${name};`);
    }
    return text;
  }
  // Long digit strings parse to huge numbers or Infinity, which isXmlChar refuses: no crash.
  const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
  if (!isXmlChar(cp)) {
    throw new XmlDecodeError("char-ref", `${whole} is not an XML character`);
  }
  return String.fromCodePoint(cp);
}

/**
 * Decodes the five predefined entities and numeric character references in text or an
 * attribute value. Anything else is refused: other named entities could only come from a
 * DTD (which is refused), and an invalid code point (`&#9999999;`) is an error rather than
 * a silent replacement, so a corrupted body never reads as valid data.
 */
export function decodeReferences(text: string): string {
  return text.includes("&") ? text.replace(REFERENCE, fromReference) : text;
}
