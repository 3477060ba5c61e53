import { describe, expect, it } from "vitest";
import { fetchStub, json, text } from "../testing/fetch-stub.js";
import { createTransport, type OutgoingRequest } from "./openapi-fetch-adapter.js";

const outgoing = (overrides: Partial<OutgoingRequest> = {}): OutgoingRequest => ({
  method: "GET",
  baseUrl: "https://api.acme.test/v1",
  path: "/invoices/INV%2F7",
  query: { status: ["paid", "sent"], page: 2 },
  queryParameters: [{ name: "status", style: "form", explode: false }],
  extraQuery: [["api_key", "k"]],
  headers: { accept: "application/json", "x-trace": "1" },
  body: undefined,
  signal: new AbortController().signal,
  ...overrides,
});

describe("createTransport", () => {
  it("sends the URL, headers and body it is given, exactly", async () => {
    const stub = fetchStub(() => json({ ok: true }));
    const result = await createTransport(stub.fetch).send(
      outgoing({ method: "POST", headers: { "content-type": "application/xml" }, body: "<invoice/>" }),
    );
    expect(result.ok).toBe(true);
    expect(stub.sent).toEqual([
      {
        method: "POST",
        url: "https://api.acme.test/v1/invoices/INV%2F7?status=paid,sent&page=2&api_key=k",
        headers: { "content-type": "application/xml" },
        body: "<invoice/>",
      },
    ]);
  });

  it("returns the original response unread, error bodies included", async () => {
    const original = text('{"code":"NOT_FOUND"}', 404, "application/json");
    const result = await createTransport(async () => original).send(outgoing());
    expect(result.ok && result.response).toBe(original);
    expect(original.bodyUsed).toBe(false);
    expect(await original.text()).toBe('{"code":"NOT_FOUND"}');
  });

  it("shows the final request to beforeDispatch before sending it", async () => {
    const order: string[] = [];
    const transport = createTransport(async () => {
      order.push("fetch");
      return json({});
    });
    await transport.send(outgoing(), async (request) => {
      order.push(`before ${request.method} ${new URL(request.url).pathname}`);
    });
    expect(order).toEqual(["before GET /v1/invoices/INV%2F7", "fetch"]);
  });

  it("reports a fetch failure with the request that went out", async () => {
    const failure = new TypeError("fetch failed");
    const result = await createTransport(async () => Promise.reject(failure)).send(outgoing());
    expect(result).toMatchObject({ ok: false, error: failure });
    expect(!result.ok && result.request?.url).toMatch(/^https:\/\/api\.acme\.test/);
  });

  it("reports a request that could not be built as never sent", async () => {
    const stub = fetchStub(() => json({}));
    const result = await createTransport(stub.fetch).send(outgoing({ query: { bad: [{ nested: 1 }] } }));
    expect(result).toMatchObject({ ok: false, request: undefined });
    expect(stub.sent).toHaveLength(0);
  });
});
