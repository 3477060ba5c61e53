import { createInvoiceXpressClient, RequestValidationError } from "@billforge/invoicexpress";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capturingLogger } from "../e2e/harness/exposure.js";

/**
 * For any string as a query parameter, the URL carries exactly the operation's parameter
 * with that value and the credential beside it: a value can neither add a parameter
 * (`&api_key=…`) nor replace the key, nor end the query (`#`).
 */

const API_KEY = "property-key-1b7c";
const queryValue = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom("&", "=", "#", "?", "+", "%", "%26", "api_key", " ", ";", "é", "\ud800", "😀"),
    minLength: 1,
    maxLength: 6,
  }),
);

describe("InvoiceXpress findClientByName: any string as client_name", () => {
  it("arrives as exactly one client_name beside the untouched api_key, or is refused", async () => {
    const urls: string[] = [];
    const client = createInvoiceXpressClient({
      accountName: "acme",
      apiKey: API_KEY,
      baseUrl: "https://acme.app.invoicexpress.com",
      maxRetries: 0,
      logger: capturingLogger(),
      fetch: async (request) => {
        urls.push(request.url);
        return new Response("gone", { status: 410, headers: { "content-type": "text/plain" } });
      },
    });
    await fc.assert(
      fc.asyncProperty(queryValue, async (value) => {
        const sentBefore = urls.length;
        const error = await client.findClientByName({ query: { client_name: value } }).catch((e: unknown) => e);
        if (/\p{Surrogate}/u.test(value)) {
          // Not encodable as UTF-8: refused rather than sent altered.
          expect(error).toBeInstanceOf(RequestValidationError);
          expect(urls).toHaveLength(sentBefore);
          return;
        }
        expect(urls).toHaveLength(sentBefore + 1);
        const url = new URL(urls.at(-1) ?? "");
        expect(url.pathname).toBe("/clients/find-by-name.json");
        expect(url.hash).toBe("");
        expect([...url.searchParams.keys()].sort()).toEqual(["api_key", "client_name"]);
        expect(url.searchParams.get("client_name")).toBe(value);
        expect(url.searchParams.get("api_key")).toBe(API_KEY);
      }),
      { numRuns: 300 },
    );
  });
});
