import type { ApiIR, SchemaIR } from "../ir/types.js";

/**
 * The generated README's "Validation" section: what is checked before sending and on
 * arrival, and the rule for unknown fields on each side (closed objects named).
 */
export function validationSection(api: ApiIR): string {
  const closedComponents = api.schemas.filter((s) => isClosed(s.schema)).map((s) => `\`${s.name}\``);
  const closedBodies = api.operations.some((op) => op.requestBody?.media.some((m) => m.schema && hasClosed(m.schema)));
  const named = closedComponents.length > 0 ? `: ${closedComponents.join(", ")}` : "";
  return [
    "Arguments are checked against the spec before anything is sent, and every response on arrival; a mismatch rejects with the path and the problem (`body.items[0].price: Too small: expected number to be >=0`). The `validation` client option (`strict`, `warn`, `off`) says what a mismatch does.",
    closedComponents.length > 0 || closedBodies
      ? `In request bodies, an object that allows no other fields (\`additionalProperties: false\`${named}) refuses an unknown field before sending, so a misspelt field is an error instead of being ignored. Responses keep unknown fields, even of those objects: a provider adding a field breaks nobody.`
      : "Responses keep fields the spec does not list: a provider adding a field breaks nobody.",
  ].join("\n\n");
}

function isClosed(schema: SchemaIR): boolean {
  return schema.kind === "object" && schema.additional === false;
}

/** A closed object anywhere inside `schema` (component references not followed). */
function hasClosed(schema: SchemaIR): boolean {
  switch (schema.kind) {
    case "object":
      return (
        isClosed(schema) ||
        schema.properties.some((p) => hasClosed(p.schema)) ||
        (typeof schema.additional === "object" && hasClosed(schema.additional))
      );
    case "array":
      return hasClosed(schema.items);
    case "union":
      return schema.variants.some(hasClosed);
    case "intersection":
      return schema.parts.some(hasClosed);
    default:
      return false;
  }
}
