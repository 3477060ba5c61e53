import type { ApiIR, OperationIR, SchemaIR } from "@billforge/generator";

/** One way to break a request the client sent correctly, and what the mock must report. */
export interface Mutation {
  readonly kind:
    | "missing required parameter"
    | "wrong type"
    | "wrong content type"
    | "missing credential"
    | "extra path segment";
  readonly pointer: string;
  readonly rule: string;
  readonly apply: (request: WireCopy) => WireCopy;
}

/** A request as plain parts, easy to break one part of. */
export interface WireCopy {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string;
}

function resolve(api: ApiIR, schema: SchemaIR): SchemaIR {
  let current = schema;
  for (let i = 0; i < 20 && current.kind === "ref"; i++) {
    const name = current.name;
    current = api.schemas.find((s) => s.name === name)?.schema ?? { kind: "unknown" };
  }
  return current;
}

const isScalarTyped = (api: ApiIR, schema: SchemaIR) =>
  ["integer", "number", "boolean"].includes(resolve(api, schema).kind);

/** Every mutation that applies to the operation, each with the pointer and rule the mock must name. */
export function mutationsOf(api: ApiIR, operation: OperationIR, format: "json" | "xml"): Mutation[] {
  const mutations: Mutation[] = [];
  const callParameters = operation.parameters.filter((p) => p.clientOption === undefined);
  const requiredQuery = callParameters.find((p) => p.in === "query" && p.required);
  const requiredHeader = callParameters.find((p) => p.in === "header" && p.required);
  if (requiredQuery) {
    mutations.push({
      kind: "missing required parameter",
      pointer: `/query/${requiredQuery.name}`,
      rule: "required",
      apply: (r) => {
        const url = new URL(r.url);
        url.searchParams.delete(requiredQuery.name);
        return { ...r, url };
      },
    });
  } else if (requiredHeader) {
    mutations.push({
      kind: "missing required parameter",
      pointer: `/headers/${requiredHeader.name}`,
      rule: "required",
      apply: (r) => {
        const headers = new Headers(r.headers);
        headers.delete(requiredHeader.name);
        return { ...r, headers };
      },
    });
  }
  const typedPath = callParameters.find((p) => p.in === "path" && isScalarTyped(api, p.schema));
  if (typedPath) {
    mutations.push({
      kind: "wrong type",
      pointer: `/path/${typedPath.name}`,
      rule: "type",
      apply: (r) => {
        const url = new URL(r.url);
        // The path as the template puts it, with the one parameter replaced by text.
        const segments = templateSegments(operation.path, url, typedPath.name);
        if (segments === undefined) {
          throw new Error(`cannot locate {${typedPath.name}} in ${url.pathname}`);
        }
        url.pathname = segments;
        return { ...r, url };
      },
    });
  } else {
    const bodyProperty = format === "json" ? typedBodyProperty(api, operation) : undefined;
    if (bodyProperty) {
      mutations.push({
        kind: "wrong type",
        pointer: `/body/${bodyProperty.name}`,
        rule: "type",
        apply: (r) => {
          const value = JSON.parse(r.body) as Record<string, unknown>;
          value[bodyProperty.name] = bodyProperty.kind === "string" ? 12345 : "not-a-number";
          return { ...r, body: JSON.stringify(value) };
        },
      });
    }
  }
  if (operation.requestBody) {
    mutations.push({
      kind: "wrong content type",
      pointer: "/headers/Content-Type",
      rule: "content-type",
      apply: (r) => {
        const headers = new Headers(r.headers);
        headers.set("content-type", "text/plain");
        return { ...r, headers };
      },
    });
  }
  const scheme = api.securitySchemes.find(
    (s) => operation.security.length > 0 && operation.security.every((alt) => alt.includes(s.name)),
  );
  if (scheme) {
    const place =
      scheme.type === "apiKey" ? { in: scheme.in, name: scheme.paramName } : { in: "header", name: "Authorization" };
    mutations.push({
      kind: "missing credential",
      pointer: `/${place.in === "query" ? "query" : "headers"}/${place.name}`,
      rule: "security",
      apply: (r) => {
        const url = new URL(r.url);
        const headers = new Headers(r.headers);
        if (place.in === "query") {
          url.searchParams.delete(place.name);
        } else {
          headers.delete(place.name);
        }
        return { ...r, url, headers };
      },
    });
  }
  // A longer path that is another operation of the spec (`/customers` → `/customers/{id}`) is no violation.
  const longer = `${operation.path.replace(/\{[^}]+\}/g, "v")}/unexpected-segment`;
  if (!api.operations.some((other) => other.method === operation.method && templateMatches(other.path, longer))) {
    mutations.push({
      kind: "extra path segment",
      pointer: "/path",
      rule: "route",
      apply: (r) => {
        const url = new URL(r.url);
        url.pathname = `${url.pathname.replace(/\/$/, "")}/unexpected-segment`;
        return { ...r, url };
      },
    });
  }
  return mutations;
}

/** The request path with `{name}` replaced by a value of the wrong type. */
function templateSegments(template: string, url: URL, name: string): string | undefined {
  const parts = template.split(/(\{[^}]+\})/);
  const source = parts
    .map((part) => (/^\{[^}]+\}$/.test(part) ? "([^/]+)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  const match = new RegExp(`${source}$`).exec(url.pathname);
  if (!match) {
    return undefined;
  }
  const names = parts.filter((part) => /^\{[^}]+\}$/.test(part)).map((part) => part.slice(1, -1));
  let index = 0;
  const rebuilt = parts
    .map((part) => {
      if (!/^\{[^}]+\}$/.test(part)) {
        return part;
      }
      const value = match[++index] ?? "";
      return names[index - 1] === name ? "not-a-number" : value;
    })
    .join("");
  return url.pathname.slice(0, match.index) + rebuilt;
}

/** A required top-level property of the JSON request body with a scalar type, to send with another. */
function typedBodyProperty(api: ApiIR, operation: OperationIR): { name: string; kind: string } | undefined {
  const media = operation.requestBody?.media.find((m) => /json/.test(m.mediaType));
  if (media?.schema === undefined) {
    return undefined;
  }
  const schema = resolve(api, media.schema);
  if (schema.kind !== "object") {
    return undefined;
  }
  for (const property of schema.properties) {
    const kind = resolve(api, property.schema).kind;
    if (property.required && ["string", "integer", "number", "boolean"].includes(kind)) {
      return { name: property.name, kind };
    }
  }
  return undefined;
}

function templateMatches(template: string, path: string): boolean {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}/?$`).test(path);
}
