import { isObject } from "./openapi-document.js";

/**
 * 3.0 ignores a `$ref`'s siblings, yet specs write `{ $ref, nullable: true }` to mean "the
 * referenced schema, or null". Rewritten as `{ nullable: true, allOf: [{ $ref }] }`, which
 * says exactly that in 3.0, the types (openapi-typescript) and the validators (the IR)
 * both read it the same way. In place; only `nullable: true` beside a `$ref` is touched.
 */
/** Example data is never rewritten. */
const DATA_KEYS = new Set(["example", "examples", "default", "const", "enum"]);

export function nullableRefsAsAllOf(document: unknown): void {
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!isObject(node)) {
      continue;
    }
    if (typeof node.$ref === "string" && node.nullable === true) {
      const { $ref, nullable, ...rest } = node;
      for (const key of Object.keys(node)) {
        delete node[key];
      }
      Object.assign(node, rest, { nullable, allOf: [{ $ref }] });
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (!DATA_KEYS.has(key)) {
        stack.push(value);
      }
    }
  }
}
