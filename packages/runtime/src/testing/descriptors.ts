/** Small descriptors for tests; each test overrides only what it is about. */
import { z } from "zod";
import type { ApiDescriptor, OperationDescriptor, ResponseDescriptor } from "../descriptors.js";
import { ApiError } from "../errors/api-error.js";

export class TestApiError<TBody = unknown> extends ApiError<TBody> {
  override readonly name = "TestApiError";
}

export const errorBodySchema = () =>
  z.looseObject({ code: z.string(), message: z.string(), requestId: z.string().optional() });

export function testApi(overrides: Partial<ApiDescriptor> = {}): ApiDescriptor {
  return {
    name: "acme",
    title: "Acme billing API",
    version: "1.0.0",
    servers: [{ url: "https://api.acme.test/v1", variables: {} }],
    securitySchemes: { ApiKeyAuth: { type: "apiKey", in: "header", name: "X-API-Key" } },
    errors: {
      code: ["/code"],
      message: ["/message"],
      messages: ["/errors"],
      requestId: ["/requestId"],
      requestIdHeaders: ["x-request-id"],
    },
    ...overrides,
  };
}

/** An API whose one scheme is OAuth2 client credentials, its token at `/oauth2/token` (form-encoded). */
export const oauthTestApi = (): ApiDescriptor =>
  testApi({
    securitySchemes: {
      OAuth: {
        type: "oauth2ClientCredentials",
        tokenUrl: "/oauth2/token",
        requestEncoding: "form",
        extraFields: [],
        scopes: [],
      },
    },
  });

export const invoiceSchema = () => z.looseObject({ id: z.number(), total: z.string() });

export const jsonResponses: readonly ResponseDescriptor[] = [
  { status: "200", media: [{ mediaType: "application/json", schema: invoiceSchema }] },
  { status: "4XX", media: [{ mediaType: "application/json", schema: errorBodySchema }] },
];

export function operation(overrides: Partial<OperationDescriptor> = {}): OperationDescriptor {
  return {
    id: "getInvoice",
    method: "GET",
    path: "/invoices/{id}",
    pathParams: ["id"],
    queryParams: [],
    headerParams: [],
    idempotent: true,
    security: [["ApiKeyAuth"]],
    responses: jsonResponses,
    ...overrides,
  };
}

export const createInvoice = operation({
  id: "createInvoice",
  method: "POST",
  path: "/invoices",
  pathParams: [],
  idempotent: false,
  requestBody: {
    required: true,
    media: [{ mediaType: "application/json", schema: () => z.looseObject({ customer: z.string().max(10) }) }],
  },
});
