import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../errors/request-validation-error.js";
import { testClient } from "../testing/client.js";
import { createInvoice, operation } from "../testing/descriptors.js";
import { json } from "../testing/fetch-stub.js";

const getInvoice = operation();
const args = { path: { id: 7 } };
const ok = () => json({ id: 7, total: "1" });
const created = () => json({ id: 7, total: "1" }, 201);
const createWithStatus = operation({
  ...createInvoice,
  responses: [{ status: "201", media: [{ mediaType: "application/json" }] }],
});
const withKeyHeader = operation({ ...createWithStatus, idempotencyKeyHeader: "Idempotency-Key" });
const rejection = (promise: Promise<unknown>) => promise.catch((thrown: unknown) => thrown);

describe("arguments", () => {
  it.each([null, "7", [1]])("that are not an object (%j) are refused, and nothing is sent", async (raw) => {
    const { core, sent } = testClient(ok, { validation: "off" });
    const error = await rejection(core.request(getInvoice, raw as never));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({
      issues: [{ path: [], message: "arguments must be an object { path?, query?, headers?, body? }" }],
    });
    expect(sent).toHaveLength(0);
  });

  it("may be left out for an operation without parameters", async () => {
    const { core, sent } = testClient(ok);
    await core.request(operation({ path: "/invoices/latest", pathParams: [] }));
    expect(sent.map((request) => request.url)).toEqual(["https://api.acme.test/v1/invoices/latest"]);
  });

  it("off: are not checked against the schema, and nothing is logged", async () => {
    const { core, logger, sent } = testClient(created, { validation: "off" });
    await core.request(createWithStatus, { body: { customer: "far too long a name" } });
    expect(sent).toHaveLength(1);
    expect(logger.lines.filter((line) => line.level === "warn")).toEqual([]);
  });

  it("warn: a mismatch is logged with its issues", async () => {
    const { core, logger } = testClient(created, { validation: "warn" });
    await core.request(createWithStatus, { body: { customer: "far too long a name" } });
    const [warning] = logger.lines.filter((line) => line.level === "warn");
    expect(warning?.message).toBe("createInvoice: arguments do not match the schema");
    expect(warning?.fields?.issues).toEqual(expect.stringContaining("customer"));
  });
});

describe("headers", () => {
  it("skips argument headers that are undefined or null", async () => {
    const { core, sent } = testClient(ok);
    await core.request(getInvoice, { ...args, headers: { "X-Unset": undefined, "X-Null": null } });
    expect(Object.keys(sent[0]?.headers ?? {}).sort()).toEqual(["accept", "user-agent", "x-api-key"]);
  });

  it.each([
    [
      "an argument header that is no text",
      { ...args, headers: { "X-Trace": { id: 1 } } },
      {},
      ["headers", "X-Trace"],
      "must be a string, number, boolean or a list of them",
    ],
    [
      "an argument header with CR/LF",
      { ...args, headers: { "X-Trace": "a\r\nb" } },
      {},
      ["headers", "X-Trace"],
      "header X-Trace must not contain CR, LF or NUL",
    ],
    [
      "a per-call header with CR/LF",
      args,
      { headers: { "X-Trace": "a\nb" } },
      ["options", "headers", "X-Trace"],
      "header X-Trace must not contain CR, LF or NUL",
    ],
  ])("refuses %s, naming where it came from", async (_name, callArgs, options, path, message) => {
    const { core, sent } = testClient(ok, { validation: "off" });
    const error = await rejection(core.request(getInvoice, callArgs as never, options));
    expect(error).toMatchObject({ issues: [{ path, message, code: "unsafe_header" }] });
    expect(sent).toHaveLength(0);
  });

  it("sends no Content-Type without a body", async () => {
    const { core, sent } = testClient(ok);
    await core.request(getInvoice, args);
    expect(sent[0]?.headers).not.toHaveProperty("content-type");
  });

  it("sends no Accept for an operation that documents no response body", async () => {
    const { core, sent } = testClient(() => new Response(null, { status: 204 }));
    await core.request(operation({ responses: [{ status: "204", media: [] }] }), args);
    expect(sent[0]?.headers).not.toHaveProperty("accept");
  });
});

describe("bodies", () => {
  it("off: a body for an operation that takes none is not sent", async () => {
    const { core, sent } = testClient(ok, { validation: "off" });
    await core.request(getInvoice, { ...args, body: { stray: true } });
    expect(sent[0]?.body).toBe("");
    expect(sent[0]?.headers).not.toHaveProperty("content-type");
  });

  it("an optional one left out sends neither body nor Content-Type", async () => {
    const optionalBody = operation({
      ...createWithStatus,
      requestBody: { required: false, media: [{ mediaType: "application/json" }] },
    });
    const { core, sent } = testClient(created);
    await core.request(optionalBody, {});
    expect(sent[0]?.body).toBe("");
    expect(sent[0]?.headers).not.toHaveProperty("content-type");
  });

  it("one that cannot be encoded is refused at the body", async () => {
    const { core, sent } = testClient(created, { validation: "off" });
    const error = await rejection(core.request(createWithStatus, { body: { customer: 1n } }));
    expect(error).toMatchObject({
      issues: [{ path: ["body"], message: expect.stringMatching(/^cannot be encoded as application\/json: /) }],
    });
    expect(sent).toHaveLength(0);
  });
});

describe("idempotency keys", () => {
  it("given for an operation without a key header is ignored, with a warning", async () => {
    const { core, logger } = testClient(created);
    await core.request(createWithStatus, { body: { customer: "Acme" } }, { idempotencyKey: "k-1" });
    expect(logger.lines.filter((line) => line.level === "warn").map((line) => line.message)).toEqual([
      "createInvoice has no idempotency key header; idempotencyKey is ignored and the call is not retried after it may have been received",
    ]);
  });

  it("with CR/LF is refused at options.idempotencyKey", async () => {
    const { core, sent } = testClient(created);
    const error = await rejection(
      core.request(withKeyHeader, { body: { customer: "Acme" } }, { idempotencyKey: "k\r\nX-Evil: 1" }),
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({
      issues: [
        { path: ["options", "idempotencyKey"], message: "header Idempotency-Key must not contain CR, LF or NUL" },
      ],
    });
    expect(sent).toHaveLength(0);
  });
});
