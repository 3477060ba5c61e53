import { stringify } from "yaml";

/**
 * A realistic OpenAPI 3.1 spec of `operationCount` operations, deterministic for a given
 * count. It looks like our providers' specs grown large: CRUD resources (list, create,
 * get, update, delete, plus a state command), each with its own component schemas
 * (nested objects, arrays of objects, enums, nullable fields, string formats) that also
 * share common components (Address, Money, Error, Pagination), several responses per
 * operation, path and query parameters, and an example for every body.
 */
export function syntheticSpec(operationCount: number): string {
  if (!Number.isInteger(operationCount) || operationCount < 1) {
    throw new RangeError(`operationCount must be a positive integer, got ${operationCount}`);
  }
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = { ...SHARED_SCHEMAS };
  let emitted = 0;
  for (let resource = 0; emitted < operationCount; resource += 1) {
    const names = resourceNames(resource);
    Object.assign(schemas, resourceSchemas(names));
    for (const make of OPERATION_MAKERS) {
      if (emitted === operationCount) {
        break;
      }
      const { path, method, operation } = make(names);
      paths[path] ??= {};
      (paths[path] as Record<string, unknown>)[method] = operation;
      emitted += 1;
    }
  }
  return stringify(
    {
      openapi: "3.1.0",
      info: { title: `Synthetic API (${operationCount} operations)`, version: "1.0.0" },
      servers: [{ url: "https://api.example.com/v1" }],
      security: [{ ApiKey: [] }],
      paths,
      components: {
        schemas,
        responses: SHARED_RESPONSES,
        securitySchemes: { ApiKey: { type: "apiKey", in: "header", name: "X-API-Key" } },
      },
    },
    { aliasDuplicateObjects: false, lineWidth: 0 },
  );
}

interface ResourceNames {
  /** `Widget3` */
  readonly type: string;
  /** `widget3s` */
  readonly collection: string;
  /** `widget3Id` */
  readonly idParameter: string;
  readonly docs: string;
}

const NOUNS = ["Widget", "Gadget", "Invoice", "Customer", "Service", "Order", "Domain", "Ticket", "Payment", "Plan"];

function resourceNames(index: number): ResourceNames {
  const type = `${NOUNS[index % NOUNS.length]}${Math.floor(index / NOUNS.length) + 1}`;
  const lower = `${type[0]?.toLowerCase()}${type.slice(1)}`;
  return {
    type,
    collection: `${lower}s`,
    idParameter: `${lower}Id`,
    docs: `https://docs.example.com/api/${lower}s`,
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const SHARED_SCHEMAS: Record<string, unknown> = {
  Address: {
    type: "object",
    description: "A postal address.",
    required: ["line1", "country"],
    properties: {
      line1: { type: "string", maxLength: 200 },
      line2: { type: ["string", "null"] },
      postcode: { type: "string", pattern: "^[0-9A-Z -]{3,10}$" },
      city: { type: "string" },
      country: { type: "string", enum: ["SE", "PT", "DE", "GB", "US"] },
    },
  },
  Money: {
    type: "object",
    required: ["amount", "currency"],
    properties: {
      amount: { type: "number", minimum: 0 },
      currency: { type: "string", enum: ["SEK", "EUR", "USD"] },
    },
  },
  Pagination: {
    type: "object",
    required: ["page", "per_page", "total"],
    properties: {
      page: { type: "integer", minimum: 1 },
      per_page: { type: "integer", minimum: 1, maximum: 100 },
      total: { type: "integer", minimum: 0 },
    },
  },
  Error: {
    type: "object",
    required: ["code", "message"],
    properties: {
      code: { type: "string", enum: ["invalid", "not_found", "conflict", "rate_limited", "internal"] },
      message: { type: "string" },
      details: {
        type: "array",
        items: { type: "object", properties: { field: { type: "string" }, issue: { type: "string" } } },
      },
    },
  },
};

const ERROR_EXAMPLE = { code: "not_found", message: "No such resource" };

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error"), example: ERROR_EXAMPLE } },
});

const SHARED_RESPONSES: Record<string, unknown> = {
  BadRequest: errorResponse("The request is invalid."),
  NotFound: errorResponse("No such resource."),
  RateLimited: errorResponse("Too many requests."),
};

const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

function resourceSchemas({ type }: ResourceNames): Record<string, unknown> {
  return {
    [type]: {
      type: "object",
      description: `A ${type}.`,
      required: ["id", "name", "status", "created_at", "lines"],
      properties: {
        id: { type: "integer", readOnly: true },
        name: { type: "string", minLength: 1, maxLength: 100 },
        status: { type: "string", enum: ["draft", "active", "suspended", "closed"] },
        reference: { type: ["string", "null"], description: "Free-form reference." },
        created_at: { type: "string", format: "date-time", readOnly: true },
        address: ref("Address"),
        total: ref("Money"),
        tags: { type: "array", items: { type: "string" } },
        lines: { type: "array", items: ref(`${type}Line`) },
        settings: {
          type: "object",
          properties: {
            notify: { type: "boolean" },
            interval: { type: ["integer", "null"], enum: [1, 3, 6, 12, null] },
            channel: {
              type: "object",
              properties: { kind: { type: "string", enum: ["email", "sms"] }, to: { type: "string" } },
            },
          },
        },
      },
    },
    [`${type}Line`]: {
      type: "object",
      required: ["description", "quantity", "price"],
      properties: {
        description: { type: "string" },
        quantity: { type: "number", exclusiveMinimum: 0 },
        price: ref("Money"),
        discount: { type: ["number", "null"], minimum: 0, maximum: 100 },
      },
    },
    [`${type}Input`]: {
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string", minLength: 1, maxLength: 100 },
        reference: { type: ["string", "null"] },
        address: ref("Address"),
        tags: { type: "array", items: { type: "string" } },
        lines: { type: "array", items: ref(`${type}Line`) },
      },
    },
    [`${type}List`]: {
      type: "object",
      required: ["items", "pagination"],
      properties: { items: { type: "array", items: ref(type) }, pagination: ref("Pagination") },
    },
  };
}

function example(type: string) {
  return {
    id: 42,
    name: `Example ${type}`,
    status: "active",
    reference: null,
    created_at: "2026-01-02T03:04:05Z",
    address: { line1: "Storgatan 1", country: "SE" },
    total: { amount: 125.5, currency: "SEK" },
    tags: ["vip"],
    lines: [{ description: "Hosting", quantity: 1, price: { amount: 125.5, currency: "SEK" } }],
  };
}

function inputExample(type: string) {
  return { name: `Example ${type}`, address: { line1: "Storgatan 1", country: "SE" } };
}

const jsonBody = (schema: unknown, exampleValue: unknown) => ({
  content: { "application/json": { schema, example: exampleValue } },
});

interface OperationShape {
  /** On one item (`/widgets/{widgetId}` plus `suffix`), else on the collection. */
  readonly item: boolean;
  readonly suffix?: string;
  readonly method: string;
  readonly operationId: string;
  readonly summary: string;
  readonly query?: readonly unknown[];
  readonly requestBody?: unknown;
  readonly responses: Readonly<Record<string, unknown>>;
}

function makeOperation(n: ResourceNames, shape: OperationShape) {
  const parameters = [
    ...(shape.item
      ? [{ name: n.idParameter, in: "path", required: true, schema: { type: "integer", minimum: 1 } }]
      : []),
    ...(shape.query ?? []),
  ];
  return {
    path: shape.item ? `/${n.collection}/{${n.idParameter}}${shape.suffix ?? ""}` : `/${n.collection}`,
    method: shape.method,
    operation: {
      operationId: shape.operationId,
      summary: shape.summary,
      externalDocs: { url: n.docs },
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(shape.requestBody === undefined ? {} : { requestBody: shape.requestBody }),
      responses: shape.responses,
    },
  };
}

const inputBody = (n: ResourceNames) => ({
  required: true,
  ...jsonBody(ref(`${n.type}Input`), inputExample(n.type)),
});

const OPERATION_MAKERS: readonly ((n: ResourceNames) => ReturnType<typeof makeOperation>)[] = [
  (n) =>
    makeOperation(n, {
      item: false,
      method: "get",
      operationId: `list${n.type}s`,
      summary: `List ${n.type}s`,
      query: [
        { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
        { name: "status", in: "query", schema: { type: "string", enum: ["draft", "active", "suspended", "closed"] } },
      ],
      responses: {
        "200": {
          description: "A page.",
          ...jsonBody(ref(`${n.type}List`), {
            items: [example(n.type)],
            pagination: { page: 1, per_page: 25, total: 1 },
          }),
        },
        "400": responseRef("BadRequest"),
        "429": responseRef("RateLimited"),
      },
    }),
  (n) =>
    makeOperation(n, {
      item: false,
      method: "post",
      operationId: `create${n.type}`,
      summary: `Create a ${n.type}`,
      requestBody: inputBody(n),
      responses: {
        "201": { description: "Created.", ...jsonBody(ref(n.type), example(n.type)) },
        "400": responseRef("BadRequest"),
        "409": errorResponse("Already exists."),
      },
    }),
  (n) =>
    makeOperation(n, {
      item: true,
      method: "get",
      operationId: `get${n.type}`,
      summary: `Get a ${n.type}`,
      responses: {
        "200": { description: "The resource.", ...jsonBody(ref(n.type), example(n.type)) },
        "404": responseRef("NotFound"),
      },
    }),
  (n) =>
    makeOperation(n, {
      item: true,
      method: "put",
      operationId: `update${n.type}`,
      summary: `Update a ${n.type}`,
      requestBody: inputBody(n),
      responses: {
        "200": { description: "Updated.", ...jsonBody(ref(n.type), example(n.type)) },
        "400": responseRef("BadRequest"),
        "404": responseRef("NotFound"),
      },
    }),
  (n) =>
    makeOperation(n, {
      item: true,
      method: "delete",
      operationId: `delete${n.type}`,
      summary: `Delete a ${n.type}`,
      responses: { "204": { description: "Deleted." }, "404": responseRef("NotFound") },
    }),
  (n) =>
    makeOperation(n, {
      item: true,
      suffix: "/state",
      method: "post",
      operationId: `change${n.type}State`,
      summary: `Change a ${n.type}'s state`,
      requestBody: {
        required: true,
        ...jsonBody(
          {
            type: "object",
            required: ["state"],
            properties: {
              state: { type: "string", enum: ["activate", "suspend", "close"] },
              note: { type: ["string", "null"] },
            },
          },
          { state: "suspend", note: null },
        ),
      },
      responses: {
        "200": { description: "The new state.", ...jsonBody(ref(n.type), example(n.type)) },
        "404": responseRef("NotFound"),
        "409": errorResponse("Not allowed in the current state."),
      },
    }),
];
