import { isBinaryMedia } from "../../media-types.js";
import { isObject, listOperations, resolveLocal } from "../openapi-document.js";
import type { LintRule } from "./lint-context.js";

/** Every operation documents a success response, and every documented body has a schema. */
export const responsesRule: LintRule = {
  name: "responses",
  run({ doc, report }) {
    for (const { operation, segments, method, path } of listOperations(doc)) {
      const responses = isObject(operation.responses) ? operation.responses : {};
      const statuses = Object.keys(responses);
      if (!statuses.some((status) => /^(2\d\d|2XX)$/.test(status))) {
        report(
          "BF210",
          [...segments, "responses"],
          `${method.toUpperCase()} ${path} documents no 2xx response`,
          "add the success response (e.g. `'200':` with its content schema, or `'204':`)",
        );
      }
      for (const status of statuses) {
        const response = resolveLocal(doc, responses[status]);
        if (!isObject(response) || !isObject(response.content)) {
          continue;
        }
        for (const [mediaType, media] of Object.entries(response.content)) {
          if (isObject(media) && media.schema === undefined && !isBinaryMedia(mediaType)) {
            report(
              "BF211",
              [...segments, "responses", status, "content", mediaType],
              `response ${status} (${mediaType}) of ${method.toUpperCase()} ${path} has no schema`,
              "add `schema:` describing the body (a $ref to a component schema when shared)",
            );
          }
        }
      }
    }
  },
};
