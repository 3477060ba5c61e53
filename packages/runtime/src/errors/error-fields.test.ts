import { describe, expect, it } from "vitest";
import type { ErrorFieldsDescriptor } from "../descriptors.js";
import { extractErrorFields } from "./error-fields.js";

const fields: ErrorFieldsDescriptor = {
  code: ["/code", "/status"],
  message: ["/message", "/data/message"],
  messages: ["/errors", "/errors/error"],
  requestId: ["/requestId"],
  requestIdHeaders: ["x-request-id", "x-correlation-id"],
};

describe("extractErrorFields", () => {
  it.each([
    {
      name: "HostUp legacy envelope",
      body: { code: "NOT_FOUND", error: "Not Found", message: "Invoice not found", requestId: "b0c1" },
      want: { code: "NOT_FOUND", message: "Invoice not found", messages: [], requestId: "b0c1" },
    },
    {
      name: "Billogram envelope: code from the second pointer, message nested",
      body: { status: "INVALID_PARAMETER", data: { message: "contact:email is invalid" } },
      want: { code: "INVALID_PARAMETER", message: "contact:email is invalid", messages: [], requestId: undefined },
    },
    {
      name: "Exsited list of {code, message}: messages stand in for the message",
      body: {
        errors: [
          { code: "E1", message: "name is required" },
          { code: "E2", message: "email is invalid" },
        ],
      },
      want: {
        code: undefined,
        message: "name is required; email is invalid",
        messages: ["name is required", "email is invalid"],
        requestId: undefined,
      },
    },
    {
      name: "InvoiceXpress single {error} object counts as a list of one",
      body: { errors: { error: "Invalid API key" } },
      want: { code: undefined, message: "Invalid API key", messages: ["Invalid API key"], requestId: undefined },
    },
    {
      name: "XML-decoded list of strings",
      body: { errors: { error: ["Terms must be accepted", "Email is invalid"] } },
      want: {
        code: undefined,
        message: "Terms must be accepted; Email is invalid",
        messages: ["Terms must be accepted", "Email is invalid"],
        requestId: undefined,
      },
    },
    {
      name: "non-strings and empty strings are skipped",
      body: { code: 42, status: "", message: { text: "x" }, data: { message: "fallback" } },
      want: { code: undefined, message: "fallback", messages: [], requestId: undefined },
    },
    {
      name: "a text body yields nothing",
      body: "<html>Bad gateway</html>",
      want: { code: undefined, message: undefined, messages: [], requestId: undefined },
    },
  ])("$name", ({ body, want }) => {
    expect(extractErrorFields(body, new Headers(), fields)).toEqual(want);
  });

  it("takes the request id from the body first, then from headers in order", () => {
    const headers = new Headers({ "x-correlation-id": "corr", "x-request-id": "" });
    expect(extractErrorFields({ requestId: "body" }, headers, fields).requestId).toBe("body");
    expect(extractErrorFields({}, headers, fields).requestId).toBe("corr");
  });
});
