import { isObject } from "../openapi-document.js";
import { compilePattern } from "../spec-pattern.js";
import type { LintRule } from "./lint-context.js";

/** Keys whose values are data (examples, defaults): a `pattern` key in them is not a schema's. */
const DATA_KEYS = new Set(["example", "examples", "default", "const", "enum"]);

/**
 * Every schema `pattern` compiles as the generated validators compile it. One that does
 * not is removed from the document (the field is then validated without it), so that
 * neither example validation nor a generated module ever meets it.
 */
export const patternsRule: LintRule = {
  name: "patterns",
  run({ doc, report }) {
    const stack: { node: unknown; segments: readonly (string | number)[] }[] = [{ node: doc, segments: [] }];
    while (stack.length > 0) {
      const { node, segments } = stack.pop()!;
      if (Array.isArray(node)) {
        for (const [index, item] of node.entries()) {
          stack.push({ node: item, segments: [...segments, index] });
        }
        continue;
      }
      if (!isObject(node)) {
        continue;
      }
      if (typeof node.pattern === "string") {
        const compiled = compilePattern(node.pattern);
        if (compiled instanceof Error) {
          report(
            "BF260",
            [...segments, "pattern"],
            `pattern ${JSON.stringify(node.pattern)} does not compile: ${compiled.message.replace(/^Invalid regular expression: /, "")}; the value is checked without it`,
            "correct the regular expression (ECMAScript syntax, as `new RegExp(pattern)` reads it)",
          );
          delete node.pattern;
        }
      }
      for (const [key, value] of Object.entries(node)) {
        if (!DATA_KEYS.has(key)) {
          stack.push({ node: value, segments: [...segments, key] });
        }
      }
    }
  },
};
