import { describe, expect, it } from "vitest";
import type { ResponseDescriptor } from "../descriptors.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import { testClient } from "../testing/client.js";
import { errorBodySchema, invoiceSchema, operation, TestApiError } from "../testing/descriptors.js";
import { json, text } from "../testing/fetch-stub.js";
import { findResponse } from "./interpret-response.js";

const args = { path: { id: 7 } };
const getInvoice = operation();
const documentedOnce = (responses: readonly ResponseDescriptor[]) => operation({ responses });
const rejection = (promise: Promise<unknown>) => promise.catch((thrown: unknown) => thrown);

describe("findResponse", () => {
  const responses: ResponseDescriptor[] = [
    { status: "200", media: [] },
    { status: "4xx", media: [] },
    { status: "default", media: [] },
  ];
  it.each([
    [200, "200"],
    [404, "4xx"],
    [500, "default"],
  ])("finds %i under %s (exact, then its class in any case, then default)", (status, documented) => {
    expect(findResponse(responses, status)?.status).toBe(documented);
  });

  it("finds nothing where no response fits", () => {
    expect(findResponse([{ status: "200", media: [] }], 500)).toBeUndefined();
  });
});

describe("a success body where the status documents none", () => {
  const update = documentedOnce([{ status: "200", media: [] }]);

  it.each([
    ["shows a short body whole", "x".repeat(2000), "x".repeat(2000)],
    ["cuts a long body at 2,000 characters", "y".repeat(2001), `${"y".repeat(2000)}…`],
  ])("warn: %s in the warning", async (_name, body, logged) => {
    const { core, logger } = testClient(() => text(body, 200, "text/plain"), { validation: "warn" });
    await expect(core.request(update, args)).resolves.toBeUndefined();
    expect(logger.lines.filter((line) => line.level === "warn").map((line) => line.fields?.body)).toEqual([logged]);
  });
});

describe("success bodies", () => {
  it("strict: an undocumented status is refused, naming it", async () => {
    const { core } = testClient(() => json({ id: 7 }, 203));
    await expect(core.request(documentedOnce([{ status: "200", media: [] }]), args)).rejects.toMatchObject({
      reason: "status",
      issues: [{ path: [], message: "status 203 is not documented for getInvoice" }],
    });
  });

  it("strict: an unexpected content type is refused, naming every documented one", async () => {
    const twoTypes = documentedOnce([
      { status: "200", media: [{ mediaType: "application/json" }, { mediaType: "application/xml" }] },
    ]);
    const { core } = testClient(() => text("<a/>", 200, "text/html"));
    await expect(core.request(twoTypes, args)).rejects.toMatchObject({
      reason: "contentType",
      issues: [{ path: [], message: "content type text/html is not one of: application/json, application/xml" }],
    });
  });

  it("a malformed body names the media type it is not", async () => {
    const { core } = testClient(() => text("{not json", 200, "application/json"), { validation: "off" });
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({
      reason: "malformed",
      issues: [{ path: [], message: "the body is not valid application/json" }],
    });
  });

  it("without a Content-Type is read as the documented media type", async () => {
    const { core } = testClient(
      // Bytes, not a string: a string body would get a text/plain Content-Type.
      () => new Response(new TextEncoder().encode(JSON.stringify({ id: 7, total: "1" }))),
    );
    await expect(core.request(getInvoice, args)).resolves.toEqual({ id: 7, total: "1" });
  });

  it("a documented type without a codec is the caller's misconfiguration, thrown as such", async () => {
    const xmlOnly = documentedOnce([
      { status: "200", media: [{ mediaType: "application/xml", schema: invoiceSchema }] },
    ]);
    const { core } = testClient(() => text("<invoice/>", 200, "application/xml"));
    await expect(core.request(xmlOnly, args)).rejects.toBeInstanceOf(ConfigurationError);
  });

  it("off: a schema mismatch is neither refused nor logged", async () => {
    const { core, logger } = testClient(() => json({ id: "seven" }), { validation: "off" });
    await expect(core.request(getInvoice, args)).resolves.toEqual({ id: "seven" });
    expect(logger.lines.filter((line) => line.level === "warn")).toEqual([]);
  });

  it("warn: a mismatch is logged with the operation, status and reason", async () => {
    const { core, logger } = testClient(() => json({ id: "seven" }), { validation: "warn" });
    await core.request(getInvoice, args);
    expect(logger.lines.filter((line) => line.level === "warn").map((line) => line.fields)).toEqual([
      { operationId: "getInvoice", status: 200, reason: "schema" },
    ]);
  });
});

describe("an empty success body", () => {
  it("is right where the documented media has no schema", async () => {
    const noSchema = documentedOnce([{ status: "200", media: [{ mediaType: "application/octet-stream" }] }]);
    const { core } = testClient(() => new Response(null, { status: 200 }));
    await expect(core.request(noSchema, args)).resolves.toBeUndefined();
  });

  it("strict: is refused where a schema is documented, naming every such type", async () => {
    const twoTypes = documentedOnce([
      {
        status: "200",
        media: [
          { mediaType: "application/json", schema: invoiceSchema },
          { mediaType: "application/xml", schema: invoiceSchema },
        ],
      },
    ]);
    const { core } = testClient(() => new Response(null, { status: 200 }));
    await expect(core.request(twoTypes, args)).rejects.toMatchObject({
      reason: "malformed",
      issues: [{ path: [], message: "the body is empty where application/json, application/xml is documented" }],
    });
  });
});

describe("error bodies", () => {
  it("carry the provider's list of messages", async () => {
    const { core } = testClient(() => json({ code: "E", message: "bad", errors: ["one", "two"] }, 400));
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({ messages: ["one", "two"] });
  });

  it("may be empty: the ApiError has no body", async () => {
    const { core } = testClient(
      () => new Response(null, { status: 404, headers: { "content-type": "application/json" } }),
    );
    const error = await rejection(core.request(getInvoice, args));
    expect(error).toBeInstanceOf(TestApiError);
    expect(error).toMatchObject({ status: 404, body: undefined });
  });

  it("of an undocumented status are still decoded by the codec for their type", async () => {
    const { core } = testClient(() => json({ code: "E500", message: "boom" }, 500), { maxRetries: 0 });
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({
      status: 500,
      code: "E500",
      body: { code: "E500" },
    });
  });

  it.each([
    ["warn", "logged"],
    ["off", "silent"],
  ] as const)("%s: a malformed documented error body is kept as text (%s)", async (validation, outcome) => {
    const { core, logger } = testClient(() => text("{oops", 404, "application/json"), { validation });
    const error = await rejection(core.request(getInvoice, args));
    expect(error).toBeInstanceOf(TestApiError);
    expect(error).toMatchObject({ status: 404, body: "{oops" });
    const warnings = logger.lines.filter((line) => line.level === "warn").map((line) => line.message);
    expect(warnings).toEqual(
      outcome === "logged" ? [expect.stringContaining("the error body is not valid application/json")] : [],
    );
  });

  it("strict: a malformed documented error body is a ResponseValidationError", async () => {
    const { core } = testClient(() => text("{oops", 404, "application/json"));
    await expect(core.request(getInvoice, args)).rejects.toMatchObject({
      name: "ResponseValidationError",
      reason: "malformed",
      issues: [{ path: [], message: "the error body is not valid application/json" }],
    });
  });

  it("follow a default response's schema", async () => {
    const withDefault = documentedOnce([
      { status: "200", media: [{ mediaType: "application/json" }] },
      { status: "default", media: [{ mediaType: "application/json", schema: errorBodySchema }] },
    ]);
    const { core } = testClient(() => json({ code: 5 }, 500), { maxRetries: 0 });
    await expect(core.request(withDefault, args)).rejects.toMatchObject({ reason: "schema", status: 500 });
  });
});
