import type { NamedSchemaIR, SchemaIR } from "../ir/types.js";

/**
 * SchemaIR → the XML codec's mapping (see `@billforge/xml`'s mapping.ts), as plain data.
 * Element names come from OpenAPI `xml` objects, arrays are wrapped or repeated as
 * `xml.wrapped` says, scalars keep the schema's type. Component schemas become named
 * definitions referenced by name, so shared and recursive schemas are written once.
 */
export type NodeMapping =
  | { kind: "scalar"; type: ScalarType; nullable?: true; enum?: (string | number | boolean)[] }
  | { kind: "union"; of: NodeMapping[]; nullable?: true }
  | { kind: "object"; properties: PropertyMapping[]; nullable?: true }
  | { kind: "array"; itemName: string; items: NodeMapping; nullable?: true }
  | { kind: "ref"; ref: string; nullable?: true }
  | { kind: "any" };

type ScalarType = "string" | "decimal-string" | "integer" | "number" | "boolean";

export interface PropertyMapping {
  name: string;
  xmlName?: string;
  as?: "attribute" | "repeated" | "inline";
  wrapper?: string;
  node: NodeMapping;
}

export interface XmlMapping {
  root: string;
  node: NodeMapping;
  rootProperty?: string;
}

/** The mapping of one schema node. */
export function nodeMapping(schema: SchemaIR): NodeMapping {
  switch (schema.kind) {
    case "ref":
      return { kind: "ref", ref: schema.name };
    case "string":
      return { kind: "scalar", type: schema.format === "decimal" ? "decimal-string" : "string" };
    case "integer":
    case "number":
      return { kind: "scalar", type: schema.kind };
    case "boolean":
      return { kind: "scalar", type: "boolean" };
    case "enum": {
      const values = schema.values.filter((v): v is string | number | boolean => v !== null);
      const type = values.every((v) => typeof v === "number")
        ? "number"
        : values.every((v) => typeof v === "boolean")
          ? "boolean"
          : "string";
      return { kind: "scalar", type, enum: values };
    }
    case "array":
      return { kind: "array", itemName: schema.items.xml?.name ?? "item", items: nodeMapping(schema.items) };
    case "object":
      return {
        kind: "object",
        properties: schema.properties.map((p) => propertyMapping(p.name, p.schema)),
      };
    case "union": {
      const variants = schema.variants.filter((v) => v.kind !== "null");
      const nullable = variants.length < schema.variants.length;
      const inner: NodeMapping =
        variants.length === 1
          ? nodeMapping(variants[0]!)
          : variants.every(isScalarSchema)
            ? { kind: "union", of: variants.map(nodeMapping) }
            : { kind: "any" };
      return nullable && inner.kind !== "any" ? { ...inner, nullable: true } : inner;
    }
    case "intersection": {
      const parts = schema.parts.map(nodeMapping);
      if (!parts.every((p) => p.kind === "object")) {
        return { kind: "any" };
      }
      return { kind: "object", properties: parts.flatMap((p) => (p.kind === "object" ? p.properties : [])) };
    }
    case "null":
    case "unknown":
      return { kind: "any" };
  }
}

function propertyMapping(name: string, schema: SchemaIR): PropertyMapping {
  const xml = schema.xml;
  const node = nodeMapping(schema);
  // An object with no element of its own: its properties sit in the parent element, or in
  // the optional wrapper element some servers put around them.
  if (xml?.nodeType === "none") {
    return { name, as: "inline", ...(xml.optionalWrapper === undefined ? {} : { wrapper: xml.optionalWrapper }), node };
  }
  if (node.kind === "array" && xml?.wrapped !== true) {
    // An unwrapped array is a run of repeated elements named after its items.
    return { name, xmlName: itemsName(schema) ?? xml?.name ?? name, as: "repeated", node: node.items };
  }
  return {
    name,
    ...(xml?.name !== undefined && xml.name !== name ? { xmlName: xml.name } : {}),
    ...(xml?.attribute ? { as: "attribute" as const } : {}),
    node,
  };
}

function itemsName(schema: SchemaIR): string | undefined {
  if (schema.kind === "array") {
    return schema.items.xml?.name;
  }
  if (schema.kind === "union") {
    for (const v of schema.variants) {
      if (v.kind === "array") {
        return v.items.xml?.name;
      }
    }
  }
  return undefined;
}

function isScalarSchema(schema: SchemaIR): boolean {
  return ["string", "integer", "number", "boolean", "enum"].includes(schema.kind);
}

/**
 * The mapping of one XML body. A body that is an object with a single property (how
 * InvoiceXpress and Rails wrap a resource: `{ invoice: {...} }`) has that property as its
 * root element; otherwise the root element is the schema's (or its component's) `xml.name`.
 */
export function bodyMapping(schema: SchemaIR, components: ReadonlyMap<string, NamedSchemaIR>): XmlMapping {
  const target = schema.kind === "ref" ? components.get(schema.name)?.schema : schema;
  if (target?.kind === "object" && target.properties.length === 1) {
    const only = target.properties[0]!;
    return { root: only.schema.xml?.name ?? only.name, rootProperty: only.name, node: nodeMapping(only.schema) };
  }
  const root = schema.xml?.name ?? target?.xml?.name ?? (schema.kind === "ref" ? schema.name : "root");
  return { root, node: nodeMapping(schema) };
}
