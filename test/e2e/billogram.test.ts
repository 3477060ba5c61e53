import { Buffer } from "node:buffer";
import { fileURLToPath } from "node:url";
import {
  BillogramApiError,
  type BillogramClient,
  createBillogramClient,
  RequestValidationError,
} from "@billforge/billogram";
import { afterEach, describe, expect, it } from "vitest";
import { type ContractCase, contractCases } from "../contract/contract-cases.js";
import { type Behaviour, type RecordedRequest, startTestServer, type TestServer } from "../support/test-server.js";

const SPEC = fileURLToPath(new URL("../../specs/billogram/openapi.yaml", import.meta.url));
const API_USER = "e2e-api-user-51";
const API_KEY = "e2e-api-key-7f3c9a";
const BASIC = Buffer.from(`${API_USER}:${API_KEY}`, "utf8").toString("base64");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const cases = await contractCases(SPEC, "billogram");

function example(operationId: string, status: number): unknown {
  const found = cases.find((c: ContractCase) => c.operation.id === operationId && c.response.status === status);
  if (!found) {
    throw new Error(`no example for ${operationId} ${status}`);
  }
  return found.response.body;
}

const customer = example("getCustomer", 200);
const tabItemAdded = example("addBillingTabItems", 200);
const unauthorized = example("getCustomer", 401);
const tabItem = { billogram_item: { title: "Monthly subscription", price: 29.99, count: 1, unit: "month", vat: 25 } };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(answer: (request: RecordedRequest, index: number) => Behaviour, apiKey = API_KEY) {
  server = await startTestServer(answer);
  const billogram: BillogramClient = createBillogramClient({
    apiUser: API_USER,
    apiKey,
    baseUrl: `${server.url}/api/v2`,
    retryBaseDelayMs: 10,
    timeoutMs: 2_000,
  });
  return { billogram, requests: server.requests };
}

function script(...behaviours: Behaviour[]) {
  return (_: RecordedRequest, index: number) => behaviours[Math.min(index, behaviours.length - 1)]!;
}

/** A server that checks the Basic credentials like Billogram does. */
function checkingCredentials(denied: Behaviour, allowed: Behaviour) {
  return (request: RecordedRequest) => (request.headers.authorization === `Basic ${BASIC}` ? allowed : denied);
}

describe("Billogram client against a real HTTP server on 127.0.0.1", () => {
  it("sends HTTP Basic credentials and parses the body", async () => {
    const { billogram, requests } = await serve(
      checkingCredentials({ status: 401, body: unauthorized }, { status: 200, body: customer }),
    );
    await expect(billogram.getCustomer({ path: { customer_no: "10032" } })).resolves.toEqual(customer);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: "GET", url: "/api/v2/customer/10032" });
    expect(requests[0]?.headers.authorization).toBe(`Basic ${BASIC}`);
  });

  const denials: [string, number, unknown][] = [
    ["401 INVALID_AUTH", 401, unauthorized],
    ["403 INVALID_AUTH", 403, { status: "INVALID_AUTH", data: { message: "The user/key combination is wrong" } }],
  ];
  for (const [name, status, body] of denials) {
    it(`a wrong password gives a typed ${name} BillogramApiError that holds no credential`, async () => {
      const wrongKey = "wrong-key-e2e-0b1d";
      const wrongBasic = Buffer.from(`${API_USER}:${wrongKey}`, "utf8").toString("base64");
      const { billogram, requests } = await serve(
        checkingCredentials({ status, body }, { status: 200, body: customer }),
        wrongKey,
      );
      const error = await billogram.getCustomer({ path: { customer_no: "10032" } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BillogramApiError);
      expect(error).toMatchObject({ status, code: "INVALID_AUTH", operationId: "getCustomer", body });
      expect((error as BillogramApiError).kind).toBe(status === 401 ? "unauthorized" : "forbidden");
      expect(requests).toHaveLength(1);
      expect(requests[0]?.headers.authorization).toBe(`Basic ${wrongBasic}`);
      for (const secret of [wrongKey, wrongBasic, API_KEY, BASIC]) {
        expect((error as Error).message).not.toContain(secret);
        expect(JSON.stringify(error)).not.toContain(secret);
        expect(String((error as Error).stack)).not.toContain(secret);
      }
    });
  }

  it("iterates 3 pages of customers, asking each page once and yielding every customer once", async () => {
    const all = [1, 2, 3, 4, 5].map((n) => ({
      customer_no: 10_000 + n,
      name: `Customer ${n}`,
      company_type: "business",
    }));
    const { billogram, requests } = await serve((request) => {
      const query = new URL(request.url, "http://localhost").searchParams;
      const page = Number(query.get("page"));
      const size = Number(query.get("page_size"));
      const data = all.slice((page - 1) * size, page * size);
      return { status: 200, body: { status: "OK", data, meta: { total_count: all.length } } };
    });
    const seen: number[] = [];
    for await (const found of billogram.iterateListCustomers({
      query: { page_size: 2, order_field: "customer_no", order_direction: "asc" },
    })) {
      seen.push(found.customer_no ?? 0);
    }
    expect(seen).toEqual(all.map((c) => c.customer_no));
    expect(requests.map((r) => r.url)).toEqual([
      "/api/v2/customer?page=1&page_size=2&order_field=customer_no&order_direction=asc",
      "/api/v2/customer?page=2&page_size=2&order_field=customer_no&order_direction=asc",
      "/api/v2/customer?page=3&page_size=2&order_field=customer_no&order_direction=asc",
    ]);
    for (const request of requests) {
      expect(request.headers.authorization).toBe(`Basic ${BASIC}`);
    }
  });

  describe("adding a billing-tab item (X-API-Deduplication-ID)", () => {
    it("answered 503 then 200 is sent twice with the same generated UUID", async () => {
      const { billogram, requests } = await serve(
        script({ status: 503, body: "Service Unavailable" }, { status: 200, body: tabItemAdded }),
      );
      await expect(billogram.addBillingTabItems({ path: { customer_no: 10032 }, body: tabItem })).resolves.toEqual(
        tabItemAdded,
      );
      expect(requests).toHaveLength(2);
      const keys = requests.map((r) => r.headers["x-api-deduplication-id"]);
      expect(keys[0]).toMatch(UUID);
      expect(keys[1]).toBe(keys[0]);
      expect(requests[1]?.body).toBe(requests[0]?.body);
      expect(JSON.parse(requests[0]?.body ?? "")).toEqual(tabItem);
    });

    it("gives every call its own key", async () => {
      const { billogram, requests } = await serve(script({ status: 200, body: tabItemAdded }));
      await billogram.addBillingTabItems({ path: { customer_no: 10032 }, body: tabItem });
      await billogram.addBillingTabItems({ path: { customer_no: 10032 }, body: tabItem });
      const [first, second] = requests.map((r) => r.headers["x-api-deduplication-id"]);
      expect(first).toMatch(UUID);
      expect(second).toMatch(UUID);
      expect(second).not.toBe(first);
    });

    it("uses a caller-given header key as is, on every attempt", async () => {
      const { billogram, requests } = await serve(
        script({ status: 503, body: "Service Unavailable" }, { status: 200, body: tabItemAdded }),
      );
      await billogram.addBillingTabItems({
        path: { customer_no: 10032 },
        headers: { "X-API-Deduplication-ID": "order-4711-line-1" },
        body: tabItem,
      });
      expect(requests.map((r) => r.headers["x-api-deduplication-id"])).toEqual([
        "order-4711-line-1",
        "order-4711-line-1",
      ]);
    });

    it("uses the idempotencyKey call option as is", async () => {
      const { billogram, requests } = await serve(script({ status: 200, body: tabItemAdded }));
      await billogram.addBillingTabItems(
        { path: { customer_no: 10032 }, body: tabItem },
        { idempotencyKey: "7d0f8a52-6c9e-4b7e-9f51-0c2d3e4f5a6b" },
      );
      expect(requests.map((r) => r.headers["x-api-deduplication-id"])).toEqual([
        "7d0f8a52-6c9e-4b7e-9f51-0c2d3e4f5a6b",
      ]);
    });

    it("refuses a key longer than Billogram's 36 characters before sending", async () => {
      const { billogram, requests } = await serve(script({ status: 200, body: tabItemAdded }));
      const error = await billogram
        .addBillingTabItems({
          path: { customer_no: 10032 },
          headers: { "X-API-Deduplication-ID": "x".repeat(37) },
          body: tabItem,
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(requests).toHaveLength(0);
    });
  });

  describe("an updateCustomer body that breaks the schema is refused before sending", () => {
    const bad: [string, (b: BillogramClient) => Promise<unknown>][] = [
      [
        "name of 101 characters",
        (b) => b.updateCustomer({ path: { customer_no: "10032" }, body: { name: "x".repeat(101) } }),
      ],
      [
        "read-only created_at sent back (JavaScript callers bypass the types)",
        // @ts-expect-error created_at is read-only, on purpose
        (b) => b.updateCustomer({ path: { customer_no: "10032" }, body: { created_at: "2026-01-26 07:02:23" } }),
      ],
      [
        "unknown company_type",
        // @ts-expect-error "corporation" is not a company_type, on purpose
        (b) => b.updateCustomer({ path: { customer_no: "10032" }, body: { company_type: "corporation" } }),
      ],
      [
        "customer_no that is not a positive integer",
        (b) => b.updateCustomer({ path: { customer_no: "10032" }, body: { customer_no: 0 } }),
      ],
      [
        "'..' as the customer number",
        (b) => b.updateCustomer({ path: { customer_no: ".." }, body: { name: "Peter" } }),
      ],
    ];
    for (const [name, call] of bad) {
      it(name, async () => {
        const { billogram, requests } = await serve(script({ status: 200, body: customer }));
        const error = await call(billogram).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RequestValidationError);
        expect(requests).toHaveLength(0);
      });
    }

    it("while a valid 100-character name is sent", async () => {
      const { billogram, requests } = await serve(script({ status: 200, body: customer }));
      await billogram.updateCustomer({ path: { customer_no: "10032" }, body: { name: "x".repeat(100) } });
      expect(requests).toHaveLength(1);
      expect(JSON.parse(requests[0]?.body ?? "")).toEqual({ name: "x".repeat(100) });
    });
  });
});
