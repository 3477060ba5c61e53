import { Buffer } from "node:buffer";
import { fileURLToPath } from "node:url";
import { BillogramApiError, createBillogramClient } from "@billforge/billogram";
import { createExsitedClient, ExsitedApiError } from "@billforge/exsited";
import { createHostupClient, HostupApiError } from "@billforge/hostup";
import { createInvoiceXpressClient, InvoiceXpressApiError } from "@billforge/invoicexpress";
import type { ApiError, CallOptions, ClientOptionsBase } from "@billforge/runtime";
import { type ContractCase, contractCases } from "../../contract/contract-cases.js";
import { type Answer, type Behaviour, type RecordedRequest, startTestServer } from "../../support/test-server.js";
import { startExsitedServer, type TenantCredentials } from "../exsited-token-server.js";

/** How the fault server answers: one behaviour per request that reaches the API. */
export type Script = (request: RecordedRequest, index: number) => Behaviour;

/** A running local stand-in for one provider. */
export interface ProviderServer {
  readonly url: string;
  /** API requests that reached the server (token requests not counted). */
  readonly requests: readonly RecordedRequest[];
  /** Token requests, for providers that fetch tokens. */
  readonly tokenRequests: number;
  /** Credentials the server handed out (access tokens): as secret as the configured ones. */
  readonly issuedSecrets: readonly string[];
  close(): Promise<void>;
}

/** One operation as the harness calls it: by name, with example arguments, answered with its example. */
export interface OperationUnderTest {
  readonly id: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly success: Answer;
}

/** Options every generated client takes; the server is always the local one. */
export type HarnessOptions = Omit<ClientOptionsBase, "baseUrl" | "server" | "serverVariables">;

/** A client method as the harness sees it: the generated client's typing is not needed here. */
type Method = (args: unknown, options?: CallOptions) => Promise<unknown>;
type AnyClient = object;

export interface ProviderUnderTest {
  readonly name: string;
  readonly errorClass: abstract new (...args: never[]) => ApiError;
  /** Has an XML mode (InvoiceXpress's `format: "xml"`). */
  readonly speaksXml: boolean;
  /** Every configured credential, in each form it is sent in. */
  readonly secrets: readonly string[];
  start(script: Script): Promise<ProviderServer>;
  client(url: string, options: HarnessOptions, format?: "json" | "xml"): AnyClient;
  /** Safe to send twice. */
  readonly idempotent: OperationUnderTest;
  /** Creates something: never sent again once it may have been received. */
  readonly nonIdempotent: OperationUnderTest;
  /** Creates something, but an idempotency key header lets the provider deduplicate. */
  readonly keyed?: OperationUnderTest & { readonly keyHeader: string };
  /** A GET with a string path parameter, for hostile path values; `path` is its template below the base URL. */
  readonly pathProbe: {
    readonly id: string;
    readonly param: string;
    readonly path: string;
  };
}

export function call(client: AnyClient, id: string, args: unknown, options?: CallOptions): Promise<unknown> {
  const method = (client as Record<string, Method | undefined>)[id];
  if (typeof method !== "function") {
    throw new Error(`client has no operation ${id}`);
  }
  return method.call(client, args, options);
}

export const specFile = (provider: string) =>
  fileURLToPath(new URL(`../../../specs/${provider}/openapi.yaml`, import.meta.url));

/** The operation's first success example, with the example arguments the contract tests use. */
export async function exampleOperations(provider: string) {
  const cases = await contractCases(specFile(provider), provider);
  return (
    id: string,
    adjust: (args: Record<string, unknown>) => Record<string, unknown> = (a) => a,
  ): OperationUnderTest => {
    const found = cases.find((c: ContractCase) => c.operation.id === id && c.response.status < 300);
    if (!found) {
      throw new Error(`${provider} has no success example for ${id}`);
    }
    const { status, mediaType, body } = found.response;
    return {
      id,
      args: adjust(structuredClone(found.args)),
      success: {
        status,
        headers: mediaType === undefined ? {} : { "content-type": mediaType },
        body: JSON.stringify(body),
      },
    };
  };
}

async function plainServer(script: Script): Promise<ProviderServer> {
  const server = await startTestServer(script);
  return { url: server.url, requests: server.requests, tokenRequests: 0, issuedSecrets: [], close: server.close };
}

const HOSTUP_KEY = "e2e-hostup-key-4c1f9a";
const hostupOps = await exampleOperations("hostup");
const hostup: ProviderUnderTest = {
  name: "hostup",
  errorClass: HostupApiError,
  speaksXml: false,
  secrets: [HOSTUP_KEY],
  start: plainServer,
  client: (url, options) => createHostupClient({ ...options, apiKey: HOSTUP_KEY, baseUrl: `${url}/api` }),
  idempotent: hostupOps("getInvoice"),
  nonIdempotent: hostupOps("renewService"),
  pathProbe: { id: "getPaymentLink", param: "uuid", path: "/api/billing/payment-link/{uuid}" },
};

const BILLOGRAM_USER = "e2e-billogram-user-22";
const BILLOGRAM_KEY = "e2e-billogram-key-9e0d7b";
const billogramOps = await exampleOperations("billogram");
const billogram: ProviderUnderTest = {
  name: "billogram",
  errorClass: BillogramApiError,
  speaksXml: false,
  secrets: [BILLOGRAM_KEY, Buffer.from(`${BILLOGRAM_USER}:${BILLOGRAM_KEY}`).toString("base64")],
  start: plainServer,
  client: (url, options) =>
    createBillogramClient({ ...options, apiUser: BILLOGRAM_USER, apiKey: BILLOGRAM_KEY, baseUrl: `${url}/api/v2` }),
  idempotent: billogramOps("getCustomer"),
  nonIdempotent: billogramOps("createBillogram"),
  keyed: {
    // Without a caller-given key: the client generates one per call and repeats it on retries.
    ...billogramOps("addBillingTabItems", ({ headers: _headers, ...args }) => args),
    keyHeader: "x-api-deduplication-id",
  },
  pathProbe: { id: "getCustomer", param: "customer_no", path: "/api/v2/customer/{customer_no}" },
};

const EXSITED: TenantCredentials = {
  clientId: "e2e-exsited-client-31",
  clientSecret: "e2e-exsited-secret-b7a2c4",
  redirectUri: "https://app.example.com/oauth/callback",
};
const exsitedOps = await exampleOperations("exsited");
const exsited: ProviderUnderTest = {
  name: "exsited",
  errorClass: ExsitedApiError,
  speaksXml: false,
  secrets: [EXSITED.clientSecret],
  async start(script) {
    const requests: RecordedRequest[] = [];
    // Only requests whose token the tenant accepted reach `script`: those are the API requests.
    const counted: Script = (request, index) => {
      requests.push(request);
      return script(request, index);
    };
    const tenant = await startExsitedServer({ credentials: EXSITED, api: counted });
    return {
      url: tenant.url,
      requests,
      get tokenRequests() {
        return tenant.tokenRequests.length;
      },
      issuedSecrets: tenant.issued,
      close: tenant.close,
    };
  },
  client: (url, options) => createExsitedClient({ ...options, ...EXSITED, baseUrl: url }),
  idempotent: exsitedOps("getAccount"),
  nonIdempotent: exsitedOps("createAccount"),
  pathProbe: { id: "getAccount", param: "id", path: "/api/v3/accounts/{id}" },
};

const INVOICEXPRESS_KEY = "e2e-invoicexpress-key-60f3e1";
/** The format comes from the client option, so one argument set serves the JSON and the XML client. */
const withoutFormat = ({ path, ...args }: Record<string, unknown>) => {
  const { format: _format, ...rest } = (path ?? {}) as Record<string, unknown>;
  return Object.keys(rest).length === 0 ? args : { ...args, path: rest };
};
const invoicexpressOps = await exampleOperations("invoicexpress");
const invoicexpress: ProviderUnderTest = {
  name: "invoicexpress",
  errorClass: InvoiceXpressApiError,
  speaksXml: true,
  secrets: [INVOICEXPRESS_KEY],
  start: plainServer,
  client: (url, options, format = "json") =>
    createInvoiceXpressClient({ ...options, accountName: "acme", apiKey: INVOICEXPRESS_KEY, baseUrl: url, format }),
  idempotent: invoicexpressOps("getClient", withoutFormat),
  nonIdempotent: invoicexpressOps("createClient", withoutFormat),
  pathProbe: { id: "getClient", param: "client-id", path: "/clients/{client-id}.json" },
};

export const PROVIDERS: readonly ProviderUnderTest[] = [hostup, billogram, exsited, invoicexpress];
