import {
  type CallOptions,
  createHostupClient,
  createHostupCore,
  type HostupApiError,
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
