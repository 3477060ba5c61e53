/**
 * Text and attribute escaping for the encoder. Everything user-supplied goes through
 * here; the encoder never writes CDATA sections or comments, so `]]>` and `-->` in text
 * are just characters (`]]&gt;`, `--&gt;`).
 */
import { XmlEncodeError } from "./errors.js";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // A raw CR would be normalized to LF by any parser; tab and LF in an attribute to a space.
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

const TEXT_SPECIALS = /[&<>"'\r]/g;
const ATTRIBUTE_SPECIALS = /[&<>"'\r\n\t]/g;

const escapeChar = (c: string): string => ESCAPES[c] ?? c;

/** Any character outside XML 1.0's Char production (a lone surrogate included, thanks to `u`). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Refuses characters XML 1.0 cannot carry, even escaped: C0 controls, lone surrogates, U+FFFE/U+FFFF. */
function assertXmlChars(text: string, path: string): void {
  // The regular expression clears almost every text at native speed; the loop names the culprit.
  if (!NOT_XML_CHAR.test(text)) {
    return;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0xd800) || c === 0x9 || c === 0xa || c === 0xd || (c >= 0xe000 && c <= 0xfffd)) {
      continue;
    }
    if (c <= 0xdbff && c >= 0xd800) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    throw new XmlEncodeError(
      "invalid-char",
      `U+${c.toString(16).toUpperCase().padStart(4, "0")} cannot appear in XML`,
      path,
    );
  }
}

const HAS_TEXT_SPECIAL = /[&<>"'\r]/;
const HAS_ATTRIBUTE_SPECIAL = /[&<>"'\r\n\t]/;

export function escapeText(text: string, path: string): string {
  assertXmlChars(text, path);
  return HAS_TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS, escapeChar) : text;
}

export function escapeAttribute(text: string, path: string): string {
  assertXmlChars(text, path);
  return HAS_ATTRIBUTE_SPECIAL.test(text) ? text.replace(ATTRIBUTE_SPECIALS, escapeChar) : text;
}
