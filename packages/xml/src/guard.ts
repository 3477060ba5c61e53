/**
 * Checks run on the raw input before fast-xml-parser sees it, so hostile documents are
 * refused in one linear scan with memory bounded by `maxDepth`: size, UTF-8, DTDs,
 * nesting depth, and the well-formedness fast-xml-parser is lenient about (unbalanced
 * tags, several roots, text outside the root).
 */
import { XmlDecodeError } from "./errors.js";
import { isDangerousName, isXmlName } from "./names.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Byte length of `text` in UTF-8, without allocating an encoded copy. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      bytes += 1;
    } else if (unit < 0x800) {
      bytes += 2;
    } else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one 4-byte code point
      i++;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

/** Refuses input above `maxBytes` (before decoding bytes), then returns it as text without BOM. */
export function toText(input: string | Uint8Array, maxBytes: number): string {
  let text: string;
  if (typeof input === "string") {
    // UTF-8 never takes fewer bytes than UTF-16 code units, and at most 3 per unit.
    if (input.length > maxBytes || (input.length * 3 > maxBytes && utf8Length(input) > maxBytes)) {
      throw new XmlDecodeError("size", `body larger than maxBytes (${maxBytes})`);
    }
    text = input;
  } else {
    if (input.byteLength > maxBytes) {
      throw new XmlDecodeError("size", `body larger than maxBytes (${maxBytes})`);
    }
    try {
      text = utf8.decode(input);
    } catch (cause) {
      throw new XmlDecodeError("invalid-utf8", "body is not valid UTF-8", { cause });
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x9 || c === 0xa || c === 0xd;
}

function isNameEnd(c: number): boolean {
  return isWhitespace(c) || c === 0x2f || c === 0x3e; // `/` or `>`
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!isWhitespace(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

function endOf(text: string, terminator: string, from: number, what: string): number {
  const at = text.indexOf(terminator, from);
  if (at === -1) {
    throw new XmlDecodeError("malformed", `unterminated ${what}`);
  }
  return at + terminator.length;
}

/** `<!...>` that is not a comment or CDATA: always refused (DTD declarations carry the attacks). */
function refuseDeclaration(text: string, at: number): never {
  const head = text.slice(at + 2, at + 9).toUpperCase();
  if (head.startsWith("DOCTYPE")) {
    throw new XmlDecodeError("doctype", "DOCTYPE declarations are not accepted");
  }
  if (head.startsWith("ENTITY")) {
    throw new XmlDecodeError("entity", "ENTITY declarations are not accepted");
  }
  throw new XmlDecodeError("malformed", `unexpected markup declaration at offset ${at}`);
}

/** Index just past the `>` closing the start tag at `at`; quoted values may contain `>`. */
function endOfStartTag(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = text.indexOf(c, i + 1);
      if (i === -1) {
        break;
      }
    } else if (c === ">") {
      return i + 1;
    } else if (c === "<") {
      break;
    }
  }
  throw new XmlDecodeError("malformed", `unterminated start tag at offset ${at}`);
}

function nameAt(text: string, from: number, to: number): string {
  let end = from;
  while (end < to && !isNameEnd(text.charCodeAt(end))) {
    end++;
  }
  const name = text.slice(from, end);
  if (isDangerousName(name)) {
    throw new XmlDecodeError("dangerous-name", `element name <${name}> is not accepted`);
  }
  if (!isXmlName(name)) {
    throw new XmlDecodeError("malformed", `invalid element name ${JSON.stringify(name)}`);
  }
  return name;
}

/**
 * Scans the document's markup without building anything. Returns whether it has a root
 * element (an empty body has none); throws {@link XmlDecodeError} on anything refused.
 */
export function guardDocument(text: string, maxDepth: number): boolean {
  const open: string[] = [];
  let rootSeen = false;
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    if (open.length === 0 && !isBlank(text, pos, lt === -1 ? text.length : lt)) {
      throw new XmlDecodeError("malformed", "text outside the root element");
    }
    if (lt === -1) {
      break;
    }
    if (text.startsWith("<?", lt)) {
      pos = endOf(text, "?>", lt + 2, "processing instruction");
    } else if (text.startsWith("<!--", lt)) {
      pos = endOf(text, "-->", lt + 4, "comment");
    } else if (text.startsWith("<![CDATA[", lt) && open.length > 0) {
      pos = endOf(text, "]]>", lt + 9, "CDATA section");
    } else if (text.startsWith("<!", lt)) {
      refuseDeclaration(text, lt);
    } else if (text.startsWith("</", lt)) {
      pos = endOf(text, ">", lt + 2, "end tag");
      const name = text.slice(lt + 2, pos - 1).trimEnd();
      const expected = open.pop();
      if (name !== expected) {
        throw new XmlDecodeError(
          "malformed",
          `</${name}> does not close ${expected === undefined ? "any element" : `<${expected}>`}`,
        );
      }
    } else {
      pos = endOfStartTag(text, lt);
      const name = nameAt(text, lt + 1, pos);
      if (open.length === 0) {
        if (rootSeen) {
          throw new XmlDecodeError("malformed", "more than one root element");
        }
        rootSeen = true;
      }
      if (open.length + 1 > maxDepth) {
        throw new XmlDecodeError("depth", `elements nested deeper than maxDepth (${maxDepth})`);
      }
      if (text.charCodeAt(pos - 2) !== 0x2f) {
        open.push(name); // not self-closing `/>`
      }
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) {
    throw new XmlDecodeError("malformed", `<${unclosed}> is not closed`);
  }
  return rootSeen;
}
