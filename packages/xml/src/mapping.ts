/**
 * The XML mapping: plain, JSON-serializable data that tells the codec how a schema's
 * values look as XML. The generator derives one from each OpenAPI schema (and its `xml`
 * objects) and emits it as a literal; the engine interprets it. Nothing in it is
 * provider-specific.
 *
 * Derivation rules for the generator, OpenAPI → mapping:
 *
 * | OpenAPI                                                  | mapping                                              |
 * |----------------------------------------------------------|------------------------------------------------------|
 * | `type: string` (any format except a decimal carried as text) | `{ kind: "scalar", type: "string" }`              |
 * | `type: string` holding a decimal (`"12.50"`, pattern/format says decimal) | `{ kind: "scalar", type: "decimal-string" }` |
 * | `type: integer` / `number` / `boolean`                   | `{ kind: "scalar", type: "integer" \| "number" \| "boolean" }` |
 * | `enum: [...]`                                            | `enum` on the scalar                                 |
 * | `type: [T, "null"]`, or `oneOf`/`anyOf` with `{type: "null"}` | `nullable: true` on the node                    |
 * | `oneOf`/`anyOf` of scalars (`[string, number]`)          | `{ kind: "union", of: [...] }`                       |
 * | `type: object` + `properties`                            | `{ kind: "object", properties: [...] }`, schema order |
 * | property, default                                        | `{ name, node }` (`xmlName` = `xml.name` when set)   |
 * | property with `xml.attribute: true`                      | `as: "attribute"` (node must be a scalar or union)   |
 * | array property with `xml.wrapped: true`                  | `as: "element"`, node `{ kind: "array", itemName, items }`, `xmlName` = container name |
 * | array property without `xml.wrapped` (OpenAPI's default) | `as: "repeated"`, `xmlName` = item element name, node = the items' mapping |
 * | object property with `xml.x-billforge-node-type: none`   | `as: "inline"`: its properties are children of the parent element |
 * | items' `xml.name`                                        | `itemName` (wrapped) or `xmlName` (repeated); default: the property name |
 * | `$ref: '#/components/schemas/X'`                         | `{ kind: "ref", ref: "X" }` with `X` in `definitions` |
 * | `{}` or a schema with no usable type                     | `{ kind: "any" }`                                   |
 * | schema-level `xml.name` of the body schema               | `XmlMapping.root`                                    |
 *
 * Names are literal: a namespace prefix is part of the name (`"ns:item"`); `xml.namespace`
 * and `xml.prefix` are not interpreted.
 *
 * What the wire cannot tell apart (the round-trip law holds for every other value): an
 * empty element means null wherever null is allowed, so `""` in a nullable string (or
 * union with a string member) and a nullable object with nothing to write both read back
 * as null; a `repeated` property reads back as `[]` when absent.
 *
 * @module
 */

/**
 * Scalar types as carried in element text or attribute values:
 * - `string`: text kept exactly, whitespace included.
 * - `decimal-string`: a decimal number carried as a string in the schema (`"12.50"`).
 *   Decoded text must be a plain decimal (optional sign, digits, optional fraction, no
 *   exponent: `30`, `-0.5`, `12.50`) and is kept
 *   as written (surrounding whitespace removed): `12.50` stays `"12.50"`.
 * - `integer`: a safe integer (`Number.isSafeInteger`); larger values are refused, not rounded.
 * - `number`: a finite number; text may have a fraction and an exponent (`30.0`, `1e-7`).
 * - `boolean`: `true`/`false` (also `1`/`0` on decode, as XML Schema allows).
 */
export type ScalarType = "string" | "decimal-string" | "integer" | "number" | "boolean";

/** A scalar value in element text (or an attribute, see {@link PropertyMapping.as}). */
export interface ScalarMapping {
  readonly kind: "scalar";
  readonly type: ScalarType;
  /** Null allowed: an empty element or `nil="true"` decodes to null. */
  readonly nullable?: boolean;
  /**
   * The schema's enum. Used to choose a member of a {@link UnionMapping}; not enforced
   * otherwise (validation is the runtime's job, so its `warn` mode works for XML too).
   */
  readonly enum?: readonly (string | number | boolean)[];
}

/**
 * `oneOf`/`anyOf` of scalars, e.g. an amount that arrives as `"10.0"` or `50.0`. XML text
 * has no type, so decoding picks the first member that accepts the text in this order:
 * `string`, `decimal-string`, `integer`, `number`, `boolean`. Hence text stays a string
 * whenever a string member accepts it, and becomes a number only when no string member does.
 * A Rails `type` attribute (`type="integer"`, `"decimal"`, `"float"`, `"boolean"`) moves
 * that family first; the encoder writes one on non-string values when a string member
 * exists, so a number round-trips as a number.
 */
export interface UnionMapping {
  readonly kind: "union";
  readonly of: readonly ScalarMapping[];
  /** Null allowed (also true when any member is nullable). */
  readonly nullable?: boolean;
}

/** An object: one element whose children (and attributes) carry its properties. */
export interface ObjectMapping {
  readonly kind: "object";
  /**
   * In schema order: the encoder writes elements in this order. Child elements that no
   * property claims are decoded anyway (see `decodeXml`) so nothing the provider sends is
   * lost; unknown attributes are ignored.
   */
  readonly properties: readonly PropertyMapping[];
  /**
   * Null allowed: `nil="true"`, or an element with no child elements, only whitespace
   * and no mapped attribute (`<preferred_contact>\n</preferred_contact>`), decodes to
   * null. Without it, such an element decodes to `{}`.
   */
  readonly nullable?: boolean;
}

/** One property of an {@link ObjectMapping}. */
export interface PropertyMapping {
  /** Property key in the value (the schema's property name). */
  readonly name: string;
  /**
   * Element or attribute name (`xml.name`); defaults to `name`. For `as: "repeated"` it is
   * the name of each repeated item element (the items' `xml.name`, else the property name).
   */
  readonly xmlName?: string;
  /**
   * Where the value lives in the parent element:
   * - `"element"` (default): one child element (absent element → property absent; two
   *   or more → `type` error). A wrapped array is an element whose node is an array.
   * - `"attribute"`: an attribute of the parent; `node` must be a scalar or union (or a
   *   ref to one). Null is written as an empty value. An attribute cannot carry the
   *   union type hint, so a union attribute reads back by member order alone.
   * - `"repeated"`: an unwrapped array: every child element named `xmlName` is one item,
   *   `node` maps each item. It has no element of its own, so absent and empty are the
   *   same on the wire: it decodes to `[]` when no item is present, and cannot be null.
   *   This also models list roots whose items sit beside other data, as InvoiceXpress
   *   does: `<invoices type="array"><invoice/>…<current_page>1</current_page></invoices>`
   *   is an object with a repeated `invoices` property (`xmlName: "invoice"`) and scalar
   *   `current_page`, … properties.
   * - `"inline"`: an object with no element of its own (OpenAPI 3.2's `xml.nodeType: none`):
   *   its properties are children and attributes of the parent element. So the page counters
   *   in `<invoices><invoice/>…<current_page>1</current_page></invoices>` can be the
   *   `pagination` object the JSON form nests. `node` must be an object (or a ref to one);
   *   the property is absent when none of the object's elements or attributes is present,
   *   and it cannot be null. `xmlName` is unused.
   *
   * A single-valued element (`"element"`) that appears more than once is accepted when it
   * is a scalar whose copies decode to the same value (`<current_page>1</current_page>`
   * twice is `1`); different values, or a repeated object or array, are a `type` error.
   */
  readonly as?: "element" | "attribute" | "repeated" | "inline";
  /**
   * Only with `as: "inline"`: an element that may hold the object's properties instead of
   * the parent (`x-billforge-optional-wrapper`). Decoding accepts both layouts, loose
   * `<invoices><invoice/><current_page>1</current_page></invoices>` and wrapped
   * `<invoices><invoice/><results><current_page>1</current_page></results></invoices>`, into
   * the same value; encoding writes the loose one.
   */
  readonly wrapper?: string;
  readonly node: NodeMapping;
}

/**
 * A wrapped array: a container element holding one child element per item,
 * `<items type="array"><item>…</item></items>`. The encoder always writes
 * `type="array"` on the container (InvoiceXpress rejects `<items>` without it); the
 * decoder does not require it. An empty container decodes to `[]`, a single child to a
 * one-element array. Every child must be named `itemName`.
 */
export interface ArrayMapping {
  readonly kind: "array";
  /** Element name of each item: the items' `xml.name`, else the property name. */
  readonly itemName: string;
  readonly items: NodeMapping;
  /** Null allowed (only `nil="true"` means null: an empty container is `[]`). */
  readonly nullable?: boolean;
}

/** A reference to a named mapping in {@link XmlMapping.definitions} (shared or recursive schemas). */
export interface RefMapping {
  readonly kind: "ref";
  /** Key in `definitions`, by convention the component schema name. */
  readonly ref: string;
  /** Null allowed here even if the referenced mapping does not allow it (`oneOf: [$ref, null]`). */
  readonly nullable?: boolean;
}

/**
 * A free-form value (`{}` schema). Decoded like an unknown element: `nil="true"` → null;
 * `type="array"` → array of its children; child elements → object (a name repeated →
 * array); otherwise the text. Encoded the reverse way (arrays as `type="array"`
 * containers of `<item>` elements).
 */
export interface AnyMapping {
  readonly kind: "any";
}

export type NodeMapping = ScalarMapping | UnionMapping | ObjectMapping | ArrayMapping | RefMapping | AnyMapping;

/** How one request or response body maps to an XML document. */
export interface XmlMapping {
  /** Name of the document's root element (`invoice`, `clients`, ...). */
  readonly root: string;
  /** Mapping of the root element. */
  readonly node: NodeMapping;
  /** Named mappings that {@link RefMapping}s point to. Shareable between mappings. */
  readonly definitions?: Readonly<Record<string, NodeMapping>>;
  /**
   * When set, the value is an object whose only property, named so, holds the root's
   * value. InvoiceXpress JSON wraps a single resource as `{"invoice": {...}}` while XML
   * has just `<invoice>`; with `rootProperty: "invoice"` both formats give the same value.
   */
  readonly rootProperty?: string;
  /**
   * A body with no root element (empty or whitespace only, as InvoiceXpress returns for
   * some successful updates) decodes to `undefined`, and `undefined` encodes to `""`.
   * Without it such a body is an `empty` decode error.
   */
  readonly allowEmpty?: boolean;
}

/** The mappings of one generated package, keyed by the name operations refer to them by. */
export type XmlMappingTable = Readonly<Record<string, XmlMapping>>;
