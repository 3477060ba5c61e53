import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import { describe, expect, it } from "vitest";
import { recordingFetch } from "../recording-fetch.js";

// logIn documents no security (it is how a user without an API key gets one), so a client
// can be created without a key; every other call then fails before anything is sent.
const accounts = { accounts: [{ id: 13233, name: "acme", api_key: "issued-key", state: "active" }] };

describe("InvoiceXpress without an API key", () => {
  it("logs in, sending no api_key", async () => {
    const { fetch, requests } = recordingFetch({ status: 200, mediaType: "application/json", body: accounts });
    const api = createInvoiceXpressClient({ accountName: "www", fetch });
    const body = { credentials: { login: "user@example.com", password: "secret" } };
    await expect(api.logIn({ body })).resolves.toEqual(accounts);
    expect(requests.map((r) => r.url)).toEqual(["https://www.app.invoicexpress.com/login.json"]);
  });

  it("refuses a call that needs the key, sending nothing", async () => {
    const { fetch, requests } = recordingFetch({ status: 200, mediaType: "application/json", body: {} });
    const api = createInvoiceXpressClient({ accountName: "acme", fetch });
    await expect(api.getClient({ path: { "client-id": 1 } })).rejects.toMatchObject({
      name: "ConfigurationError",
      message: "getClient needs credentials for ApiKeyAuth, and none were given: pass apiKey",
    });
    expect(requests).toHaveLength(0);
  });
});
