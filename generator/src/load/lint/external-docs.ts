import { isObject, listOperations } from "../openapi-document.js";
import type { LintRule } from "./lint-context.js";

/** Hand-authored specs cite the provider page each operation was written from. */
export const externalDocsRule: LintRule = {
  name: "external-docs",
  run({ doc, report }) {
    for (const { operation, segments, method, path } of listOperations(doc)) {
      const docs = operation.externalDocs;
      if (!isObject(docs) || typeof docs.url !== "string" || !/^https?:\/\//.test(docs.url)) {
        report(
          "BF250",
          segments,
          `${method.toUpperCase()} ${path} does not cite its source documentation`,
          "add `externalDocs: { url: <the provider's doc page> }`",
        );
      }
    }
  },
};
