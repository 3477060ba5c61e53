import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import { ConfigurationError } from "@billforge/runtime";
import { describe, expect, it } from "vitest";

// What the types require, the client also refuses at run time (JavaScript callers, `as never`).
describe("a server variable whose spec default is a placeholder", () => {
  it("is required: InvoiceXpress without accountName is refused before any request", async () => {
    let sent = 0;
    const call = async () => {
      const client = createInvoiceXpressClient({
        apiKey: "test-invoicexpress-key",
        fetch: async () => {
          sent += 1;
          return new Response("{}");
        },
      } as never);
      await client.getAccount({ path: { "account-id": 1 } });
    };
    await expect(call()).rejects.toThrow(ConfigurationError);
    await expect(call()).rejects.toThrow(/accountName is required/);
    expect(sent).toBe(0);
  });
});
