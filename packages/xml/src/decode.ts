import { XmlDecodeError } from "./errors.js";
import { guardDocument, toText } from "./guard.js";
import type {
  ArrayMapping,
  NodeMapping,
  ObjectMapping,
  PropertyMapping,
  ScalarMapping,
  UnionMapping,
  XmlMapping,
} from "./mapping.js";
import { type DecodeOptions, maxBytesOf, maxDepthOf } from "./options.js";
import { setOwn } from "./own.js";
import { type Definitions, inlineObject, resolve } from "./resolve.js";
import { acceptsStrings, inEnum, isEmptyText, membersInOrder, parseScalar } from "./scalars.js";
import { attribute, parseRoot, type XmlElement } from "./tree.js";

const NO_DEFINITIONS: Definitions = {};

function typeError(message: string, path: string): XmlDecodeError {
  return new XmlDecodeError("type", message, { path });
}

function isNil(element: XmlElement): boolean {
  return (attribute(element, "nil") ?? attribute(element, "xsi:nil")) === "true";
}

function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** Elements mapped to objects or arrays carry no text of their own (mixed content is refused). */
function refuseText(element: XmlElement, path: string): void {
  if (!isBlank(element.text)) {
    throw typeError(`unexpected text ${JSON.stringify(element.text.trim().slice(0, 40))} in <${element.name}>`, path);
  }
}

function groupByName(children: readonly XmlElement[]): Map<string, XmlElement[]> {
  const groups = new Map<string, XmlElement[]>();
  for (const child of children) {
    const group = groups.get(child.name);
    if (group === undefined) {
      groups.set(child.name, [child]);
    } else {
      group.push(child);
    }
  }
  return groups;
}

function decodeText(
  text: string,
  mapping: ScalarMapping | UnionMapping,
  nullable: boolean,
  typeHint: string | undefined,
  path: string,
): unknown {
  if (nullable && isEmptyText(text, acceptsStrings(mapping))) {
    return null;
  }
  if (mapping.kind === "scalar") {
    const value = parseScalar(text, mapping.type);
    if (value !== undefined) {
      return value;
    }
  } else {
    for (const member of membersInOrder(mapping, typeHint)) {
      const value = parseScalar(text, member.type);
      if (value !== undefined && inEnum(member, value)) {
        return value;
      }
    }
  }
  const expected = mapping.kind === "scalar" ? mapping.type : mapping.of.map((m) => m.type).join(" | ");
  throw typeError(`${JSON.stringify(text.slice(0, 40))} is not ${nullable ? `${expected} | null` : expected}`, path);
}

/** Same-named unknown children: one value, or an array when the name repeats. */
function decodeGenericGroup(found: readonly XmlElement[], path: string): unknown {
  return found.length === 1
    ? decodeGeneric(found[0] as XmlElement, path)
    : found.map((e, i) => decodeGeneric(e, `${path}[${i + 1}]`));
}

/** Unknown elements and `any` nodes: kept as generic values so nothing sent is lost. */
function decodeGeneric(element: XmlElement, path: string): unknown {
  if (isNil(element)) {
    return null;
  }
  if (attribute(element, "type") === "array") {
    refuseText(element, path);
    return element.children.map((child, i) => decodeGeneric(child, `${path}/${child.name}[${i + 1}]`));
  }
  if (element.children.length === 0) {
    return element.text;
  }
  refuseText(element, path);
  const value: Record<string, unknown> = {};
  for (const [name, found] of groupByName(element.children)) {
    setOwn(value, name, decodeGenericGroup(found, `${path}/${name}`));
  }
  return value;
}

function decodeAttribute(raw: string, node: NodeMapping, definitions: Definitions, path: string): unknown {
  const { node: mapping, nullable } = resolve(node, definitions);
  if (mapping.kind === "any") {
    return raw;
  }
  if (mapping.kind !== "scalar" && mapping.kind !== "union") {
    throw new TypeError(`@billforge/xml: attribute ${path} must map to a scalar, not ${mapping.kind}`);
  }
  return decodeText(raw, mapping, nullable, undefined, path);
}

function decodeObject(
  element: XmlElement,
  mapping: ObjectMapping,
  nullable: boolean,
  definitions: Definitions,
  path: string,
) {
  refuseText(element, path);
  const hasMappedAttribute = mapping.properties.some(
    (p) => p.as === "attribute" && attribute(element, p.xmlName ?? p.name) !== undefined,
  );
  if (nullable && element.children.length === 0 && !hasMappedAttribute) {
    return null;
  }

  const groups = groupByName(element.children);
  const { value } = decodeProperties(element, groups, mapping, definitions, path);
  // What is left is unknown to the mapping; a mapped property's key wins a name clash.
  for (const [name, found] of groups) {
    if (mapping.properties.some((p) => p.name === name)) {
      continue;
    }
    setOwn(value, name, decodeGenericGroup(found, `${path}/${name}`));
  }
  return value;
}

/**
 * Decodes `mapping`'s properties from `element`, taking the children it claims out of
 * `groups`. `claimed` counts the attributes and elements found, so an inline object with
 * none of them present reads as absent.
 */
function decodeProperties(
  element: XmlElement,
  groups: Map<string, XmlElement[]>,
  mapping: ObjectMapping,
  definitions: Definitions,
  path: string,
): { value: Record<string, unknown>; claimed: number } {
  const value: Record<string, unknown> = {};
  let claimed = 0;
  for (const property of mapping.properties) {
    if (property.as === "inline") {
      const inner = decodeInline(element, groups, property, definitions, path);
      if (inner.claimed > 0) {
        setOwn(value, property.name, inner.value);
      }
      claimed += inner.claimed;
      continue;
    }
    const xmlName = property.xmlName ?? property.name;
    const at = `${path}/${xmlName}`;
    if (property.as === "attribute") {
      const raw = attribute(element, xmlName);
      if (raw === undefined) {
        continue;
      }
      setOwn(value, property.name, decodeAttribute(raw, property.node, definitions, `${path}/@${xmlName}`));
      claimed++;
      continue;
    }
    const found = groups.get(xmlName) ?? [];
    groups.delete(xmlName);
    claimed += found.length;
    if (property.as === "repeated") {
      setOwn(
        value,
        property.name,
        found.map((item, i) => decodeElement(item, property.node, definitions, `${at}[${i + 1}]`)),
      );
    } else if (found.length > 0) {
      setOwn(value, property.name, decodeSingle(found, property.node, definitions, at));
    }
  }
  return { value, claimed };
}

/**
 * An inline object's properties, read from the parent's children or, when the property
 * names an optional `wrapper`, from that element too (`<results><current_page>…`): both
 * layouts give the same value. A counter present in both places follows the
 * single-value rule (equal values are one value).
 */
function decodeInline(
  element: XmlElement,
  groups: Map<string, XmlElement[]>,
  property: PropertyMapping,
  definitions: Definitions,
  path: string,
): { value: Record<string, unknown>; claimed: number } {
  const object = inlineObject(property.node, definitions, path);
  const wrappers = property.wrapper === undefined ? [] : (groups.get(property.wrapper) ?? []);
  const wrapper = wrappers[0];
  if (wrapper === undefined) {
    return decodeProperties(element, groups, object, definitions, path);
  }
  const at = `${path}/${property.wrapper}`;
  if (wrappers.length > 1) {
    throw typeError(`expected one <${property.wrapper}>, found ${wrappers.length}`, at);
  }
  groups.delete(property.wrapper as string);
  refuseText(wrapper, at);
  const inner = groupByName(wrapper.children);
  // Loose counters beside the wrapper join the wrapped ones (loose first, in document order).
  for (const name of object.properties.map((p) => p.xmlName ?? p.name)) {
    const loose = groups.get(name);
    if (loose === undefined) {
      continue;
    }
    groups.delete(name);
    inner.set(name, [...loose, ...(inner.get(name) ?? [])]);
  }
  const decoded = decodeProperties(wrapper, inner, object, definitions, at);
  // What the wrapper holds beyond the mapped properties is kept, like any unknown element.
  for (const [name, found] of inner) {
    if (object.properties.some((p) => p.name === name)) {
      continue;
    }
    setOwn(decoded.value, name, decodeGenericGroup(found, `${at}/${name}`));
  }
  return { value: decoded.value, claimed: decoded.claimed + 1 };
}

/**
 * One value from the elements found for a single-valued property. A scalar repeated with
 * the same value (a server writing a counter twice) is that value; different values, or a
 * repeated structure, are refused, since choosing one would be guessing.
 */
function decodeSingle(found: readonly XmlElement[], node: NodeMapping, definitions: Definitions, at: string): unknown {
  const first = decodeElement(found[0] as XmlElement, node, definitions, at);
  if (found.length === 1) {
    return first;
  }
  const { kind } = resolve(node, definitions).node;
  if (kind !== "scalar" && kind !== "union") {
    throw typeError(`expected one <${(found[0] as XmlElement).name}>, found ${found.length}`, at);
  }
  for (let i = 1; i < found.length; i++) {
    const other = decodeElement(found[i] as XmlElement, node, definitions, `${at}[${i + 1}]`);
    if (!Object.is(other, first)) {
      const name = (found[0] as XmlElement).name;
      throw typeError(
        `<${name}> appears ${found.length} times with different values: ${JSON.stringify(first)} and ${JSON.stringify(other)}`,
        at,
      );
    }
  }
  return first;
}

function decodeArray(element: XmlElement, mapping: ArrayMapping, definitions: Definitions, path: string): unknown[] {
  refuseText(element, path);
  return element.children.map((child, i) => {
    const at = `${path}/${child.name}[${i + 1}]`;
    if (child.name !== mapping.itemName) {
      throw typeError(`expected <${mapping.itemName}>, found <${child.name}>`, at);
    }
    return decodeElement(child, mapping.items, definitions, at);
  });
}

function decodeElement(element: XmlElement, node: NodeMapping, definitions: Definitions, path: string): unknown {
  const { node: mapping, nullable } = resolve(node, definitions);
  if (isNil(element)) {
    if (nullable) {
      return null;
    }
    throw typeError(`nil="true" where null is not allowed`, path);
  }
  switch (mapping.kind) {
    case "scalar":
    case "union": {
      const child = element.children[0];
      if (child !== undefined) {
        throw typeError(`expected text, found element <${child.name}>`, path);
      }
      return decodeText(element.text, mapping, nullable, attribute(element, "type"), path);
    }
    case "object":
      return decodeObject(element, mapping, nullable, definitions, path);
    case "array":
      return decodeArray(element, mapping, definitions, path);
    case "any":
      return decodeGeneric(element, path);
  }
}

/**
 * Decodes an XML body into the value `mapping` describes.
 *
 * Hostile or broken input throws {@link XmlDecodeError} (see its `reason`): bodies above
 * `maxBytes`, invalid UTF-8, any DOCTYPE or ENTITY declaration, nesting beyond
 * `maxDepth`, the names `__proto__`/`constructor`/`prototype`, undeclared entities and
 * character references to non-characters (`&#9999999;`). Size, UTF-8, DTD and depth are
 * checked before parsing.
 *
 * The mapping decides every type: no value is coerced by guesswork. Child elements the
 * mapping does not name are kept under their element name: `nil="true"` → null,
 * `type="array"` → array, child elements → object (repeated names → array), else the text.
 * Unknown attributes are ignored.
 */
export function decodeXml(input: string | Uint8Array, mapping: XmlMapping, options: DecodeOptions = {}): unknown {
  const maxDepth = maxDepthOf(options);
  const text = toText(input, maxBytesOf(options));
  if (!guardDocument(text, maxDepth)) {
    if (mapping.allowEmpty === true) {
      return undefined;
    }
    throw new XmlDecodeError("empty", "body has no root element");
  }
  const root = parseRoot(text, maxDepth);
  if (root.name !== mapping.root) {
    throw new XmlDecodeError("unexpected-root", `expected root <${mapping.root}>, found <${root.name}>`);
  }
  const value = decodeElement(root, mapping.node, mapping.definitions ?? NO_DEFINITIONS, `/${root.name}`);
  if (mapping.rootProperty === undefined) {
    return value;
  }
  const wrapped: Record<string, unknown> = {};
  setOwn(wrapped, mapping.rootProperty, value);
  return wrapped;
}
