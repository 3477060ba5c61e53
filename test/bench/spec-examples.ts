import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The document's node at a local `$ref`, followed until it is not a `$ref`. */
function deref(doc: Json, node: unknown): unknown {
  let current = node;
  while (isObject(current) && typeof current.$ref === "string" && current.$ref.startsWith("#/")) {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>(
        (at, key) => (isObject(at) ? at[key.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined),
        doc,
      );
  }
  return current;
}

/**
 * The first example of an operation's response body in one of our specs: what the
 * provider documents it sends, so benchmarks use realistic bodies.
 */
export function responseExample(
  provider: string,
  operationId: string,
  status: string,
  mediaType = "application/json",
): unknown {
  const doc = parse(readFileSync(`${REPO_ROOT}specs/${provider}/openapi.yaml`, "utf8")) as Json;
  for (const item of Object.values(doc.paths as Json)) {
    for (const operation of Object.values(item as Json)) {
      if (!isObject(operation) || operation.operationId !== operationId) {
        continue;
      }
      const response = deref(doc, (operation.responses as Json)[status]);
      const media =
        isObject(response) && isObject(response.content) ? deref(doc, response.content[mediaType]) : undefined;
      if (!isObject(media)) {
        break;
      }
      if (media.example !== undefined) {
        return structuredClone(media.example);
      }
      const first = isObject(media.examples) ? deref(doc, Object.values(media.examples)[0]) : undefined;
      if (isObject(first) && first.value !== undefined) {
        return structuredClone(first.value);
      }
    }
  }
  throw new Error(`${provider}: no ${mediaType} example for ${operationId} ${status}`);
}
