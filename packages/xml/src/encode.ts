import { XmlEncodeError } from "./errors.js";
import { escapeAttribute, escapeText } from "./escape.js";
import type { NodeMapping, ObjectMapping, ScalarMapping, UnionMapping, XmlMapping } from "./mapping.js";
import { isDangerousName, isXmlName } from "./names.js";
import { type EncodeOptions, maxDepthOf } from "./options.js";
import { type Definitions, inlineObject, resolve } from "./resolve.js";
import { formatScalar, inEnum, membersInOrder, type Scalar, typeHintFor } from "./scalars.js";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
/** Item element name for arrays written without a mapping (`any` nodes, unknown properties). */
const GENERIC_ITEM = "item";

interface Context {
  readonly definitions: Definitions;
  readonly maxDepth: number;
}

function typeError(message: string, path: string): XmlEncodeError {
  return new XmlEncodeError("type", message, path);
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

function element(name: string, attributes: string, content: string, path: string): string {
  if (!isXmlName(name) || isDangerousName(name)) {
    throw new XmlEncodeError("invalid-name", `${JSON.stringify(name)} cannot be an element name`, path);
  }
  return content === "" ? `<${name}${attributes}/>` : `<${name}${attributes}>${content}</${name}>`;
}

function enter(depth: number, context: Context, path: string): void {
  if (depth > context.maxDepth) {
    throw new XmlEncodeError("depth", `nested deeper than maxDepth (${context.maxDepth})`, path);
  }
}

function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Text for a scalar or union value, and the Rails `type` hint a union member needs. */
function scalarText(
  value: unknown,
  mapping: ScalarMapping | UnionMapping,
  path: string,
): { text: string; hint?: string } {
  if (mapping.kind === "scalar") {
    const text = formatScalar(value, mapping.type);
    if (text === undefined) {
      throw typeError(`expected ${mapping.type}, got ${describe(value)}`, path);
    }
    return { text };
  }
  for (const member of membersInOrder(mapping)) {
    const text = formatScalar(value, member.type);
    if (text === undefined || !inEnum(member, value as Scalar)) {
      continue;
    }
    const hint = typeHintFor(mapping, member.type);
    return hint === undefined ? { text } : { text, hint };
  }
  throw typeError(`${describe(value)} fits no member of ${mapping.of.map((m) => m.type).join(" | ")}`, path);
}

function encodeAttribute(name: string, value: unknown, node: NodeMapping, context: Context, path: string): string {
  const { node: mapping, nullable } = resolve(node, context.definitions);
  if (!isXmlName(name) || isDangerousName(name)) {
    throw new XmlEncodeError("invalid-name", `${JSON.stringify(name)} cannot be an attribute name`, path);
  }
  let text: string;
  if (value === null) {
    if (!nullable) {
      throw typeError("null where null is not allowed", path);
    }
    text = ""; // an empty attribute decodes to null where null is allowed
  } else if (mapping.kind === "scalar" || mapping.kind === "union") {
    text = scalarText(value, mapping, path).text;
  } else if (mapping.kind === "any" && typeof value === "string") {
    text = value;
  } else {
    throw new TypeError(`@billforge/xml: attribute ${path} must map to a scalar, not ${mapping.kind}`);
  }
  return ` ${name}="${escapeAttribute(text, path)}"`;
}

/** Values with no mapping: the reverse of the decoder's generic reading. */
function encodeGeneric(name: string, value: unknown, context: Context, path: string, depth: number): string {
  enter(depth, context, path);
  if (value === null) {
    return element(name, ' nil="true"', "", path);
  }
  if (typeof value === "string") {
    return element(name, "", escapeText(value, path), path);
  }
  if (typeof value === "boolean") {
    return element(name, "", String(value), path);
  }
  if (typeof value === "number") {
    const text = formatScalar(value, "number");
    if (text === undefined) {
      throw typeError(`cannot write ${value} as XML`, path);
    }
    return element(name, "", text, path);
  }
  if (Array.isArray(value)) {
    const items = value.map((item, i) =>
      encodeGeneric(GENERIC_ITEM, item, context, `${path}/${GENERIC_ITEM}[${i + 1}]`, depth + 1),
    );
    return element(name, ' type="array"', items.join(""), path);
  }
  if (typeof value === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    let content = "";
    for (const [key, child] of Object.entries(value)) {
      if (child !== undefined) {
        content += encodeGeneric(key, child, context, `${path}/${key}`, depth + 1);
      }
    }
    return element(name, "", content, path);
  }
  throw typeError(`cannot write ${describe(value)} as XML`, path);
}

const mappedNamesCache = new WeakMap<ObjectMapping, ReadonlySet<string>>();

/** Property and element names an object mapping claims, computed once per mapping. */
function mappedNames(mapping: ObjectMapping): ReadonlySet<string> {
  let names = mappedNamesCache.get(mapping);
  if (names === undefined) {
    names = new Set(mapping.properties.flatMap((p) => [p.name, p.xmlName ?? p.name]));
    mappedNamesCache.set(mapping, names);
  }
  return names;
}

function encodeObject(
  name: string,
  value: object,
  mapping: ObjectMapping,
  context: Context,
  path: string,
  depth: number,
) {
  const parts = { attributes: "", content: "" };
  encodeProperties(parts, value as Record<string, unknown>, mapping, context, path, depth);
  return element(name, parts.attributes, parts.content, path);
}

/** Appends `mapping`'s properties of `record` to the element being written. */
function encodeProperties(
  parts: { attributes: string; content: string },
  record: Record<string, unknown>,
  mapping: ObjectMapping,
  context: Context,
  path: string,
  depth: number,
): void {
  for (const property of mapping.properties) {
    const v = ownValue(record, property.name);
    if (v === undefined) {
      continue;
    }
    const xmlName = property.xmlName ?? property.name;
    const at = `${path}/${xmlName}`;
    if (property.as === "attribute") {
      parts.attributes += encodeAttribute(xmlName, v, property.node, context, `${path}/@${xmlName}`);
    } else if (property.as === "repeated") {
      if (!Array.isArray(v)) {
        throw typeError(`expected an array for repeated <${xmlName}>, got ${describe(v)}`, at);
      }
      v.forEach((item, i) => {
        parts.content += encodeElement(xmlName, item, property.node, context, `${at}[${i + 1}]`, depth + 1);
      });
    } else if (property.as === "inline") {
      const inner = inlineObject(property.node, context.definitions, at);
      if (typeof v !== "object" || v === null || Array.isArray(v)) {
        throw typeError(`expected an object for inline ${property.name}, got ${describe(v)}`, at);
      }
      encodeProperties(parts, v as Record<string, unknown>, inner, context, path, depth);
    } else {
      parts.content += encodeElement(xmlName, v, property.node, context, at, depth + 1);
    }
  }
  // Properties the mapping does not know (e.g. kept from a decoded body) are written too;
  // one whose name is already a mapped element is skipped: the mapped property wins.
  const mapped = mappedNames(mapping);
  for (const [key, v] of Object.entries(record)) {
    if (v !== undefined && !mapped.has(key)) {
      parts.content += encodeGeneric(key, v, context, `${path}/${key}`, depth + 1);
    }
  }
}

function encodeElement(
  name: string,
  value: unknown,
  node: NodeMapping,
  context: Context,
  path: string,
  depth: number,
): string {
  enter(depth, context, path);
  const { node: mapping, nullable } = resolve(node, context.definitions);
  if (value === null) {
    if (nullable) {
      return element(name, ' nil="true"', "", path);
    }
    throw typeError("null where null is not allowed", path);
  }
  switch (mapping.kind) {
    case "scalar":
    case "union": {
      const { text, hint } = scalarText(value, mapping, path);
      return element(name, hint === undefined ? "" : ` type="${hint}"`, escapeText(text, path), path);
    }
    case "object":
      if (typeof value !== "object" || Array.isArray(value)) {
        throw typeError(`expected an object, got ${describe(value)}`, path);
      }
      return encodeObject(name, value, mapping, context, path, depth);
    case "array": {
      if (!Array.isArray(value)) {
        throw typeError(`expected an array, got ${describe(value)}`, path);
      }
      const { itemName, items } = mapping;
      const content = value.map((item, i) =>
        encodeElement(itemName, item, items, context, `${path}/${itemName}[${i + 1}]`, depth + 1),
      );
      return element(name, ' type="array"', content.join(""), path);
    }
    case "any":
      return encodeGeneric(name, value, context, path, depth);
  }
}

/**
 * Encodes a value as the XML document `mapping` describes: an XML declaration, then the
 * root element. Properties are written in mapping order (attributes on the start tag),
 * undefined ones omitted, unknown ones after the mapped ones. Wrapped arrays carry
 * `type="array"`. Null is written `<name nil="true"/>` (an empty attribute value for
 * attributes); text is escaped (`& < > " '`, and CR), never put in CDATA or comments.
 * Values that do not fit the mapping throw {@link XmlEncodeError}.
 */
export function encodeXml(value: unknown, mapping: XmlMapping, options: EncodeOptions = {}): string {
  if (value === undefined && mapping.allowEmpty === true) {
    return "";
  }
  const context: Context = { definitions: mapping.definitions ?? {}, maxDepth: maxDepthOf(options) };
  const path = `/${mapping.root}`;
  let rootValue = value;
  if (mapping.rootProperty !== undefined) {
    if (typeof value !== "object" || value === null) {
      throw typeError(`expected { ${mapping.rootProperty}: ... }, got ${describe(value)}`, path);
    }
    rootValue = ownValue(value as Record<string, unknown>, mapping.rootProperty);
  }
  return DECLARATION + encodeElement(mapping.root, rootValue, mapping.node, context, path, 1);
}
