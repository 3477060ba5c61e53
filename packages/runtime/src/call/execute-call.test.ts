import { describe, expect, it } from "vitest";
import type { BodyCodec } from "../body/body-codec.js";
import { BillforgeError } from "../errors/billforge-error.js";
import { API_KEY, testClient } from "../testing/client.js";
import { createInvoice, operation } from "../testing/descriptors.js";
import { json } from "../testing/fetch-stub.js";

describe("executeCall", () => {
  it("reports a failure that is no BillforgeError (a codec's bug) as one, without the secret", async () => {
    // A codec that breaks outside encode/decode: nothing in the runtime names this failure.
    const broken: BodyCodec = {
      mediaTypes: ["application/vnd.acme+json"],
      get charset(): string {
        throw new TypeError(`codec bug near ${API_KEY}`);
      },
      encode: (value) => JSON.stringify(value),
      decode: (text) => JSON.parse(text),
    };
    const vendorBody = operation({
      ...createInvoice,
      requestBody: { required: true, media: [{ mediaType: "application/vnd.acme+json" }] },
    });
    const { core, sent } = testClient(() => json({}, 201), { validation: "off" }, { codecs: [broken] });
    const error = await core.request(vendorBody, { body: { customer: "Acme" } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BillforgeError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("createInvoice: unexpected failure: codec bug near [REDACTED]");
    // The original stays reachable as the cause, redacted too.
    expect((error as Error).cause).toMatchObject({ name: "TypeError", message: "codec bug near [REDACTED]" });
    expect(sent).toHaveLength(0);
  });
});
