import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import { decodeXml, encodeXml } from "@billforge/xml";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type ContractCase, contractCases } from "../contract-cases.js";
import { runContractCase } from "../run-contract-case.js";
import { xmlMappingOf } from "./xml-body.js";

const SPEC = fileURLToPath(new URL("../../../specs/invoicexpress/openapi.yaml", import.meta.url));
const API_KEY = "test-invoicexpress-key-61d0";
const ACCOUNT = "acme";

/** Every operationId the spec declares, read from the YAML itself (not from the generator under test). */
const SPEC_OPERATION_IDS = Object.values(
  (parse(readFileSync(SPEC, "utf8")) as { paths: Record<string, Record<string, { operationId?: string }>> }).paths,
)
  .flatMap((item) => Object.values(item))
  .flatMap((op) =>
    typeof op === "object" && op !== null && typeof op.operationId === "string" ? [op.operationId] : [],
  )
  .sort();

/** How each format puts a body on the wire and reads it back. */
const FORMATS = {
  json: {
    mediaType: /json/,
    contentType: "application/json",
    encode: (value: unknown) => value,
    decode: (text: string) => JSON.parse(text) as unknown,
  },
  xml: {
    mediaType: /xml/,
    contentType: "application/xml; charset=utf-8",
    encode: (value: unknown, body: string) => encodeXml(value, xmlMappingOf(body)),
    decode: (text: string, body: string) => decodeXml(text, xmlMappingOf(body)),
  },
} as const;

/** JSON-only operations (API v3, literal `.json` paths) speak JSON whatever the client's format. */
function wireFormat(contractCase: ContractCase, format: keyof typeof FORMATS): keyof typeof FORMATS {
  const { operation } = contractCase;
  const media = [...(operation.requestBody?.media ?? []), ...operation.responses.flatMap((r) => r.media)];
  return media.some((m) => FORMATS[format].mediaType.test(m.mediaType)) ? format : "json";
}

/** The canned answer in the case's format: XML examples are values, sent as the XML they encode to. */
function onTheWire(contractCase: ContractCase, format: keyof typeof FORMATS): ContractCase {
  const { response, operation } = contractCase;
  if (format === "json" || response.body === undefined || !/xml/.test(response.mediaType ?? "")) {
    return contractCase;
  }
  const body = FORMATS.xml.encode(response.body, `${operation.id}.${response.status}`);
  return { ...contractCase, response: { ...response, body } };
}

for (const format of ["json", "xml"] as const) {
  const cases = await contractCases(SPEC, "invoicexpress", FORMATS[format].mediaType);

  describe(`InvoiceXpress contract (${format}): every operation and example of specs/invoicexpress/openapi.yaml`, () => {
    it("covers every operation of the spec", () => {
      expect([...new Set(cases.map((c) => c.operation.id))].sort()).toEqual(SPEC_OPERATION_IDS);
    });

    it("keeps JSON on the wire for the API v3 routes, which have no XML form", () => {
      const jsonOnly = new Set(cases.filter((c) => wireFormat(c, "xml") === "json").map((c) => c.operation.id));
      expect([...jsonOnly].sort()).toEqual([
        "createClientRegularization",
        "createClientTreasuryMovement",
        "deleteClientRegularization",
        "deleteClientTreasuryMovement",
        "getClientAccountBalance",
        "updateAtCommunication",
        "updateClientInitialBalance",
      ]);
    });

    for (const contractCase of cases) {
      it(contractCase.name, async () => {
        const spoken = wireFormat(contractCase, format);
        const wire = FORMATS[spoken];
        const sentCase = onTheWire(contractCase, spoken);
        const outcome = await runContractCase(
          sentCase,
          (fetch) => createInvoiceXpressClient({ accountName: ACCOUNT, apiKey: API_KEY, format, fetch }),
          { apiKey: API_KEY },
        );
        // One exchange, on the account's host, with the format's suffix and the key in the query.
        expect(outcome.requests).toHaveLength(1);
        const sent = outcome.requests[0]!;
        const url = new URL(sent.url);
        expect(url.origin).toBe(`https://${ACCOUNT}.app.invoicexpress.com`);
        expect(url.pathname.endsWith(`.${spoken}`)).toBe(true);
        // Every call carries the key, but logIn, which documents no security (it obtains keys).
        const keyed = contractCase.operation.security.length > 0;
        expect(url.searchParams.get("api_key")).toBe(keyed ? API_KEY : null);
        const { operation, requestExample, response } = contractCase;
        if (requestExample !== undefined) {
          expect(sent.headers["content-type"]).toBe(wire.contentType);
          expect(wire.decode(sent.body, `${operation.id}.request`)).toEqual(requestExample);
        } else {
          expect(sent.body).toBe("");
        }
        // The example answer parses into exactly the example: nothing lost, nothing added.
        if (response.status < 300) {
          expect(outcome.error).toBeUndefined();
          expect(outcome.data).toEqual(response.body);
        } else {
          expect(outcome.error).toMatchObject({ name: "InvoiceXpressApiError", status: response.status });
          expect((outcome.error as { body: unknown }).body).toEqual(response.body);
          expect((outcome.error as { messages: string[] }).messages.length).toBeGreaterThan(0);
        }
        expect(outcome.snapshot).not.toContain(API_KEY);
        await expect(outcome.snapshot).toMatchFileSnapshot(`./__snapshots__/${format}/${contractCase.name}.txt`);
      });
    }
  });
}
