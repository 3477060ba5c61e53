/**
 * A synthetic OpenAPI document of any size for the large-spec tests: shared components,
 * nested objects, arrays, enums, nullable fields, maps, readOnly/writeOnly, pagination, an
 * idempotency key, and several responses per operation. Five operations per resource.
 */
export type OpenApiVersion = "3.0" | "3.1";

type Json = { [key: string]: unknown };

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export function syntheticSpec(version: OpenApiVersion, resources: number): Json {
  const is30 = version === "3.0";
  const nullable = (schema: Json): Json =>
    is30 ? { ...schema, nullable: true } : { ...schema, type: [schema.type as string, "null"] };
  const nullableRef = (name: string): Json =>
    is30 ? { type: "object", nullable: true, allOf: [ref(name)] } : { oneOf: [ref(name), { type: "null" }] };
  const positive: Json = is30
    ? { type: "integer", minimum: 0, exclusiveMinimum: true }
    : { type: "integer", exclusiveMinimum: 0 };

  const schemas: Json = {
    Status: { type: "string", enum: ["draft", "active", "suspended", "closed"] },
    Currency: { type: "string", enum: ["EUR", "SEK", "USD", "GBP"] },
    Money: {
      type: "object",
      required: ["amount", "currency"],
      properties: { amount: { type: "string", pattern: "^-?\\d+(\\.\\d{1,2})?$" }, currency: ref("Currency") },
    },
    Address: {
      type: "object",
      required: ["line1", "city", "country"],
      properties: {
        line1: { type: "string", maxLength: 200 },
        line2: nullable({ type: "string" }),
        city: { type: "string" },
        zip: nullable({ type: "string", pattern: "^[0-9A-Z -]{3,10}$" }),
        country: { type: "string", enum: ["SE", "PT", "DE", "US", "GB"] },
      },
    },
    Problem: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        details: {
          type: "array",
          items: { type: "object", properties: { field: { type: "string" }, issue: { type: "string" } } },
        },
      },
    },
    PageMeta: {
      type: "object",
      required: ["page", "total"],
      properties: { page: positive, total: { type: "integer", minimum: 0 }, next: nullable({ type: "string" }) },
    },
    Audit: {
      type: "object",
      properties: {
        createdAt: { type: "string", format: "date-time", readOnly: true },
        updatedAt: { ...nullable({ type: "string", format: "date-time" }), readOnly: true },
      },
    },
  };
  const paths: Json = {};
  const problem = (description: string) => ({
    description,
    content: { "application/json": { schema: ref("Problem") } },
  });

  for (let i = 0; i < resources; i++) {
    const name = `Resource${i}`;
    schemas[name] = {
      type: "object",
      description: `Resource number ${i}.`,
      required: ["id", "name", "status", "price"],
      properties: {
        id: { type: "integer", readOnly: true },
        name: { type: "string", minLength: 1, maxLength: 100 },
        status: ref("Status"),
        kind: is30 ? { type: "string", enum: [`kind${i}`] } : { const: `kind${i}` },
        price: ref("Money"),
        address: nullableRef("Address"),
        tags: { type: "array", items: { type: "string" }, maxItems: 20 },
        lines: {
          type: "array",
          items: {
            type: "object",
            required: ["sku", "quantity"],
            properties: {
              sku: { type: "string" },
              quantity: positive,
              unitPrice: ref("Money"),
              discount: nullable({ type: "number", minimum: 0, maximum: 100 }),
            },
          },
        },
        metadata: { type: "object", additionalProperties: { type: "string" } },
        note: nullable({ type: "string" }),
        secret: { type: "string", writeOnly: true },
        audit: ref("Audit"),
        ...(i > 0 ? { previous: ref(`Resource${i - 1}`) } : {}),
      },
    };
    const idParam = { name: "id", in: "path", required: true, schema: { type: "integer" } };
    const one = { description: "The resource.", content: { "application/json": { schema: ref(name) } } };
    paths[`/resources${i}`] = {
      get: {
        operationId: `listResource${i}`,
        summary: `List resource ${i}`,
        tags: [`group${i % 10}`],
        "x-billforge-pagination": { style: "page", page: "/query/page", pageSize: "/query/page_size", items: "/data" },
        parameters: [
          { name: "page", in: "query", schema: { type: "integer", minimum: 1 } },
          { name: "page_size", in: "query", schema: { type: "integer", maximum: 100 } },
          { name: "status", in: "query", schema: ref("Status") },
        ],
        responses: {
          "200": {
            description: "A page.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["data", "meta"],
                  properties: { data: { type: "array", items: ref(name) }, meta: ref("PageMeta") },
                },
              },
            },
          },
          "400": problem("Bad query."),
          default: problem("Any other error."),
        },
      },
      post: {
        operationId: `createResource${i}`,
        summary: `Create resource ${i}`,
        ...(i % 2 === 0 ? { "x-billforge-idempotency-key": "Idempotency-Key" } : {}),
        parameters:
          i % 2 === 0 ? [{ name: "Idempotency-Key", in: "header", required: true, schema: { type: "string" } }] : [],
        requestBody: { required: true, content: { "application/json": { schema: ref(name) } } },
        responses: { "201": one, "400": problem("Invalid."), "422": problem("Unprocessable.") },
      },
    };
    paths[`/resources${i}/{id}`] = {
      parameters: [idParam],
      get: {
        operationId: `getResource${i}`,
        summary: `Get resource ${i}`,
        deprecated: i % 50 === 0,
        responses: { "200": one, "404": problem("Not found."), default: problem("Any other error.") },
      },
      patch: {
        operationId: `updateResource${i}`,
        summary: `Update resource ${i}`,
        requestBody: {
          content: {
            "application/json": {
              schema: { type: "object", properties: { name: { type: "string" }, note: nullable({ type: "string" }) } },
            },
          },
        },
        responses: { "200": one, "404": problem("Not found."), "422": problem("Unprocessable.") },
      },
      delete: {
        operationId: `deleteResource${i}`,
        summary: `Delete resource ${i}`,
        responses: { "204": { description: "Deleted." }, "404": problem("Not found.") },
      },
    };
  }
  return {
    openapi: is30 ? "3.0.3" : "3.1.0",
    info: { title: `Big ${version}`, version: "1.0.0" },
    servers: [{ url: "https://api.big.example/{version}", variables: { version: { default: "v1" } } }],
    security: [{ key: [] }],
    components: {
      securitySchemes: { key: { type: "apiKey", in: "header", name: "X-API-Key" } },
      schemas,
    },
    paths,
  };
}
