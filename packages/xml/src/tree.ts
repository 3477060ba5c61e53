/**
 * Parses a guarded document with fast-xml-parser and turns its ordered output into a
 * small typed tree, so the decoder never handles the parser's loosely typed shapes.
 */
import { XMLParser } from "fast-xml-parser";
import { XmlDecodeError } from "./errors.js";
import { parserOptions } from "./parser-options.js";

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** All text directly inside, concatenated: CDATA included, comments gone, whitespace kept. */
  readonly text: string;
}

/** fast-xml-parser's `preserveOrder` entry: `{ "#text": ... }` or `{ [name]: entries, ":@"?: attributes }`. */
type Entry = Record<string, unknown>;

const TEXT = "#text";
const ATTRIBUTES = ":@";
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** Reads an attribute without ever reaching `Object.prototype` (`attributes.toString`...). */
export function attribute(element: XmlElement, name: string): string | undefined {
  return Object.hasOwn(element.attributes, name) ? element.attributes[name] : undefined;
}

function toElement(entry: Entry): XmlElement | string {
  const name = Object.keys(entry).find((key) => key !== ATTRIBUTES);
  if (name === undefined || name === TEXT) {
    return String(entry[TEXT] ?? "");
  }
  const attributes = (entry[ATTRIBUTES] as Record<string, string> | undefined) ?? NO_ATTRIBUTES;
  const children: XmlElement[] = [];
  let text = "";
  for (const child of entry[name] as Entry[]) {
    const node = toElement(child);
    if (typeof node === "string") {
      text += node;
    } else {
      children.push(node);
    }
  }
  return { name, attributes, children, text };
}

/** Parsers by depth limit: building one compiles its options, and a parser holds no state between documents. */
const parsers = new Map<number, XMLParser>();

function parserFor(maxDepth: number): XMLParser {
  let parser = parsers.get(maxDepth);
  if (parser === undefined) {
    parser = new XMLParser(parserOptions(maxDepth));
    parsers.set(maxDepth, parser);
  }
  return parser;
}

/** The root element of a document that `guardDocument` accepted and found a root in. */
export function parseRoot(text: string, maxDepth: number): XmlElement {
  let entries: Entry[];
  try {
    entries = parserFor(maxDepth).parse(text) as Entry[];
  } catch (cause) {
    if (cause instanceof XmlDecodeError) {
      throw cause;
    }
    throw new XmlDecodeError("malformed", cause instanceof Error ? cause.message : String(cause), { cause });
  }
  for (const entry of entries) {
    const node = toElement(entry);
    if (typeof node !== "string") {
      return node;
    }
  }
  throw new XmlDecodeError("malformed", "no root element");
}
