import { isObject, listOperations, resolveLocal } from "../openapi-document.js";
import type { LintRule } from "./lint-context.js";

/** Path template names and declared `in: path` parameters must agree exactly. */
export const pathParametersRule: LintRule = {
  name: "path-parameters",
  run({ doc, report }) {
    for (const { operation, pathItem, segments, path, method } of listOperations(doc)) {
      const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
      const declared = new Map<string, (string | number)[]>();
      const sources: [unknown, (string | number)[]][] = [
        [pathItem.parameters, ["paths", path, "parameters"]],
        [operation.parameters, [...segments, "parameters"]],
      ];
      for (const [list, base] of sources) {
        if (!Array.isArray(list)) {
          continue;
        }
        list.forEach((raw, index) => {
          const parameter = resolveLocal(doc, raw);
          if (isObject(parameter) && parameter.in === "path" && typeof parameter.name === "string") {
            declared.set(parameter.name, [...base, index]);
          }
        });
      }
      for (const name of inTemplate) {
        if (!declared.has(name)) {
          report(
            "BF230",
            segments,
            `path parameter {${name}} of ${method.toUpperCase()} ${path} is not declared`,
            `declare it: \`- { name: ${name}, in: path, required: true, schema: { type: string } }\``,
          );
        }
      }
      for (const [name, where] of declared) {
        if (!inTemplate.includes(name)) {
          report(
            "BF231",
            where,
            `path parameter "${name}" is declared but ${path} has no {${name}}`,
            `remove the parameter or add {${name}} to the path`,
          );
        }
      }
    }
  },
};
