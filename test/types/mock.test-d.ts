import { mockBillogram } from "@billforge/billogram/testing";
import type { HostupClientOptions } from "@billforge/hostup";
import { type HostupMock, mockHostup } from "@billforge/hostup/testing";
import { mockInvoiceXpress } from "@billforge/invoicexpress/testing";
import { describe, expectTypeOf, it } from "vitest";

const hostup = mockHostup();
const errorBody = { code: "NOT_FOUND", error: "Not Found", message: "No invoice", requestId: "r", timestamp: "t" };

describe("typed overrides of the testing entry", () => {
  it("takes each operation's documented statuses with their documented bodies", () => {
    hostup.on.getInvoice({ status: 404, body: errorBody });
    hostup.on.getInvoice({ status: 404 });
    hostup.on.getInvoice(({ path }) => {
      expectTypeOf(path.id).toEqualTypeOf<number>();
      return { status: 404, body: { ...errorBody, message: `no invoice ${path.id}` } };
    });
    // An outage the spec does not document is allowed for retry tests.
    hostup.on.getAccountDetails({ status: 503 }, { times: 2 });
    hostup.on.getAccountDetails({ fault: "drop" });
    hostup.on.getAccountDetails({ fault: "lose-answer", answer: { status: 200 } });
  });

  it("refuses an undocumented status or a body that breaks the schema", () => {
    // @ts-expect-error 418 is not documented for getInvoice
    hostup.on.getInvoice({ status: 418 });
    // @ts-expect-error 201 is not documented either (200 is)
    hostup.on.getAccountDetails({ status: 201 });
    // @ts-expect-error the 404 body needs a string message
    hostup.on.getInvoice({ status: 404, body: { ...errorBody, message: 42 } });
    // @ts-expect-error the 404 body is an ErrorBody, not an invoice list
    hostup.on.getInvoice({ status: 404, body: { invoices: [] } });
    // @ts-expect-error a handler must answer with a documented status
    hostup.on.getInvoice(() => ({ status: 302 }));
    // @ts-expect-error no such operation
    hostup.on.getInvoices({ status: 200 });
    // @ts-expect-error renewService documents its 500 body: it is typed, not free
    hostup.on.renewService({ status: 500, body: { error: "x" } });
    // @ts-expect-error the fault kinds are drop and lose-answer
    hostup.on.getAccountDetails({ fault: "explode" });
  });

  it("types the request a handler receives from the spec", () => {
    mockBillogram().on.addBillingTabItems(({ path, body }) => {
      expectTypeOf(path.customer_no).toEqualTypeOf<number>();
      expectTypeOf(body.billogram_item.title).toEqualTypeOf<string | undefined>();
      return { status: 200 };
    });
  });

  it("gives the client options and only the paginated operations to paginate", () => {
    expectTypeOf(hostup.clientOptions.apiKey).toEqualTypeOf<string>();
    expectTypeOf(hostup.clientOptions.fetch).toEqualTypeOf<NonNullable<HostupClientOptions["fetch"]>>();
    expectTypeOf<Parameters<HostupMock["paginate"]>[0]>().toEqualTypeOf<"filterInvoices">();
    const invoicexpress = mockInvoiceXpress();
    invoicexpress.paginate("listClients", []);
    // @ts-expect-error getClient is not paginated
    invoicexpress.paginate("getClient", []);
  });
});
