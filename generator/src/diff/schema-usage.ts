import { refsOf } from "../emit/component-schemas.js";
import type { ApiIR, Direction, SchemaIR } from "../ir/types.js";

export interface SchemaUse {
  /** Sent in requests, received in responses, or both. */
  readonly directions: ReadonlySet<Direction>;
  /** operationIds that reach the schema, directly or through other schemas. */
  readonly operations: ReadonlySet<string>;
}

/** For each named schema: which operations use it and in which direction. */
export function schemaUsage(api: ApiIR): Map<string, SchemaUse> {
  const components = new Map(api.schemas.map((s) => [s.name, s.schema]));
  const usage = new Map<string, { directions: Set<Direction>; operations: Set<string> }>();
  const mark = (schema: SchemaIR, direction: Direction, operationId: string) => {
    for (const name of referencedNames(schema, components)) {
      const use = usage.get(name) ?? { directions: new Set(), operations: new Set() };
      use.directions.add(direction);
      use.operations.add(operationId);
      usage.set(name, use);
    }
  };
  for (const op of api.operations) {
    for (const parameter of op.parameters) {
      mark(parameter.schema, "request", op.id);
    }
    for (const media of op.requestBody?.media ?? []) {
      if (media.schema) {
        mark(media.schema, "request", op.id);
      }
    }
    for (const response of op.responses) {
      for (const media of response.media) {
        if (media.schema) {
          mark(media.schema, "response", op.id);
        }
      }
    }
  }
  return usage;
}

/** Names of every component reachable from a schema (each visited once, so cycles end). */
function referencedNames(schema: SchemaIR, components: ReadonlyMap<string, SchemaIR>): Set<string> {
  const found = new Set<string>();
  const queue = [...refsOf(schema)];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (found.has(name)) {
      continue;
    }
    found.add(name);
    const target = components.get(name);
    if (target) {
      queue.push(...refsOf(target));
    }
  }
  return found;
}
