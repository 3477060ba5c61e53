import { isBinaryMedia } from "../../media-types.js";
import { createExampleValidator } from "../example-validator.js";
import { isObject, type JsonObject, listOperations, type OpenApiDocument, resolveLocal } from "../openapi-document.js";
import type { LintRule } from "./lint-context.js";

/**
 * Every request and response body has an example, and every example validates: the
 * examples drive the contract snapshot tests, so a wrong one would assert a wrong contract.
 */
export const examplesRule: LintRule = {
  name: "examples",
  run({ doc, report }) {
    const validator = createExampleValidator(doc);
    for (const { operation, segments, method, path } of listOperations(doc)) {
      const label = `${method.toUpperCase()} ${path}`;
      const bodies: [JsonObject, (string | number)[], string][] = [];
      const requestBody = resolveLocal(doc, operation.requestBody);
      if (isObject(requestBody) && isObject(requestBody.content)) {
        bodies.push([requestBody.content, [...segments, "requestBody", "content"], "request body"]);
      }
      const responses = isObject(operation.responses) ? operation.responses : {};
      for (const [status, raw] of Object.entries(responses)) {
        const response = resolveLocal(doc, raw);
        if (isObject(response) && isObject(response.content)) {
          bodies.push([response.content, [...segments, "responses", status, "content"], `response ${status}`]);
        }
      }
      for (const [content, base, what] of bodies) {
        for (const [mediaType, rawMedia] of Object.entries(content)) {
          if (!isObject(rawMedia) || isBinaryMedia(mediaType)) {
            continue;
          }
          const where = [...base, mediaType];
          const examples = mediaExamples(doc, rawMedia);
          if (examples.length === 0) {
            report(
              "BF220",
              where,
              `${what} (${mediaType}) of ${label} has no example`,
              "add `example:` (or `examples:`) beside `schema:`, taken from the provider's docs where they give one",
            );
          }
          for (const { value, segments: exampleSegments } of examples) {
            for (const message of validator.check(rawMedia.schema, value)) {
              report(
                "BF221",
                [...where, ...exampleSegments],
                `${what} (${mediaType}) example of ${label}: ${message}`,
                "correct the example, or the schema if the example is what the provider really sends",
              );
            }
          }
        }
      }
    }
  },
};

interface FoundExample {
  readonly value: unknown;
  readonly segments: (string | number)[];
}

/** Media-level examples, else examples on the media's schema. */
function mediaExamples(doc: OpenApiDocument, media: JsonObject): FoundExample[] {
  if (media.example !== undefined) {
    return [{ value: media.example, segments: ["example"] }];
  }
  if (isObject(media.examples)) {
    return Object.entries(media.examples).flatMap(([name, raw]) => {
      const example = resolveLocal(doc, raw);
      return isObject(example) && example.value !== undefined
        ? [{ value: example.value, segments: ["examples", name, "value"] }]
        : [];
    });
  }
  const schema = resolveLocal(doc, media.schema);
  if (isObject(schema)) {
    if (schema.example !== undefined) {
      return [{ value: schema.example, segments: ["schema"] }];
    }
    if (Array.isArray(schema.examples) && schema.examples.length > 0) {
      return schema.examples.map((value, index) => ({ value, segments: ["schema", "examples", index] }));
    }
  }
  return [];
}
