import { fileURLToPath } from "node:url";
import { createBillogramClient } from "@billforge/billogram";
import { mockBillogram } from "@billforge/billogram/testing";
import { createExsitedClient } from "@billforge/exsited";
import { mockExsited } from "@billforge/exsited/testing";
import { createHostupClient } from "@billforge/hostup";
import { mockHostup } from "@billforge/hostup/testing";
import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import { mockInvoiceXpress } from "@billforge/invoicexpress/testing";
import type { MockEngine } from "@billforge/runtime/mock";

/** Puts something between the client and the mock's fetch (a spy). */
export type Wrap = (fetch: typeof globalThis.fetch) => typeof globalThis.fetch;

export type SafeCall = (
  ...args: unknown[]
) => Promise<{ data: unknown; error: unknown; response: Response | undefined }>;

/** A provider's mock and a strict client on it, untyped: the sweeps drive every operation by name. */
export interface MockedProvider {
  readonly name: string;
  readonly spec: string;
  /** Which media type of the spec the client speaks in this run. */
  readonly mediaType: RegExp;
  readonly setup: (wrap?: Wrap) => { mock: Omit<MockEngine, "on" | "paginate">; safe: Record<string, SafeCall> };
}

const spec = (name: string) => fileURLToPath(new URL(`../../specs/${name}/openapi.yaml`, import.meta.url));
const strict = { validation: "strict", maxRetries: 0 } as const;

export const PROVIDERS: readonly MockedProvider[] = [
  {
    name: "hostup",
    spec: spec("hostup"),
    mediaType: /json/,
    setup: (wrap: Wrap = (f) => f) => {
      const mock = mockHostup();
      return {
        mock,
        safe: createHostupClient({ ...mock.clientOptions, ...strict, fetch: wrap(mock.fetch) }).safe as never,
      };
    },
  },
  {
    name: "billogram",
    spec: spec("billogram"),
    mediaType: /json/,
    setup: (wrap: Wrap = (f) => f) => {
      const mock = mockBillogram();
      return {
        mock,
        safe: createBillogramClient({ ...mock.clientOptions, ...strict, fetch: wrap(mock.fetch) }).safe as never,
      };
    },
  },
  {
    name: "exsited",
    spec: spec("exsited"),
    mediaType: /json/,
    setup: (wrap: Wrap = (f) => f) => {
      const mock = mockExsited();
      return {
        mock,
        safe: createExsitedClient({ ...mock.clientOptions, ...strict, fetch: wrap(mock.fetch) }).safe as never,
      };
    },
  },
  ...(["json", "xml"] as const).map((format) => ({
    name: `invoicexpress (${format})`,
    spec: spec("invoicexpress"),
    mediaType: format === "json" ? /json/ : /xml/,
    setup: (wrap: Wrap = (f) => f) => {
      const mock = mockInvoiceXpress();
      return {
        mock,
        safe: createInvoiceXpressClient({ ...mock.clientOptions, ...strict, format, fetch: wrap(mock.fetch) })
          .safe as never,
      };
    },
  })),
];
