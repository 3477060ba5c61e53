import {
  createInvoiceXpressClient,
  type InvoiceXpressApiError,
  type InvoiceXpressClientOptions,
  type ListInvoicesItem,
  type ListInvoicesResult,
  type UpdateAccountArgs,
  type UpdateAccountErrorBody,
} from "@billforge/invoicexpress";
import { describe, expectTypeOf, it } from "vitest";

const api = createInvoiceXpressClient({ accountName: "acme", apiKey: "key", format: "xml" });
const credentials = { username: "123456789/1", password: "cGFzc3dvcmQ=" };
const account = { organization_name: "SWAT", email: "swat@weareswat.com", terms: 1 as const, credentials };

describe("InvoiceXpress client types", () => {
  it("takes the format as a client option, json or xml, never per call", () => {
    expectTypeOf<InvoiceXpressClientOptions["format"]>().toEqualTypeOf<"json" | "xml" | undefined>();
    // @ts-expect-error only json and xml exist
    createInvoiceXpressClient({ apiKey: "key", format: "yaml" });
    // The key is optional only because logIn, which hands out keys, needs none.
    expectTypeOf<InvoiceXpressClientOptions["apiKey"]>().toEqualTypeOf<string | undefined>();
    // The path's format segment is the client's: a call need not give it.
    expectTypeOf<{ "account-id": number }>().toMatchTypeOf<UpdateAccountArgs["path"]>();
  });

  it("requires the account name: the spec's default host is a placeholder", () => {
    expectTypeOf<InvoiceXpressClientOptions["accountName"]>().toEqualTypeOf<string>();
    // @ts-expect-error accountName is required
    createInvoiceXpressClient({ apiKey: "key" });
  });

  it("types the seed's account update and refuses its required fields missing", () => {
    api.updateAccount({ path: { "account-id": 1 }, body: { account } });
    const { email: _e, ...noEmail } = account;
    // @ts-expect-error email is required
    api.updateAccount({ path: { "account-id": 1 }, body: { account: noEmail } });
    // @ts-expect-error the account id is a number
    api.updateAccount({ path: { "account-id": "1" }, body: { account } });
    // @ts-expect-error credentials need a password
    api.updateAccount({ path: { "account-id": 1 }, body: { account: { ...account, credentials: { username: "1" } } } });
  });

  it("gives error bodies of both formats: JSON shapes and the XML message list", () => {
    expectTypeOf<{ errors: string[] }>().toMatchTypeOf<UpdateAccountErrorBody>();
    expectTypeOf<{ errors: { error: string }[] }>().toMatchTypeOf<UpdateAccountErrorBody>();
    expectTypeOf<InvoiceXpressApiError["messages"]>().toEqualTypeOf<readonly string[]>();
  });

  it("iterates documents with pagination typed in both formats", () => {
    expectTypeOf(api.iterateListInvoices()).toEqualTypeOf<AsyncIterableIterator<ListInvoicesItem>>();
    expectTypeOf<NonNullable<ListInvoicesResult["pagination"]>["total_pages"]>().toEqualTypeOf<number>();
  });
});
