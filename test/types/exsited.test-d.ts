import {
  type CallOptions,
  createExsitedClient,
  createExsitedCore,
  type ExsitedApiError,
  type ExsitedClientOptions,
  type ListAccountsItem,
  type SafeResult,
  type UpdateAccountAddressArgs,
  type UpdateAccountInformationArgs,
  type UpdateAccountInformationErrorBody,
  type UpdateAccountInformationResult,
  type UpdateAccountPaymentMethodResult,
  updateAccountInformation,
} from "@billforge/exsited";
import { describe, expectTypeOf, it } from "vitest";

const options = {
  baseUrl: "https://example.exsited.com",
  clientId: "id",
  clientSecret: "secret",
  redirectUri: "https://app.example.com/cb",
};
const exsited = createExsitedClient(options);
const path = { account_id: "2YPA6C" };

describe("Exsited client types", () => {
  it("requires baseUrl (no documented server) and every OAuth2 credential", () => {
    expectTypeOf<ExsitedClientOptions["baseUrl"]>().toEqualTypeOf<string>();
    expectTypeOf<ExsitedClientOptions["redirectUri"]>().toEqualTypeOf<string>();
    const { baseUrl: _b, ...noBaseUrl } = options;
    const { clientId: _i, ...noClientId } = options;
    const { clientSecret: _s, ...noClientSecret } = options;
    const { redirectUri: _r, ...noRedirectUri } = options;
    // @ts-expect-error baseUrl is required: each Exsited tenant has its own host
    createExsitedClient(noBaseUrl);
    // @ts-expect-error clientId is required
    createExsitedClient(noClientId);
    // @ts-expect-error clientSecret is required
    createExsitedClient(noClientSecret);
    // @ts-expect-error redirectUri is required (sent as redirect_uri in the token request)
    createExsitedClient(noRedirectUri);
    // @ts-expect-error a ready-made access token is not an option of this client
    createExsitedClient({ ...options, accessToken: "t" });
    // @ts-expect-error there are no named servers to choose from
    createExsitedClient({ ...options, server: "production" });
  });

  it("types the seed calls, their wrapped bodies and results", () => {
    expectTypeOf(
      exsited.updateAccountInformation({ path, body: { account: { name: "Jane", grant_portal_access: "true" } } }),
    ).resolves.toEqualTypeOf<UpdateAccountInformationResult>();
    expectTypeOf<UpdateAccountInformationResult["account"]["grant_portal_access"]>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<UpdateAccountInformationArgs["path"]>().toEqualTypeOf<{ account_id: string }>();
    expectTypeOf<UpdateAccountAddressArgs["path"]>().toEqualTypeOf<{ id: string; uuid: string }>();
    expectTypeOf<UpdateAccountPaymentMethodResult["account"]["payment_method"]["specified_orders"]>().toEqualTypeOf<
      string | (string | { order_id: string })[] | undefined
    >();
    expectTypeOf<ListAccountsItem["id"]>().toEqualTypeOf<string>();
  });

  it("refuses a wrong PATCH body at compile time", () => {
    // @ts-expect-error flags are the strings "true"/"false", not booleans
    exsited.updateAccountInformation({ path, body: { account: { grant_portal_access: true } } });
    // @ts-expect-error the body is wrapped in `account`
    exsited.updateAccountInformation({ path, body: { name: "Jane" } });
    // @ts-expect-error the sample's UPPERCASE keys are placeholders, not the wire format
    exsited.updateAccountInformation({ path, body: { ACCOUNT: { NAME: "Jane" } } });
    // @ts-expect-error unknown field in the account information
    exsited.updateAccountInformation({ path, body: { account: { full_name: "Jane" } } });
    // @ts-expect-error the contact lives under account.contact
    exsited.updateAccountContact({ path: { id: "2YPA6C", contact_type: "CONTACT_1" }, body: { contact: {} } });
    exsited.updateAccountAddress({
      path: { id: "2YPA6C", uuid: "6864c809-db5d-4681-a5a1-795deff9364f" },
      // @ts-expect-error the default flags are camelCase strings (isDefaultBilling)
      body: { account: { address: { is_default_billing: true } } },
    });
    exsited.updateAccountPaymentMethod({
      path: { account_id: "2YPA6C", reference: "visa-4242" },
      // @ts-expect-error specified_orders are {order_id} objects in requests
      body: { account: { payment_method: { specified_orders: ["ORD-1"] } } },
    });
    // @ts-expect-error the seed route names the path parameter account_id, not id
    exsited.updateAccountInformation({ path: { id: "2YPA6C" }, body: { account: {} } });
    // @ts-expect-error the body is required
    exsited.updateAccountInformation({ path });
  });

  it("types the non-throwing form and the standalone functions", () => {
    expectTypeOf(exsited.safe.updateAccountInformation({ path, body: { account: {} } })).resolves.toEqualTypeOf<
      SafeResult<UpdateAccountInformationResult, ExsitedApiError<UpdateAccountInformationErrorBody>>
    >();
    const core = createExsitedCore(options);
    expectTypeOf(updateAccountInformation).parameter(0).toEqualTypeOf(core);
    expectTypeOf(updateAccountInformation).parameter(2).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(exsited.iterateListAccounts({ query: { limit: 50 } })).toEqualTypeOf<
      AsyncIterableIterator<ListAccountsItem>
    >();
    // @ts-expect-error direction is asc or desc
    exsited.listAccounts({ query: { direction: "up" } });
  });
});
