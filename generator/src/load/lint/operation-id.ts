import { derivedOperationId } from "../derived-operation-id.js";
import { listOperations } from "../openapi-document.js";
import type { LintRule } from "./lint-context.js";

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;

/** Every operation has a unique camelCase operationId: it becomes a method name. */
export const operationIdRule: LintRule = {
  name: "operation-id",
  run({ doc, report }) {
    const firstSeen = new Map<string, string>();
    for (const { operation, segments, method, path } of listOperations(doc)) {
      const id = operation.operationId;
      if (typeof id !== "string" || id === "") {
        report(
          "BF200",
          segments,
          `${method.toUpperCase()} ${path} has no operationId; named \`${derivedOperationId(method, path)}\` from its method and path`,
          "add `operationId:` with a camelCase verb + resource, e.g. `listInvoices`",
        );
        continue;
      }
      if (!CAMEL_CASE.test(id)) {
        report(
          "BF201",
          [...segments, "operationId"],
          `operationId "${id}" is not camelCase`,
          "rename it to camelCase letters and digits, starting lower-case, e.g. `getInvoice`",
        );
      }
      const previous = firstSeen.get(id);
      if (previous !== undefined) {
        report(
          "BF202",
          [...segments, "operationId"],
          `operationId "${id}" is also used by ${previous}`,
          "give each operation its own operationId",
        );
      } else {
        firstSeen.set(id, `${method.toUpperCase()} ${path}`);
      }
    }
  },
};
