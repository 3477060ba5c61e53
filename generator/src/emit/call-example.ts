import type { OperationIR, PropertyIR, SchemaIR } from "../ir/types.js";
import type { LiteralValue } from "./literal-writer.js";
import { argGroup, callerRequired, takesArgs } from "./operation-names.js";

type Components = ReadonlyMap<string, SchemaIR>;

/**
 * The argument of a call example for an operation: every required parameter (its spec
 * example, else a value of its type) and the first request body example, with readOnly
 * fields left out as the request types leave them out. `undefined`: call with no argument.
 */
export function exampleArguments(operation: OperationIR, components: Components): LiteralValue | undefined {
  if (!takesArgs(operation)) {
    return undefined;
  }
  const args: Record<string, Record<string, LiteralValue> | LiteralValue> = {};
  for (const parameter of operation.parameters) {
    if (!callerRequired(operation, parameter)) {
      continue;
    }
    const groupName = argGroup(parameter.in);
    const group = (args[groupName] ?? {}) as Record<string, LiteralValue>;
    args[groupName] = group;
    group[parameter.name] =
      (parameter.example as LiteralValue | undefined) ?? sampleValue(parameter.schema, components);
  }
  const body = operation.requestBody;
  const media = body?.media.find((m) => m.schema && /json/.test(m.mediaType)) ?? body?.media.find((m) => m.schema);
  if (body && media?.schema) {
    const example = media.examples[0]?.value;
    if (example !== undefined) {
      args.body = withoutReadOnly(example, media.schema, components) as LiteralValue;
    } else if (body.required) {
      args.body = sampleValue(media.schema, components);
    }
  }
  return Object.keys(args).length > 0 ? args : undefined;
}

/** The smallest value of a schema's type: required fields only, first enum value, plausible formats. */
function sampleValue(schema: SchemaIR, components: Components, depth = 0): LiteralValue {
  if (depth > 8) {
    return null;
  }
  const target = resolve(schema, components);
  switch (target.kind) {
    case "string":
      return FORMAT_SAMPLES[target.format ?? ""] ?? "string";
    case "number":
    case "integer":
      return target.minimum ?? (target.exclusiveMinimum !== undefined ? target.exclusiveMinimum + 1 : 1);
    case "boolean":
      return true;
    case "null":
      return null;
    case "enum":
      return target.values[0] ?? null;
    case "array":
      return (target.minItems ?? 0) > 0 ? [sampleValue(target.items, components, depth + 1)] : [];
    case "union":
      return sampleValue(target.variants.find((v) => v.kind !== "null") ?? target.variants[0]!, components, depth + 1);
    default: {
      const properties = objectProperties(target, components);
      const entries = properties.filter((p) => p.required && !p.schema.readOnly);
      return Object.fromEntries(entries.map((p) => [p.name, sampleValue(p.schema, components, depth + 1)]));
    }
  }
}

const FORMAT_SAMPLES: Readonly<Record<string, string>> = {
  date: "2024-01-31",
  "date-time": "2024-01-31T12:00:00Z",
  email: "billing@example.com",
  uri: "https://example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/** A request example without the readOnly fields the request type does not have. */
function withoutReadOnly(value: unknown, schema: SchemaIR, components: Components, depth = 0): unknown {
  if (depth > 16 || value === null || typeof value !== "object") {
    return value;
  }
  const target = resolve(schema, components);
  if (Array.isArray(value)) {
    return target.kind === "array"
      ? value.map((item) => withoutReadOnly(item, target.items, components, depth + 1))
      : value;
  }
  const properties = new Map(objectProperties(target, components).map((p) => [p.name, p]));
  if (properties.size === 0) {
    return value;
  }
  const kept = Object.entries(value).flatMap(([key, item]) => {
    const property = properties.get(key);
    if (property?.schema.readOnly) {
      return [];
    }
    return [[key, property ? withoutReadOnly(item, property.schema, components, depth + 1) : item] as const];
  });
  return Object.fromEntries(kept);
}

/** The properties of an object, of an allOf of objects, or of the object variants of a union. */
function objectProperties(schema: SchemaIR, components: Components, depth = 0): PropertyIR[] {
  const target = resolve(schema, components);
  if (depth > 8) {
    return [];
  }
  if (target.kind === "object") {
    return [...target.properties];
  }
  if (target.kind === "intersection") {
    return target.parts.flatMap((p) => objectProperties(p, components, depth + 1));
  }
  if (target.kind === "union") {
    const first = target.variants.find((v) => objectProperties(v, components, depth + 1).length > 0);
    return first ? objectProperties(first, components, depth + 1) : [];
  }
  return [];
}

function resolve(schema: SchemaIR, components: Components): SchemaIR {
  let current = schema;
  for (let hops = 0; current.kind === "ref" && hops < 64; hops++) {
    current = components.get(current.name) ?? { kind: "unknown" };
  }
  return current;
}
