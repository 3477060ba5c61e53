import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { BodyCodec } from "./body/body-codec.js";
import type { ApiError } from "./errors/api-error.js";
import { ConfigurationError } from "./errors/configuration-error.js";
import { RequestValidationError } from "./errors/request-validation-error.js";
import { ResponseValidationError } from "./errors/response-validation-error.js";
import type { RequestHookContext } from "./observability/hooks.js";
import { REDACTED } from "./safety/redactor.js";
import { fillServerVariables } from "./safety/server-variables.js";
import { API_KEY, testClient } from "./testing/client.js";
import { createInvoice, operation, TestApiError, testApi } from "./testing/descriptors.js";
import { json, sequence, text } from "./testing/fetch-stub.js";

const getInvoice = operation();

describe("request", () => {
  it("sends a GET with its credentials and documented headers, and returns the body", async () => {
    const { core, sent } = testClient(() => json({ id: 7, total: "12.50" }));
    await expect(core.request(getInvoice, { path: { id: 7 } })).resolves.toEqual({ id: 7, total: "12.50" });
    expect(sent).toEqual([
      {
        method: "GET",
        url: "https://api.acme.test/v1/invoices/7",
        headers: { accept: "application/json", "user-agent": "billforge/acme", "x-api-key": API_KEY },
        body: "",
      },
    ]);
  });

  it("sends the body exactly as given, with the documented content type", async () => {
    const { core, sent } = testClient(() => json({ id: 1, total: "0" }, 201));
    const body = { customer: "Acme", note: "kept as is", lines: [{ qty: 1 }] };
    await core.request(
      operation({ ...createInvoice, responses: [{ status: "201", media: [{ mediaType: "application/json" }] }] }),
      { body },
    );
    expect(sent[0]?.headers["content-type"]).toBe("application/json");
    expect(sent[0]?.body).toBe(JSON.stringify(body));
  });

  it("keeps unknown response fields, even when the schema would strip them", async () => {
    const strippingSchema = operation({
      responses: [
        { status: "200", media: [{ mediaType: "application/json", schema: () => z.object({ id: z.number() }) }] },
      ],
    });
    const { core } = testClient(() => json({ id: 7, addedByProvider: { nested: true } }));
    await expect(core.request(strippingSchema, { path: { id: 7 } })).resolves.toEqual({
      id: 7,
      addedByProvider: { nested: true },
    });
  });

  it("returns the wire value, not a transformed one", async () => {
    const transforming = operation({
      responses: [
        {
          status: "200",
          media: [{ mediaType: "application/json", schema: () => z.object({ total: z.string().transform(Number) }) }],
        },
      ],
    });
    const { core } = testClient(() => json({ total: "12.50" }));
    await expect(core.request(transforming, { path: { id: 1 } })).resolves.toEqual({ total: "12.50" });
  });

  it("resolves a bodiless 204 to undefined", async () => {
    const { core } = testClient(() => new Response(null, { status: 204 }));
    await expect(core.request(getInvoice, { path: { id: 1 } })).resolves.toBeUndefined();
  });

  it("returns binary media as bytes", async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    const getPdf = operation({
      id: "getInvoicePdf",
      responses: [{ status: "200", media: [{ mediaType: "application/pdf" }] }],
    });
    const { core, sent } = testClient(() => new Response(pdf, { headers: { "content-type": "application/pdf" } }));
    await expect(core.request(getPdf, { path: { id: 1 } })).resolves.toEqual(pdf);
    expect(sent[0]?.headers.accept).toBe("application/pdf");
  });

  it("applies client default headers under argument and per-call headers", async () => {
    const withHeader = operation({ headerParams: ["X-Tenant"] });
    const { core, sent } = testClient(() => json({ id: 1, total: "1" }), {
      headers: { "X-Tenant": "default", "X-Team": "billing" },
    });
    await core.request(
      withHeader,
      { path: { id: 1 }, headers: { "X-Tenant": "from-args" } },
      { headers: { "X-Trace": "t-1" } },
    );
    expect(sent[0]?.headers).toMatchObject({ "x-tenant": "from-args", "x-team": "billing", "x-trace": "t-1" });
  });

  it("lets a later layer replace a header whatever its case", async () => {
    const { core, sent } = testClient(() => json({ id: 1, total: "1" }), {
      headers: { ACCEPT: "text/plain" },
      validation: "off",
    });
    await core.request(getInvoice, { path: { id: 1 } }, { headers: { accept: "application/json", "X-Trace": "t" } });
    expect(sent[0]?.headers).toMatchObject({ accept: "application/json", "x-api-key": API_KEY, "x-trace": "t" });
  });

  it("refuses a client header named like the credential header, whatever its case", () => {
    for (const name of ["x-api-key", "X-API-KEY"]) {
      expect(() => testClient(() => json({}), { headers: { [name]: "not-the-key" } })).toThrow(ConfigurationError);
      expect(() => testClient(() => json({}), { headers: { [name]: "not-the-key" } })).toThrow(
        `headers.${name}: the header ${name} carries this client's credential`,
      );
    }
  });

  it("sends a header named __proto__ like any other, at every layer", async () => {
    const { core, sent } = testClient(() => json({ id: 1, total: "1" }), { headers: { ["__proto__"]: "client" } });
    await core.request(getInvoice, { path: { id: 1 } });
    expect(Object.getOwnPropertyDescriptor(sent[0]?.headers, "__proto__")?.value).toBe("client");
    await core.request(getInvoice, { path: { id: 1 } }, { headers: JSON.parse('{"__proto__":"call"}') });
    expect(Object.getOwnPropertyDescriptor(sent[1]?.headers, "__proto__")?.value).toBe("call");
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe("request validation", () => {
  const { core: strict, sent: strictSent } = testClient(() => json({ id: 1, total: "1" }, 201));
  const bad = { body: { customer: "a name far too long" } };

  it("strict: refuses bad arguments and sends nothing", async () => {
    const error = await strict.request(createInvoice, bad).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({
      operationId: "createInvoice",
      issues: [expect.objectContaining({ path: ["body", "customer"] })],
    });
    expect((error as Error).message).toMatch(/body\.customer: Too big/);
    expect(strictSent).toHaveLength(0);
  });

  it("warn: logs and sends what the caller gave", async () => {
    const { core, sent, logger } = testClient(() => json({ id: 1, total: "1" }, 201), { validation: "warn" });
    await core.request(createInvoice, bad);
    expect(sent).toHaveLength(1);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: "warn", message: "createInvoice: arguments do not match the schema" }),
    );
  });

  it("off: sends without checking, and a call may turn strictness back on", async () => {
    const { core, sent } = testClient(() => json({ id: 1, total: "1" }, 201), { validation: "off" });
    await core.request(createInvoice, bad);
    expect(sent).toHaveLength(1);
    await expect(core.request(createInvoice, bad, { validation: "strict" })).rejects.toBeInstanceOf(
      RequestValidationError,
    );
  });

  it("refuses arguments it cannot read in every mode", async () => {
    const { core, sent } = testClient(() => json({}), { validation: "off" });
    await expect(core.request(getInvoice, { path: "7" as never })).rejects.toMatchObject({
      issues: [{ path: ["path"], message: "must be an object" }],
    });
    expect(sent).toHaveLength(0);
  });
});

describe("response validation", () => {
  const wrongShape = () => json({ id: "7", total: 12.5 });

  it("strict: a mismatch is a ResponseValidationError with the raw body", async () => {
    const { core } = testClient(wrongShape);
    const error = await core.request(getInvoice, { path: { id: 7 } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({
      reason: "schema",
      status: 200,
      rawBody: '{"id":"7","total":12.5}',
      contentType: "application/json",
    });
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual([["id"], ["total"]]);
  });

  it("warn: logs the mismatch and returns the data", async () => {
    const { core, logger } = testClient(wrongShape, { validation: "warn" });
    await expect(core.request(getInvoice, { path: { id: 7 } })).resolves.toEqual({ id: "7", total: 12.5 });
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        level: "warn",
        message: expect.stringMatching(/getInvoice: HTTP 200 response broke the contract \(schema\)/),
      }),
    );
  });

  it("off: returns the data silently", async () => {
    const { core, logger } = testClient(wrongShape, { validation: "off" });
    await expect(core.request(getInvoice, { path: { id: 7 } })).resolves.toEqual({ id: "7", total: 12.5 });
    expect(logger.lines.filter((line) => line.level === "warn")).toEqual([]);
  });

  it("refuses an undocumented content type on success, with the raw body", async () => {
    const { core } = testClient(() => text("<html>maintenance</html>", 200, "text/html"));
    await expect(core.request(getInvoice, { path: { id: 7 } })).rejects.toMatchObject({
      name: "ResponseValidationError",
      reason: "contentType",
      rawBody: "<html>maintenance</html>",
    });
  });

  it("refuses a malformed success body in every mode", async () => {
    const { core } = testClient(() => text('{"id": 7,', 200, "application/json"), { validation: "off" });
    await expect(core.request(getInvoice, { path: { id: 7 } })).rejects.toMatchObject({
      reason: "malformed",
      rawBody: '{"id": 7,',
    });
  });

  it("refuses an empty body where the status documents one, and passes it on in warn mode", async () => {
    const empty = () => new Response(null, { status: 200, headers: { "content-type": "application/json" } });
    const strict = testClient(empty);
    await expect(strict.core.request(getInvoice, { path: { id: 7 } })).rejects.toMatchObject({
      name: "ResponseValidationError",
      reason: "malformed",
      rawBody: "",
      issues: [{ path: [], message: "the body is empty where application/json is documented" }],
    });
    const warn = testClient(empty, { validation: "warn" });
    await expect(warn.core.request(getInvoice, { path: { id: 7 } })).resolves.toBeUndefined();
    expect(warn.logger.lines).toContainEqual(expect.objectContaining({ level: "warn" }));
  });

  it("accepts an empty body where the status documents none", async () => {
    const bodiless = operation({ responses: [{ status: "204", media: [] }] });
    const { core } = testClient(() => new Response(null, { status: 204 }));
    await expect(core.request(bodiless, { path: { id: 7 } })).resolves.toBeUndefined();
  });

  it("fails a call whose response body exceeds maxResponseBytes, without retrying it", async () => {
    const { core, sent } = testClient(() => json({ id: 7, total: "x".repeat(200) }), { maxResponseBytes: 100 });
    const error = await core.request(getInvoice, { path: { id: 7 } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ reason: "size", status: 200, rawBody: "", contentType: "application/json" });
    expect(sent).toHaveLength(1);
  });

  it("refuses an undocumented success status in strict mode", async () => {
    const { core } = testClient(() => json({ id: 7, total: "1" }, 202));
    await expect(core.request(getInvoice, { path: { id: 7 } })).rejects.toMatchObject({
      reason: "status",
      status: 202,
    });
  });
});

describe("API errors", () => {
  it("throws the provider's error class with code, message, request id and body", async () => {
    const { core } = testClient(() =>
      json({ code: "NOT_FOUND", message: "Invoice 7 not found", requestId: "req_9", extra: 1 }, 404, {
        "x-request-id": "hdr",
      }),
    );
    const error = await core.request(getInvoice, { path: { id: 7 } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TestApiError);
    expect(error).toMatchObject({
      name: "TestApiError",
      kind: "notFound",
      status: 404,
      code: "NOT_FOUND",
      providerMessage: "Invoice 7 not found",
      requestId: "req_9",
      operationId: "getInvoice",
      body: { code: "NOT_FOUND", message: "Invoice 7 not found", requestId: "req_9", extra: 1 },
    });
    expect((error as ApiError).headers.get("x-request-id")).toBe("hdr");
  });

  it("gives the provider's error for an error body nested 100,000 levels deep", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const { core } = testClient(() => text(`{"code":"X","message":"m","extra":${deep}}`, 400, "application/json"));
    const error = await core.request(getInvoice, { path: { id: 7 } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TestApiError);
    expect(error).toMatchObject({ status: 400, code: "X", providerMessage: "m" });
  });

  it("keeps an undocumented error page as text (a gateway's HTML)", async () => {
    const { core } = testClient(() => text("<h1>502 Bad Gateway</h1>", 502, "text/html"), { maxRetries: 0 });
    await expect(core.request(getInvoice, { path: { id: 7 } })).rejects.toMatchObject({
      kind: "server",
      status: 502,
      body: "<h1>502 Bad Gateway</h1>",
    });
  });

  it("strict: an error body that breaks its documented schema is a ResponseValidationError", async () => {
    const { core } = testClient(() => json({ unexpected: true }, 400));
    await expect(core.request(getInvoice, { path: { id: 7 } })).rejects.toMatchObject({
      name: "ResponseValidationError",
      status: 400,
      reason: "schema",
    });
  });

  it("warn: the same body still gives the ApiError", async () => {
    const { core } = testClient(() => json({ unexpected: true }, 400), { validation: "warn" });
    await expect(core.request(getInvoice, { path: { id: 7 } })).rejects.toMatchObject({
      kind: "badRequest",
      body: { unexpected: true },
    });
  });
});

describe("requestSafe", () => {
  it("returns data and the response on success", async () => {
    const { core } = testClient(() => json({ id: 7, total: "1" }));
    const result = await core.requestSafe(getInvoice, { path: { id: 7 } });
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ id: 7, total: "1" });
    expect(result.response?.status).toBe(200);
  });

  it("returns the error and the response instead of rejecting", async () => {
    const { core } = testClient(() => json({ code: "GONE", message: "gone" }, 410));
    const result = await core.requestSafe(getInvoice, { path: { id: 7 } });
    expect(result.data).toBeUndefined();
    expect(result.error).toBeInstanceOf(TestApiError);
    expect(result.response?.status).toBe(410);
  });

  it("returns failures before any response without one", async () => {
    const { core } = testClient(() => json({}));
    const result = await core.requestSafe(getInvoice, { path: { id: ".." } });
    expect(result.error).toBeInstanceOf(RequestValidationError);
    expect(result.response).toBeUndefined();
  });
});

describe("media type preference", () => {
  const xmlCodec: BodyCodec = {
    mediaTypes: ["application/xml"],
    encode: (value) => `<invoice><customer>${(value as { customer: string }).customer}</customer></invoice>`,
    decode: (text) => ({ decodedFromXml: text }),
  };
  const dual = operation({
    ...createInvoice,
    requestBody: {
      required: true,
      media: [{ mediaType: "application/json" }, { mediaType: "application/xml", xmlMapping: "Invoice" }],
    },
    responses: [
      {
        status: "201",
        media: [{ mediaType: "application/json" }, { mediaType: "application/xml", schema: () => z.unknown() }],
      },
    ],
  });

  it("uses the preferred media type for the body, Accept and decoding, through the registered codec", async () => {
    const { core, sent } = testClient(
      () => text("<invoice/>", 201, "application/xml"),
      { mediaTypePreference: ["application/xml"] },
      { codecs: [xmlCodec] },
    );
    await expect(core.request(dual, { body: { customer: "Acme" } })).resolves.toEqual({ decodedFromXml: "<invoice/>" });
    expect(sent[0]).toMatchObject({
      body: "<invoice><customer>Acme</customer></invoice>",
      headers: { "content-type": "application/xml", accept: "application/xml, application/json" },
    });
  });

  it("falls back to the operation's first media type", async () => {
    const { core, sent } = testClient(() => json({ ok: true }, 201), {}, { codecs: [xmlCodec] });
    await core.request(dual, { body: { customer: "Acme" } });
    expect(sent[0]?.headers["content-type"]).toBe("application/json");
  });
});

describe("hooks", () => {
  it("sees each attempt, the response, and the final error", async () => {
    const events: string[] = [];
    const { core } = testClient(
      sequence(
        () => json({}, 503),
        () => json({ code: "X", message: "bad" }, 400),
      ),
      {
        onRequest: ({ operationId, attempt, request }) =>
          void events.push(`request ${operationId} #${attempt} ${request.method}`),
        onResponse: ({ attempt, response }) => void events.push(`response #${attempt} ${response.status}`),
        onError: ({ attempt, error }) => void events.push(`error #${attempt} ${error.name}`),
      },
    );
    await expect(core.request(getInvoice, { path: { id: 1 } })).rejects.toBeInstanceOf(TestApiError);
    expect(events).toEqual([
      "request getInvoice #1 GET",
      "response #1 503",
      "request getInvoice #2 GET",
      "response #2 400",
      "error #2 TestApiError",
    ]);
  });

  it("logs each exchange at debug level for a logger that listens, the key hidden", async () => {
    const { core, logger } = testClient(() => json({ id: 1, total: "1" }), { validation: "off" });
    await core.request(getInvoice, { path: { id: 1 } });
    const debug = logger.lines.filter((line) => line.level === "debug").map((line) => line.message);
    expect(debug).toEqual([
      expect.stringMatching(/^→ GET https:\/\/\S+\/invoices\/1$/),
      expect.stringMatching(/^← 200 GET https:\/\/\S+\/invoices\/1$/),
    ]);
  });

  it("runs a lone onResponse hook without an onRequest one", async () => {
    const statuses: number[] = [];
    const { core } = testClient(() => json({ id: 1, total: "1" }), {
      onResponse: ({ response }) => void statuses.push(response.status),
    });
    await core.request(getInvoice, { path: { id: 1 } });
    expect(statuses).toEqual([200]);
  });

  it("cannot fail a call: a throwing hook is logged", async () => {
    const { core, logger } = testClient(() => json({ id: 1, total: "1" }), {
      onRequest: () => {
        throw new Error("hook bug");
      },
    });
    await expect(core.request(getInvoice, { path: { id: 1 } })).resolves.toEqual({ id: 1, total: "1" });
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: "error", message: "onRequest hook threw; the call goes on" }),
    );
  });
});

describe("configuration", () => {
  it("fails at call time when an operation needs credentials nobody gave", async () => {
    const api = testApi({
      securitySchemes: {
        ApiKeyAuth: { type: "apiKey", in: "header", name: "X-API-Key" },
        Basic: { type: "http", scheme: "basic" },
      },
    });
    const { core, sent } = testClient(() => json({}), {}, { api });
    await expect(core.request(operation({ security: [["Basic"]] }), { path: { id: 1 } })).rejects.toThrow(
      new ConfigurationError("getInvoice needs credentials for Basic, and none were given"),
    );
    expect(sent).toHaveLength(0);
  });

  it("fails at creation when the API needs credentials and none are given", () => {
    expect(() => testClient(() => json({}), {}, { credentials: { ApiKeyAuth: undefined } })).toThrow(
      /No credentials were given/,
    );
  });

  it("builds the URL from a server and its variables", async () => {
    const api = testApi({
      servers: [
        { url: "https://{account}.app.acme.test/api", variables: { account: { description: "account name" } } },
      ],
    });
    const { core, sent } = testClient(
      () => json({ id: 1, total: "1" }),
      { serverVariables: { account: "nordic" } },
      { api, fillServerVariables },
    );
    await core.request(getInvoice, { path: { id: 1 } });
    expect(sent[0]?.url).toBe("https://nordic.app.acme.test/api/invoices/1");
    expect(() => testClient(() => json({}), {}, { api, fillServerVariables })).toThrow(
      /serverVariables\.account is required/,
    );
  });

  it("exposes the API descriptor", () => {
    const { core } = testClient(() => json({}));
    expect(core.api.name).toBe("acme");
  });
});

describe("nothing printable holds the credential", () => {
  const queryApi = testApi({ securitySchemes: { ApiKeyAuth: { type: "apiKey", in: "query", name: "api_key" } } });

  it("requestSafe returns a redacted response view, never the raw Response with ?api_key=", async () => {
    const { core } = testClient(() => json({ code: "NOT_FOUND", message: "missing" }, 404), {}, { api: queryApi });
    const result = await core.requestSafe(getInvoice, { path: { id: 1 } });
    expect(result.response).not.toBeInstanceOf(Response);
    expect(result.response).toMatchObject({ status: 404, ok: false });
    for (const printed of [inspect(result, { depth: 10 }), JSON.stringify(result), String(result.error)]) {
      expect(printed).not.toContain(API_KEY);
    }
  });

  it("hooks see redacted views; unredacted() is the one way to the raw objects", async () => {
    const seen: unknown[] = [];
    let raw: string | undefined;
    const { core } = testClient(() => json({ id: 1, total: "1" }, 200, { "set-cookie": "session=abc" }), {
      onRequest: (context) => void seen.push(context),
      onResponse: (context) => {
        seen.push(context);
        raw = context.unredacted().request.headers.get("x-api-key") ?? undefined;
      },
    });
    await core.request(getInvoice, { path: { id: 1 } });
    expect(seen).toHaveLength(2);
    const printed = inspect(seen, { depth: 10 });
    expect(printed).not.toContain(API_KEY);
    expect(printed).not.toContain("session=abc");
    expect(JSON.stringify(seen)).not.toContain(API_KEY);
    expect((seen[0] as RequestHookContext).request.headers.get("x-api-key")).toBe(REDACTED);
    expect(raw).toBe(API_KEY);
  });

  it("hooks see the query key hidden in the URL", async () => {
    const urls: string[] = [];
    const { core } = testClient(
      () => json({ id: 1, total: "1" }),
      {
        onRequest: ({ request }) => void urls.push(request.url),
      },
      { api: queryApi },
    );
    await core.request(getInvoice, { path: { id: 1 } });
    expect(urls).toEqual([`https://api.acme.test/v1/invoices/1?api_key=${REDACTED}`]);
  });
});

describe("parameters named like the client's credential", () => {
  const queryApi = testApi({
    securitySchemes: {
      QueryKey: { type: "apiKey", in: "query", name: "api_key" },
      Bearer: { type: "http", scheme: "bearer" },
    },
  });
  const credentials = { QueryKey: { type: "apiKey", value: API_KEY } } as const;
  const op = operation({ security: [["QueryKey"]] });

  it.each([
    ["a query api_key", { path: { id: 1 }, query: { api_key: "evil" } }, {}, ["query", "api_key"]],
    [
      "an argument Authorization header",
      { path: { id: 1 }, headers: { Authorization: "Bearer evil" } },
      {},
      ["headers", "Authorization"],
    ],
    [
      "a per-call authorization header",
      { path: { id: 1 } },
      { headers: { aUtHoRiZaTiOn: "x" } },
      ["options", "headers", "aUtHoRiZaTiOn"],
    ],
  ])("refuses %s before sending", async (_name, args, options, path) => {
    const { core, sent } = testClient(
      () => json({ id: 1, total: "1" }),
      { validation: "off" },
      { api: queryApi, credentials },
    );
    const error = await core.request(op, args, options).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      expect.objectContaining({ path, code: "credential_parameter" }),
    ]);
    expect(sent).toHaveLength(0);
  });

  it("lets other names through, API_KEY in another case included (a different query parameter)", async () => {
    const { core, sent } = testClient(
      () => json({ id: 1, total: "1" }),
      { validation: "off" },
      { api: queryApi, credentials },
    );
    await core.request(op, { path: { id: 1 }, query: { API_KEY: "x", page: 2 } });
    expect(sent[0]?.url).toContain(`api_key=${API_KEY}`);
  });
});
