import { createExsitedClient, ExsitedApiError, RequestValidationError } from "@billforge/exsited";
import { describe, expect, it } from "vitest";
import { recordingFetch } from "../recording-fetch.js";
import {
  ACCESS_TOKENS,
  BASE_URL,
  CLIENT_ID,
  CLIENT_SECRET,
  REDIRECT_URI,
  TOKEN_URL,
  withTokenEndpoint,
} from "./token-endpoint.js";

// The four exchanges of ../shared/seeds/002_eb98ae4aa2eac745.txt, asserted exactly (not only
// snapshotted). The seed shows placeholder values, and UPPERCASE keys for the account
// information sample; its attribute tables and Exsited's SDKs use snake_case, so the keys
// are snake_case here and each placeholder is an instance of its kind (see
// specs/exsited/README.md, "The seed's examples").

const ACCOUNT_ID = "2YPA6C";

function client(status: number, body: unknown) {
  const recording = recordingFetch({ status, mediaType: "application/json", body });
  const transport = withTokenEndpoint(recording.fetch);
  const exsited = createExsitedClient({
    baseUrl: BASE_URL,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    fetch: transport.fetch,
    maxRetries: 0,
  });
  return { exsited, requests: recording.requests, tokenRequests: transport.tokenRequests };
}

/** The one API request a call made: PATCH, bearer token, JSON body exactly as documented. */
function expectPatch(
  requests: ReturnType<typeof client>["requests"],
  tokenRequests: ReturnType<typeof client>["tokenRequests"],
  path: string,
  body: unknown,
) {
  expect(tokenRequests).toEqual([
    {
      contentType: "application/json",
      body: {
        grant_type: "client_credentials",
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uri: REDIRECT_URI,
      },
    },
  ]);
  expect(requests).toHaveLength(1);
  const [sent] = requests;
  expect(sent?.method).toBe("PATCH");
  expect(sent?.url).toBe(`${BASE_URL}${path}`);
  expect(sent?.url).not.toBe(TOKEN_URL);
  expect(sent?.headers.authorization).toBe(`Bearer ${ACCESS_TOKENS[0]}`);
  expect(sent?.headers["content-type"]).toBe("application/json");
  expect(sent?.body).toBe(JSON.stringify(body));
}

describe("seed 002, Update Account Information: PATCH /accounts/{account_id}/information", () => {
  const request = {
    account: {
      name: "Jane Citizen",
      email_address: "jane.citizen@example.com",
      grant_portal_access: "true",
      display_name: "Jane Citizen",
      description: "Wholesale customer since 2024",
    },
  };
  const response = {
    account: {
      status: "ACTIVE",
      id: ACCOUNT_ID,
      name: "Jane Citizen",
      display_name: "Jane Citizen",
      description: "Wholesale customer since 2024",
      invoice_parent_account: "false",
      type: "CUSTOMER",
      email_address: "jane.citizen@example.com",
      user_team: {},
      image_uri: "https://example.exsited.com/images/accounts/2YPA6C.png",
      custom_forms: { uuid: "401ee42b-5d6e-4a7b-9c8d-0e1f2a3b4c5d", name: "Default Account Form" },
      currency: {
        uuid: "4f444464-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
        name: "AUD",
        link: "https://example.exsited.com/api/v2/currencies/4f444464-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
      },
      time_zone: {
        uuid: "990e82c3-3b4c-4d5e-9f6a-8b9c0d1e2f3a",
        name: "Australia/Melbourne",
        link: "https://example.exsited.com/api/v2/timezones/990e82c3-3b4c-4d5e-9f6a-8b9c0d1e2f3a",
      },
      grant_portal_access: "true",
      tax: {
        uuid: "58a36f3d-4c5d-4e6f-a07b-9c0d1e2f3a4b",
        code: "NO TAX",
        rate: "0",
        link: "https://example.exsited.com/api/v3/taxes/58a36f3d-4c5d-4e6f-a07b-9c0d1e2f3a4b",
      },
      accounting_code: {},
      communication_preference: [{ media: "EMAIL", is_enabled: "true" }],
      website: "https://www.example.com",
      linkedin: "https://www.linkedin.com/company/example",
      twitter: "https://twitter.com/example",
      facebook: "https://www.facebook.com/example",
      kpis: {},
      created_by: "Implementer",
      created_on: "2025-06-16T09:30:00Z",
      last_updated_by: "Alex Admin",
      last_updated_on: "2025-06-17T11:45:00Z",
      uuid: "d5b596aa-1c2e-4f6a-8b3d-7e9f0a1b2c3d",
      version: "8",
      custom_attributes: [],
      custom_objects: [],
    },
  };

  it("sends the documented body and parses the documented answer", async () => {
    const { exsited, requests, tokenRequests } = client(200, response);
    const result = await exsited.updateAccountInformation({ path: { account_id: ACCOUNT_ID }, body: request });
    expectPatch(requests, tokenRequests, "/api/v3/accounts/2YPA6C/information", request);
    expect(result).toEqual(response);
    expect(result.account.grant_portal_access).toBe("true");
    expect(result.account.communication_preference?.[0]?.is_enabled).toBe("true");
  });

  it("refuses the sample's literal UPPERCASE keys before anything is sent", async () => {
    const { exsited, requests, tokenRequests } = client(200, response);
    const uppercase = { ACCOUNT: { NAME: "Jane Citizen" } };
    const error = await exsited
      // @ts-expect-error the UPPERCASE keys of Exsited's sample are placeholders, not the wire format
      .updateAccountInformation({ path: { account_id: ACCOUNT_ID }, body: uppercase })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(requests).toHaveLength(0);
    expect(tokenRequests).toHaveLength(0);
  });

  it("turns an error body into an ExsitedApiError with the first error's code and message", async () => {
    const body = { errors: [{ code: "NOT_FOUND", message: "Account 2YPA6C not found" }] };
    const { exsited } = client(404, body);
    const error = await exsited
      .updateAccountInformation({ path: { account_id: ACCOUNT_ID }, body: request })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExsitedApiError);
    expect(error).toMatchObject({
      status: 404,
      kind: "notFound",
      code: "NOT_FOUND",
      providerMessage: "Account 2YPA6C not found",
      messages: ["Account 2YPA6C not found"],
      operationId: "updateAccountInformation",
      body,
    });
  });
});

describe("seed 002, Update Partial Contact Fields: PATCH /accounts/{id}/contacts/{contact_type}", () => {
  const phone = (number: string, doNotCall: string, areaCode = "03") => ({
    country_code: "+61",
    area_code: areaCode,
    number,
    do_not_call: doNotCall,
  });
  const request = {
    account: {
      contact: {
        salutation: "Ms.",
        designation: "Finance Manager",
        first_name: "Jane",
        middle_name: "Maree",
        last_name: "Citizen",
        email: { address: "jane.citizen@example.com", do_not_email: "false" },
        address_line_1: "Level 5",
        address_line_2: "123 Collins Street",
        post_code: "3000",
        city: "Melbourne",
        state: "Victoria",
        country: "Australia",
        phone: phone("96541234", "false"),
        fax: phone("96545678", "true"),
        mobile: phone("12345678", "false", "4"),
        receive_billing_information: "true",
      },
    },
  };
  const response = {
    account: {
      contacts: {
        type: "CONTACT_1",
        type_display_name: "Contact 1",
        billing_contact: "true",
        shipping_contact: "false",
        salutation: { id: 3, name: "Ms.", link: "https://example.exsited.com/api/v3/settings/salutations/3" },
        designation: {
          id: 7,
          name: "Finance Manager",
          link: "https://example.exsited.com/api/v3/settings/designations/7",
        },
        first_name: "Jane",
        middle_name: "Maree",
        last_name: "Citizen",
        email: { address: "jane.citizen@example.com", do_not_email: "false" },
        address_line_1: "Level 5",
        address_line_2: "123 Collins Street",
        address_line_3: "",
        address_line_4: "",
        address_line_5: "",
        post_code: "3000",
        city: "Melbourne",
        state: "Victoria",
        country: "Australia",
        phone: { ...phone("96541234", "false"), full: "+61 03 96541234" },
        fax: { ...phone("96545678", "true"), full: "+61 03 96545678" },
        mobile: { ...phone("12345678", "false", "4"), full: "+61 4 12345678" },
        receive_billing_information: "true",
        created_by: "Implementer",
        created_on: "2025-06-16T09:30:00Z",
        last_updated_by: "Alex Admin",
        last_updated_on: "2025-06-17T11:45:00Z",
        uuid: "2f6b8d0e-4a1c-4e3b-8d5f-7a9c1e3b5d7f",
        version: "3",
        custom_attributes: [],
      },
      id: ACCOUNT_ID,
    },
  };

  it("sends the documented body and parses the documented answer", async () => {
    const { exsited, requests, tokenRequests } = client(200, response);
    const result = await exsited.updateAccountContact({
      path: { id: ACCOUNT_ID, contact_type: "CONTACT_1" },
      body: request,
    });
    expectPatch(requests, tokenRequests, "/api/v3/accounts/2YPA6C/contacts/CONTACT_1", request);
    expect(result).toEqual(response);
    expect(result.account.contacts.salutation?.id).toBe(3);
    expect(result.account.contacts.phone?.full).toBe("+61 03 96541234");
  });
});

describe("seed 002, Partially Update Address of an Account: PATCH /accounts/{id}/addresses/{uuid}", () => {
  const uuid = "6864c809-db5d-4681-a5a1-795deff9364f";
  const request = {
    account: {
      address: {
        address_line_5: "Attn: Accounts Payable",
        address_line_2: "123 Collins Street",
        post_code: "3000",
        city: "Melbourne",
        state: "Victoria",
        country: "Australia",
        isDefaultBilling: "true",
      },
    },
  };
  const response = {
    account: {
      id: ACCOUNT_ID,
      addresses: {
        address_line_1: "Level 5",
        address_line_2: "123 Collins Street",
        address_line_3: "",
        address_line_4: "",
        address_line_5: "Attn: Accounts Payable",
        city: "Melbourne",
        country: "Australia",
        isDefaultBilling: "true",
        isDefaultShipping: "false",
        post_code: "3000",
        state: "Victoria",
        uuid,
      },
    },
  };

  it("sends the documented body and parses the documented answer", async () => {
    const { exsited, requests, tokenRequests } = client(200, response);
    const result = await exsited.updateAccountAddress({ path: { id: ACCOUNT_ID, uuid }, body: request });
    expectPatch(requests, tokenRequests, `/api/v3/accounts/2YPA6C/addresses/${uuid}`, request);
    expect(result).toEqual(response);
    expect(result.account.addresses.isDefaultBilling).toBe("true");
  });
});

describe("seed 002, Update Payment Method by Reference: PATCH /accounts/{account_id}/payment-methods/{reference}", () => {
  const request = {
    account: {
      payment_method: {
        default: "true",
        use_for_specified_orders: "true",
        specified_orders: [{ order_id: "ORD-2YPA6C-0001" }],
      },
    },
  };
  const response = {
    account: {
      id: ACCOUNT_ID,
      payment_method: {
        processor_type: "DIRECT_CREDIT",
        status: "ACTIVE",
        default: "true",
        processor: {
          uuid: "5e1a3c7b-9d2f-4b6e-8a0c-2d4f6b8e0a1c",
          name: "SecurePay",
          link: "https://example.exsited.com/api/v3/settings/payment-processors/5e1a3c7b-9d2f-4b6e-8a0c-2d4f6b8e0a1c",
        },
        card_type: "Visa",
        card_number: "4242",
        expiry_month: "12",
        expiry_year: "2027",
        card_cvv: "***",
        reference: "visa-4242",
        payment_count: "3",
        use_for_specified_orders: "true",
        specified_orders: "ORD-2YPA6C-0001",
        created_by: "Implementer",
        last_updated_by: "Alex Admin",
        created_on: "2025-06-16T09:30:00Z",
        last_updated_on: "2025-06-17T11:45:00Z",
        uuid: "9b7e5d3c-1a2f-4c6e-8d0b-4f6a8c0e2b4d",
        version: "2",
      },
    },
  };

  it("sends the documented body and parses the documented answer", async () => {
    const { exsited, requests, tokenRequests } = client(200, response);
    const result = await exsited.updateAccountPaymentMethod({
      path: { account_id: ACCOUNT_ID, reference: "visa-4242" },
      body: request,
    });
    expectPatch(requests, tokenRequests, "/api/v3/accounts/2YPA6C/payment-methods/visa-4242", request);
    expect(result).toEqual(response);
  });

  it("also accepts specified_orders answered as a list, as the SDK reads it", async () => {
    const listed = {
      account: {
        ...response.account,
        payment_method: { ...response.account.payment_method, specified_orders: [{ order_id: "ORD-2YPA6C-0001" }] },
      },
    };
    const { exsited } = client(200, listed);
    await expect(
      exsited.updateAccountPaymentMethod({ path: { account_id: ACCOUNT_ID, reference: "visa-4242" }, body: request }),
    ).resolves.toEqual(listed);
  });
});
