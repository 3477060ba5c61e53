import {
  type CallOptions,
  createHostupClient,
  createHostupCore,
  type GetInvoiceErrorBody,
  HostupApiError,
  type HostupErrorBody,
  isHostupApiError,
  type RenewServiceResult,
  renewService,
  type SafeResult,
  type UpdateAccountArgs,
} from "@billforge/hostup";
import { describe, expectTypeOf, it } from "vitest";

const hostup = createHostupClient({ apiKey: "k" });

describe("HostUp client types", () => {
  it("types the seed calls and their results", () => {
    expectTypeOf(hostup.updateAccount({ body: { state: "Stockholm" } })).resolves.toHaveProperty("data");
    expectTypeOf(hostup.renewService({ path: { accountId: 20000 } })).resolves.toEqualTypeOf<RenewServiceResult>();
    expectTypeOf<RenewServiceResult["data"]["invoiceId"]>().toEqualTypeOf<string>();
    expectTypeOf<UpdateAccountArgs["body"]>().toMatchTypeOf<{ state?: string } | undefined>();
  });

  it("types an error's body by instanceof (every documented error body) and per operation with the guard", () => {
    const error = undefined as unknown;
    if (error instanceof HostupApiError) {
      expectTypeOf(error.body).toEqualTypeOf<HostupErrorBody>();
      expectTypeOf(error.body).not.toBeAny();
    }
    if (isHostupApiError(error, "getInvoice")) {
      expectTypeOf(error.body).toEqualTypeOf<GetInvoiceErrorBody>();
    }
    // @ts-expect-error no such operation
    isHostupApiError(error, "deleteAccount");
    // The ErrorBody schema and the 429 body, at least: a union, not unknown.
    expectTypeOf<HostupErrorBody>().not.toBeUnknown();
  });

  it("refuses a wrong body and a missing path parameter at compile time", () => {
    // @ts-expect-error state is a string
    hostup.updateAccount({ body: { state: 42 } });
    // @ts-expect-error unknown body field
    hostup.updateAccount({ body: { stat: "Stockholm" } });
    // @ts-expect-error the path parameter accountId is required
    hostup.renewService({ path: {} });
    // @ts-expect-error accountId is an integer, not a string
    hostup.renewService({ path: { accountId: "20000" } });
    // @ts-expect-error renewService takes arguments
    hostup.renewService();
    // @ts-expect-error no such operation
    hostup.deleteAccount;
  });

  it("types the non-throwing form and the standalone functions", () => {
    expectTypeOf(hostup.safe.renewService({ path: { accountId: 1 } })).resolves.toEqualTypeOf<
      SafeResult<RenewServiceResult, HostupApiError<import("@billforge/hostup").RenewServiceErrorBody>>
    >();
    const core = createHostupCore({ apiKey: "k" });
    expectTypeOf(renewService).parameter(0).toEqualTypeOf(core);
    expectTypeOf(renewService).parameter(2).toEqualTypeOf<CallOptions | undefined>();
    // @ts-expect-error apiKey is required
    createHostupClient({});
  });
});
