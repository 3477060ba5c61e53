import { createHostupClient, HostupApiError } from "@billforge/hostup";
import { describe, expect, it } from "vitest";
import { recordingFetch } from "../recording-fetch.js";

// The exchanges of ../shared/seeds/000_4415fb5f66a65603.txt and 003_b64dbc06644bd398.txt,
// asserted exactly (not only snapshotted).
const API_KEY = "YOUR_API_KEY";
const REQUEST_ID = "2121ae20-bd9d-41e9-aeeb-5dd1dd1a24ba";
const TIMESTAMP = "2026-02-10T00:00:00.000Z";

function client(status: number, body: unknown) {
  const transport = recordingFetch({ status, mediaType: "application/json", body });
  return { hostup: createHostupClient({ apiKey: API_KEY, fetch: transport.fetch, maxRetries: 0 }), ...transport };
}

describe("seed 000: POST /api/account/update", () => {
  const success = {
    success: true,
    timestamp: TIMESTAMP,
    requestId: REQUEST_ID,
    data: { success: true, message: "Client details updated successfully" },
  };

  it("sends the documented curl request and parses the documented success body", async () => {
    const { hostup, requests } = client(200, success);
    const result = await hostup.updateAccount({ body: { state: "Stockholm" } });
    expect(requests).toHaveLength(1);
    const [sent] = requests;
    expect(sent?.method).toBe("POST");
    expect(sent?.url).toBe("https://cloud.hostup.se/api/account/update");
    expect(sent?.headers["x-api-key"]).toBe("YOUR_API_KEY");
    expect(sent?.headers["content-type"]).toBe("application/json");
    expect(sent?.body).toBe('{"state":"Stockholm"}');
    expect(result).toEqual(success);
  });

  it("turns the documented 401 body into a HostupApiError with code UNAUTHORIZED", async () => {
    const body = {
      code: "UNAUTHORIZED",
      error: "Unauthorized",
      message: "Authentication required",
      requestId: REQUEST_ID,
      timestamp: TIMESTAMP,
    };
    const { hostup } = client(401, body);
    const error = await hostup.updateAccount({ body: { state: "Stockholm" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostupApiError);
    expect(error).toMatchObject({
      status: 401,
      code: "UNAUTHORIZED",
      message: expect.stringContaining("Authentication required"),
      requestId: REQUEST_ID,
      operationId: "updateAccount",
      body,
    });
  });
});

describe("seed 003: POST /api/services/{accountId}/renew", () => {
  it("renews account 20000 and returns invoiceId 49961", async () => {
    const body = {
      success: true,
      timestamp: TIMESTAMP,
      requestId: REQUEST_ID,
      data: {
        success: true,
        invoiceId: "49961",
        message: "Renewal invoice generated successfully",
        info: ["Invoice sent to client", "Invoice generated"],
        serviceType: "3",
        raw: {
          success: true,
          invoice_id: "49961",
          call: "generateNextInvoice",
          server_time: 1768288786,
          info: ["Invoice sent to client", "Invoice generated"],
        },
      },
    };
    const { hostup, requests } = client(200, body);
    const result = await hostup.renewService({ path: { accountId: 20000 } });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST https://cloud.hostup.se/api/services/20000/renew",
    ]);
    expect(requests[0]?.headers["x-api-key"]).toBe(API_KEY);
    expect(result.data.invoiceId).toBe("49961");
    expect(result).toEqual(body);
  });

  it("turns the documented 500 body into a typed INTERNAL_ERROR with its message", async () => {
    const body = {
      code: "INTERNAL_ERROR",
      error: "Internal Server Error",
      message: "Could not refresh pricing for this service. Please try again later.",
      requestId: REQUEST_ID,
      timestamp: TIMESTAMP,
    };
    const { hostup, requests } = client(500, body);
    const error = await hostup.renewService({ path: { accountId: 20000 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostupApiError);
    expect(error).toMatchObject({ status: 500, kind: "server", code: "INTERNAL_ERROR", body });
    expect((error as HostupApiError).message).toContain(
      "Could not refresh pricing for this service. Please try again later.",
    );
    expect(requests).toHaveLength(1);
  });
});
