import { describe, expect, it } from "vitest";
import { TestApiError } from "../testing/descriptors.js";
import { ApiError, type ApiErrorInit, apiErrorKind } from "./api-error.js";
import { BillforgeError } from "./billforge-error.js";

const init: ApiErrorInit<{ code: string }> = {
  operationId: "getInvoice",
  status: 404,
  statusText: "Not Found",
  body: { code: "NOT_FOUND" },
  headers: new Headers({ "x-request-id": "req_1" }),
  code: "NOT_FOUND",
  providerMessage: "Invoice 7 does not exist",
  messages: [],
  requestId: "req_1",
};

describe("apiErrorKind", () => {
  it.each([
    [400, "badRequest"],
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "notFound"],
    [409, "conflict"],
    [422, "unprocessable"],
    [429, "rateLimited"],
    [500, "server"],
    [503, "server"],
    [599, "server"],
    [405, "other"],
    [418, "other"],
    [302, "other"],
  ] as const)("status %i is %s", (status, kind) => {
    expect(apiErrorKind(status)).toBe(kind);
  });
});

describe("ApiError", () => {
  it("carries the provider's fields and says them in its message", () => {
    const error = new ApiError(init);
    expect(error).toMatchObject({
      kind: "notFound",
      status: 404,
      code: "NOT_FOUND",
      requestId: "req_1",
      operationId: "getInvoice",
    });
    expect(error.message).toBe("getInvoice: HTTP 404 Invoice 7 does not exist (code NOT_FOUND, request id req_1)");
  });

  it("falls back to the listed messages, then to the status text", () => {
    expect(
      new ApiError({ ...init, providerMessage: undefined, messages: ["a", "b"], code: undefined, requestId: undefined })
        .message,
    ).toBe("getInvoice: HTTP 404 a; b");
    expect(new ApiError({ ...init, providerMessage: undefined, code: undefined, requestId: undefined }).message).toBe(
      "getInvoice: HTTP 404 Not Found",
    );
  });

  it("lets a provider subclass keep instanceof and its own name", () => {
    const error = new TestApiError(init);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(BillforgeError);
    expect(error.name).toBe("TestApiError");
    expect(error.body.code).toBe("NOT_FOUND");
  });

  it("serializes to plain data, headers included", () => {
    const serialized = JSON.parse(JSON.stringify(new ApiError(init)));
    expect(serialized).toMatchObject({
      name: "ApiError",
      message: "getInvoice: HTTP 404 Invoice 7 does not exist (code NOT_FOUND, request id req_1)",
      status: 404,
      headers: { "x-request-id": "req_1" },
      body: { code: "NOT_FOUND" },
    });
  });
});
