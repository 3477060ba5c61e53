import { Buffer } from "node:buffer";
import { BillogramApiError, createBillogramClient } from "@billforge/billogram";
import { describe, expect, it } from "vitest";

// The exchange of ../shared/seeds/001_a63438ca2860105a.txt (PUT /customer/{customer_no}),
// asserted exactly, not only snapshotted.
const API_USER = "username";
const API_KEY = "password";
const BASIC = Buffer.from(`${API_USER}:${API_KEY}`, "utf8").toString("base64");

/** The seed's `--data` body, value for value and key for key. */
const SEED_REQUEST = {
  customer_no: 10032,
  name: "Peter",
  company_type: "individual",
  contact: {
    name: "Peter Jonsson",
    email: "peter.jonsson@billogram.com",
  },
  address: {
    street_address: "Lavendelväg 27",
    address_line_2: "Apartment 5",
    address_line_3: "Attention: Peter Jonsson",
    administrative_area: "Province X",
    dependent_locality: "City Y",
    organization: "Billogram AB",
    sorting_code: "12345",
    zipcode: "12345",
    city: "Stadby",
    country: "SE",
  },
} as const;

/** The seed's documented response body. */
const SEED_RESPONSE = {
  status: "string",
  data: {
    customer_no: 12345,
    name: "Terkel Testsson",
    notes: "string",
    org_no: "string",
    vat_no: "SE556677889901",
    language: "string",
    contact: {
      name: "string",
      email: "hello@example.com",
      phone: "string",
    },
    address: {
      careof: "string",
      use_careof_as_attention: true,
      attention: "string",
      address_line_1: "string",
      address_line_2: "string",
      address_line_3: "string",
      administrative_area: "string",
      dependent_locality: "string",
      organization: "string",
      sorting_code: "string",
      zipcode: "string",
      city: "string",
      country: "SE",
    },
    letter_forwarding_enabled: true,
    delivery_address: {
      name: "string",
      address_line_1: "string",
      address_line_2: "string",
      address_line_3: "string",
      administrative_area: "string",
      dependent_locality: "string",
      organization: "string",
      sorting_code: "string",
      careof: "string",
      attention: "string",
      zipcode: "string",
      city: "string",
      country: "string",
    },
    permanent_establishment_address: {
      name: "string",
      additional_name: "string",
      family_name: "string",
      address_line_1: "string",
      address_line_2: "string",
      address_line_3: "string",
      administrative_area: "string",
      dependent_locality: "string",
      organization: "string",
      sorting_code: "string",
      zipcode: "string",
      city: "string",
      country: "string",
    },
    payment_settings: {
      recurring_payment_type: "autogiro",
    },
    created_at: "2026-04-29T11:19:15.647Z",
    updated_at: "2026-04-29T11:19:15.647Z",
    company_type: "individual",
    edi: {
      electronic_id: "string",
      operator: "addett",
      reference: "string",
    },
    links: {
      automatic_payments_setup_link: "string",
    },
  },
};

interface Captured {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
}

/** A transport that keeps the exact bytes of every request body and answers with `body`. */
function capturingClient(status: number, body: unknown) {
  const captured: Captured[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    captured.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      bytes: new Uint8Array(await request.arrayBuffer()),
    });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  const billogram = createBillogramClient({ apiUser: API_USER, apiKey: API_KEY, fetch, maxRetries: 0 });
  return { billogram, captured };
}

describe("seed 001: PUT /customer/{customer_no}", () => {
  it("sends the documented curl request to the sandbox and parses the documented body exactly", async () => {
    const { billogram, captured } = capturingClient(200, SEED_RESPONSE);
    const result = await billogram.updateCustomer({ path: { customer_no: "10032" }, body: SEED_REQUEST });

    expect(captured).toHaveLength(1);
    const [sent] = captured;
    expect(sent?.method).toBe("PUT");
    expect(sent?.url).toBe("https://sandbox.billogram.com/api/v2/customer/10032");
    expect(sent?.headers.get("authorization")).toBe(`Basic ${BASIC}`);
    expect(sent?.headers.get("content-type")).toBe("application/json");
    expect(sent?.headers.get("accept")).toBe("application/json");

    // The raw body is the seed's JSON re-serialized: same keys, same order, same values.
    const expected = JSON.stringify(SEED_REQUEST);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(sent?.bytes);
    expect(text).toBe(expected);
    expect(JSON.parse(text)).toEqual(SEED_REQUEST);
    // Non-ASCII travels as UTF-8, unescaped: "ä" is the two bytes C3 A4.
    expect(text).toContain("Lavendelväg 27");
    expect(Buffer.from(sent?.bytes ?? new Uint8Array()).equals(Buffer.from(expected, "utf8"))).toBe(true);
    expect(
      Buffer.from(sent?.bytes ?? new Uint8Array()).includes(
        Buffer.from([0x4c, 0x61, 0x76, 0x65, 0x6e, 0x64, 0x65, 0x6c, 0x76, 0xc3, 0xa4, 0x67]),
      ),
    ).toBe(true);

    expect(result).toEqual(SEED_RESPONSE);
    expect(result.data.customer_no).toBe(12345);
    expect(result.data.company_type).toBe("individual");
  });

  it("targets production only when asked to", async () => {
    const captured: string[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      captured.push(new Request(input, init).url);
      return new Response(JSON.stringify(SEED_RESPONSE), { headers: { "content-type": "application/json" } });
    };
    const production = createBillogramClient({ apiUser: API_USER, apiKey: API_KEY, fetch, server: "production" });
    await production.updateCustomer({ path: { customer_no: "10032" }, body: SEED_REQUEST });
    expect(captured).toEqual(["https://billogram.com/api/v2/customer/10032"]);
  });

  it("turns a READ_ONLY_PARAMETER answer into a typed BillogramApiError", async () => {
    const body = {
      status: "READ_ONLY_PARAMETER",
      data: { message: "The field created_at is read-only", field: "created_at", field_path: ["created_at"] },
    };
    const { billogram } = capturingClient(400, body);
    const error = await billogram
      .updateCustomer({ path: { customer_no: "10032" }, body: SEED_REQUEST })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BillogramApiError);
    expect(error).toMatchObject({
      status: 400,
      kind: "badRequest",
      code: "READ_ONLY_PARAMETER",
      providerMessage: "The field created_at is read-only",
      operationId: "updateCustomer",
      body,
    });
  });
});
