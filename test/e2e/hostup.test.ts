import { fileURLToPath } from "node:url";
import {
  AbortError,
  createHostupClient,
  HostupApiError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
} from "@billforge/hostup";
import { afterEach, describe, expect, it } from "vitest";
import { type ContractCase, contractCases } from "../contract/contract-cases.js";
import { type Behaviour, startTestServer, type TestServer } from "../support/test-server.js";

const SPEC = fileURLToPath(new URL("../../specs/hostup/openapi.yaml", import.meta.url));
const API_KEY = "e2e-key-9d2b";
const cases = await contractCases(SPEC, "hostup");

function example(operationId: string, status: number): unknown {
  const found = cases.find((c: ContractCase) => c.operation.id === operationId && c.response.status === status);
  if (!found) {
    throw new Error(`no example for ${operationId} ${status}`);
  }
  return found.response.body;
}

const invoice = example("getInvoice", 200);
const unauthorized = example("getInvoice", 401);

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(...script: Behaviour[]) {
  server = await startTestServer((_, index) => script[Math.min(index, script.length - 1)]!);
  const hostup = createHostupClient({
    apiKey: API_KEY,
    baseUrl: `${server.url}/api`,
    retryBaseDelayMs: 10,
    timeoutMs: 2_000,
  });
  return { hostup, requests: server.requests };
}

describe("HostUp client against a real HTTP server on 127.0.0.1", () => {
  it("succeeds: sends the key, parses the body", async () => {
    const { hostup, requests } = await serve({ status: 200, body: invoice });
    await expect(hostup.getInvoice({ path: { id: 1 } })).resolves.toEqual(invoice);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "GET", url: "/api/billing/invoice/1" });
    expect(requests[0]?.headers["x-api-key"]).toBe(API_KEY);
  });

  it("401 becomes a HostupApiError that holds no credential", async () => {
    const { hostup, requests } = await serve({ status: 401, body: unauthorized });
    const error = await hostup.getInvoice({ path: { id: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostupApiError);
    expect(error).toMatchObject({ status: 401, kind: "unauthorized", code: "UNAUTHORIZED" });
    expect(JSON.stringify(error)).not.toContain(API_KEY);
    expect(String((error as Error).stack)).not.toContain(API_KEY);
    expect(requests).toHaveLength(1);
  });

  it("a slow server ends in a TimeoutError", async () => {
    const { hostup } = await serve({ status: 200, body: invoice, delayMs: 5_000 });
    const error = await hostup
      .getInvoice({ path: { id: 1 } }, { timeoutMs: 150, maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("a user abort ends in an AbortError without retries", async () => {
    const { hostup, requests } = await serve({ status: 200, body: invoice, delayMs: 5_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await hostup.getInvoice({ path: { id: 1 } }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(requests).toHaveLength(1);
  });

  it("a response that breaks the schema is a ResponseValidationError with the raw body", async () => {
    const broken = JSON.stringify({
      success: true,
      timestamp: "now",
      requestId: "r",
      data: { invoice: { id: "not a number" } },
    });
    const { hostup } = await serve({ status: 200, body: broken, headers: { "content-type": "application/json" } });
    const error = await hostup.getInvoice({ path: { id: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).rawBody).toBe(broken);
  });

  describe("bad arguments are refused before anything is sent", () => {
    const bad: [string, (h: ReturnType<typeof createHostupClient>) => Promise<unknown>][] = [
      // @ts-expect-error the path parameter is missing on purpose
      ["missing path parameter", (h) => h.getInvoice({ path: {} })],
      ["'..' as a path parameter", (h) => h.getPaymentLink({ path: { uuid: ".." } })],
      // @ts-expect-error the body has the wrong type on purpose
      ["wrong body type", (h) => h.updateAccount({ body: { state: 42 } })],
    ];
    for (const [name, call] of bad) {
      it(name, async () => {
        const { hostup, requests } = await serve({ status: 200, body: invoice });
        const error = await call(hostup).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RequestValidationError);
        expect(requests).toHaveLength(0);
      });
    }
  });
});
