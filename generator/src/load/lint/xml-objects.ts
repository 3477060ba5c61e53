import { EXTENSION_PLACES } from "../extensions/placements.js";
import type { Report, Segments } from "../extensions/reader.js";
import { isObject, type JsonObject, resolveLocal } from "../openapi-document.js";
import type { LintContext } from "./lint-context.js";

const KNOWN: readonly string[] = EXTENSION_PLACES.xml;
/** An XML element name (no namespace handling: a prefix is part of the name). */
const ELEMENT_NAME = /^[A-Za-z_][\w.:-]*$/;
/** Keys holding data, not schemas: never searched. */
const DATA = new Set(["example", "examples", "const", "enum", "default"]);
/** Keys holding maps of names to schemas: a name there (even `xml`) is not a keyword. */
const NAME_MAPS = new Set(["properties", "patternProperties", "dependentSchemas", "$defs", "schemas"]);

/**
 * The `xml` objects of every schema: only known extensions, and `x-billforge-node-type: none`
 * (OpenAPI 3.2's `nodeType: none`) only on an object, which has then no element of its own;
 * `x-billforge-optional-wrapper` only beside it, naming the element that may hold the
 * object's properties instead (a tolerant reader: both layouts decode the same).
 */
export function checkXmlObjects(context: LintContext, bad: Report): void {
  visit(context.doc, [], (schema, at) => {
    const xml = schema.xml as JsonObject;
    for (const key of Object.keys(xml)) {
      if (key.startsWith("x-billforge-") && !KNOWN.includes(key)) {
        context.report("BF240", [...at, "xml", key], `unknown extension ${key} here`, `use ${KNOWN.join(", ")}`);
      }
    }
    const nodeType = xml["x-billforge-node-type"];
    const wrapper = xml["x-billforge-optional-wrapper"];
    if (wrapper !== undefined) {
      const where = [...at, "xml", "x-billforge-optional-wrapper"];
      if (typeof wrapper !== "string" || !ELEMENT_NAME.test(wrapper)) {
        bad(where, "x-billforge-optional-wrapper must be an element name", "write the wrapper's name, e.g. `results`");
      } else if (nodeType !== "none") {
        bad(
          where,
          "x-billforge-optional-wrapper needs x-billforge-node-type: none",
          "add `x-billforge-node-type: none`",
        );
      }
    }
    if (nodeType === undefined) {
      return;
    }
    const where = [...at, "xml", "x-billforge-node-type"];
    if (nodeType !== "none") {
      bad(
        where,
        "x-billforge-node-type can only be `none`",
        "element, attribute and wrapping have their own xml fields",
      );
    } else if (!isObjectSchema(context, schema)) {
      bad(where, "x-billforge-node-type: none needs an object schema", "use it on an object (or a $ref to one)");
    } else if (xml.name !== undefined || xml.attribute === true || xml.wrapped === true) {
      bad(where, "an object with no element of its own has no name, attribute or wrapping", "remove those fields");
    }
  });
}

function isObjectSchema(context: LintContext, schema: JsonObject): boolean {
  const target = typeof schema.$ref === "string" ? resolveLocal(context.doc, schema) : schema;
  return isObject(target) && (target.type === "object" || isObject(target.properties));
}

/** Depth-first over every schema-bearing node; the path is one shared stack, copied only for a schema with `xml`. */
function visit(root: unknown, at: Segments, found: (schema: JsonObject, at: Segments) => void): void {
  const path: (string | number)[] = [...at];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        path.push(index);
        walk(node[index]);
        path.pop();
      }
      return;
    }
    if (!isObject(node)) {
      return;
    }
    if (isObject(node.xml)) {
      found(node, [...path]);
    }
    for (const key in node) {
      if (DATA.has(key)) {
        continue;
      }
      const child = node[key];
      if (NAME_MAPS.has(key) && isObject(child)) {
        path.push(key);
        for (const name in child) {
          path.push(name);
          walk(child[name]);
          path.pop();
        }
        path.pop();
      } else if (key !== "xml") {
        path.push(key);
        walk(child);
        path.pop();
      }
    }
  };
  walk(root);
}
