import type { SchemaIR } from "../ir/types.js";

/** A short, TypeScript-like name of a schema for change messages: `string (date)`, `"a" | "b"`, `Customer[]`. */
export function describeSchema(schema: SchemaIR): string {
  switch (schema.kind) {
    case "ref":
      return schema.name;
    case "string":
      return schema.format ? `string (${schema.format})` : "string";
    case "enum":
      return schema.values.length === 0 ? "never" : schema.values.map((v) => JSON.stringify(v)).join(" | ");
    case "array": {
      const items = describeSchema(schema.items);
      return /[ |&]/.test(items) ? `(${items})[]` : `${items}[]`;
    }
    case "union":
      return schema.variants.map(describeSchema).join(" | ");
    case "intersection":
      return schema.parts.map(describeSchema).join(" & ");
    case "unknown":
      return "any";
    default:
      return schema.kind;
  }
}
