import { createInvoiceXpressClient, InvoiceXpressApiError } from "@billforge/invoicexpress";
import { decodeXml } from "@billforge/xml";
import { describe, expect, it } from "vitest";
import { type CannedResponse, recordingFetch } from "../recording-fetch.js";
import { xmlMappingOf } from "./xml-body.js";

// The exchange of ../shared/seeds/004_499ba79c52278c1e.txt (accounts.update), asserted
// exactly in both formats. The documents are copied from the seed verbatim.
const API_KEY = "seed-api-key-0f3b";
const ACCOUNT_ID = 13233;

const SEED_XML_BODY =
  "<account><organization_name>SWAT</organization_name> <fiscal_id>508025339</fiscal_id> <address>Saldanha</address> <postal_code>1500-555</postal_code> <city>Lisboa</city> <email>swat@weareswat.com</email> <terms>1</terms> <credentials><username>123456789/1</username> <password>cGFzc3dvcmQ=</password> <context>Sequences</context> <type>AT</type></credentials></account>";

const SEED_JSON_BODY = `{
  "account": {
    "organization_name": "SWAT",
    "fiscal_id": "508025339",
    "address": "Saldanha",
    "postal_code": "1500-555",
    "city": "Lisboa",
    "email": "swat@weareswat.com",
    "terms": 1,
    "credentials": {
      "username": "123456789/1",
      "password": "cGFzc3dvcmQ=",
      "context": "Sequences",
      "type": "AT"
    }
  }
}`;

/** The seed's eight 422 bodies, whitespace and all. */
const SEED_422_BODIES = [
  "<errors>\n <error>Postal Code must have the following format DDDD-DDD</error>\n</errors>",
  "<errors>\n <error>Vat Number can't be changed</error>\n</errors>",
  "<errors>\n  <error>Vat Number is already used in another account</error>\n</errors>",
  "<errors>\n  <error>Username is not valid.</error>\n</errors>",
  "<errors>\n  <error>Password is not valid.</error>\n</errors>",
  "<errors>\n  <error>Username doesn't match required format.</error>\n</errors>",
  "<errors>\n  <error>Credential type is invalid.</error>\n</errors>",
  "<errors>\n  <error>Credential context is invalid.</error>\n</errors>",
];

type SeedBody = { account: Record<string, unknown> & { credentials: Record<string, unknown> } };

/** What a caller passes: the seed's JSON document, which the XML one also decodes to (terms aside). */
const seedAccount = (terms: string | number): SeedBody => {
  const { account } = JSON.parse(SEED_JSON_BODY) as SeedBody;
  return { account: { ...account, terms } };
};

function client(format: "json" | "xml", answer: CannedResponse) {
  const transport = recordingFetch(answer);
  const api = createInvoiceXpressClient({
    accountName: "acme",
    apiKey: API_KEY,
    format,
    fetch: transport.fetch,
    maxRetries: 0,
  });
  return { api, requests: transport.requests };
}

const update = (api: ReturnType<typeof client>["api"], terms: string | number = "1") =>
  api.updateAccount({ path: { "account-id": ACCOUNT_ID }, body: seedAccount(terms) as never });

describe("seed 004: PUT /api/accounts/{account-id}/update.xml", () => {
  it("sends Content-Type application/xml; charset=utf-8 and the seed's <account> body, elements in the documented order", async () => {
    const { api, requests } = client("xml", { status: 200, mediaType: "application/xml", body: "" });
    await expect(update(api)).resolves.toBeUndefined();
    expect(requests).toHaveLength(1);
    const [sent] = requests;
    expect(sent?.method).toBe("PUT");
    expect(sent?.url).toBe(
      `https://acme.app.invoicexpress.com/api/accounts/${ACCOUNT_ID}/update.xml?api_key=${API_KEY}`,
    );
    expect(sent?.headers["content-type"]).toBe("application/xml; charset=utf-8");
    // The seed separates elements with spaces; the encoder writes none. Nothing else differs.
    expect(sent?.body).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${SEED_XML_BODY.replaceAll("> <", "><")}`);
  });

  it("reads the seed's XML body back as the value it sends", () => {
    expect(decodeXml(SEED_XML_BODY, xmlMappingOf("updateAccount.request"))).toEqual(seedAccount("1"));
  });

  it.each(SEED_422_BODIES)(
    "turns the 422 body %j into an InvoiceXpressApiError listing its <error> text",
    async (xml) => {
      const { api } = client("xml", { status: 422, mediaType: "application/xml; charset=utf-8", body: xml });
      const error = await update(api).catch((e: unknown) => e);
      const text = /<error>(.*)<\/error>/.exec(xml)![1]!;
      expect(error).toBeInstanceOf(InvoiceXpressApiError);
      expect(error).toMatchObject({
        status: 422,
        kind: "unprocessable",
        operationId: "updateAccount",
        messages: [text],
        providerMessage: text,
        body: { errors: [text] },
      });
    },
  );

  it("keeps every message of a 422 that lists several", async () => {
    const xml = "<errors><error>Terms and Conditions must be accepted</error><error>Email is invalid</error></errors>";
    const { api } = client("xml", { status: 422, mediaType: "application/xml", body: xml });
    const error = await update(api).catch((e: unknown) => e);
    expect(error).toMatchObject({
      messages: ["Terms and Conditions must be accepted", "Email is invalid"],
      providerMessage: "Terms and Conditions must be accepted; Email is invalid",
    });
  });

  it.each([
    [401, "<errors><error>Invalid API key</error></errors>", "unauthorized"],
    [404, "<errors><error>The account doesn't exist.</error></errors>", "notFound"],
  ])("turns a %i into a typed error", async (status, xml, kind) => {
    const { api } = client("xml", { status, mediaType: "application/xml", body: xml });
    const error = await update(api).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvoiceXpressApiError);
    expect(error).toMatchObject({ status, kind, messages: [/<error>(.*)<\/error>/.exec(xml)![1]] });
    expect(JSON.stringify(error)).not.toContain(API_KEY);
    expect(String((error as Error).message)).not.toContain(API_KEY);
  });

  it("treats a whitespace-only 200 body (as InvoiceXpress sends for some updates) as no body", async () => {
    const { api } = client("xml", { status: 200, mediaType: "application/xml", body: "  \n" });
    await expect(update(api)).resolves.toBeUndefined();
  });
});

describe("seed 004: PUT /api/accounts/{account-id}/update.json", () => {
  it("sends the seed's JSON body", async () => {
    const { api, requests } = client("json", { status: 200, mediaType: "application/json", body: undefined });
    await expect(update(api, 1)).resolves.toBeUndefined();
    const [sent] = requests;
    expect(sent?.url).toBe(
      `https://acme.app.invoicexpress.com/api/accounts/${ACCOUNT_ID}/update.json?api_key=${API_KEY}`,
    );
    expect(sent?.headers["content-type"]).toBe("application/json");
    expect(sent?.body).toBe(JSON.stringify(JSON.parse(SEED_JSON_BODY)));
  });

  it("turns the documented JSON 401 into a typed error", async () => {
    const body = { errors: { error: "Invalid API key" } };
    const { api } = client("json", { status: 401, mediaType: "application/json", body });
    const error = await update(api, 1).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, messages: ["Invalid API key"], providerMessage: "Invalid API key" });
  });

  it.each([
    ["a username without the sub-user number", { username: "123456789/" }],
    ["a username that is not nine digits", { username: "12345678/1" }],
    ["a password that is not Base64", { password: "pass word" }],
    ["a credential type other than AT", { type: "at" }],
    ["a context other than Sequences", { context: "sequences" }],
  ])("refuses %s before sending anything", async (_, change) => {
    const { api, requests } = client("json", { status: 200, mediaType: "application/json", body: undefined });
    const body = seedAccount(1);
    body.account.credentials = { ...body.account.credentials, ...change };
    const error = await api
      .updateAccount({ path: { "account-id": ACCOUNT_ID }, body: body as never })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RequestValidationError" });
    expect(requests).toHaveLength(0);
  });
});
