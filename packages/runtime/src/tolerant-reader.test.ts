import { describe, expect, it } from "vitest";
import { API_KEY, testClient } from "./testing/client.js";
import { operation, TestApiError } from "./testing/descriptors.js";
import { text } from "./testing/fetch-stub.js";
import type { ValidationMode } from "./validation/validation-mode.js";

/** An update documented as `200` with no body, like InvoiceXpress's `updateTax`. */
const updateTax = operation({
  id: "updateTax",
  method: "PUT",
  responses: [
    { status: "200", media: [] },
    { status: "404", media: [] },
  ],
});

const MODES: readonly ValidationMode[] = ["strict", "warn", "off"];
const BODIES = [
  { name: "a JSON object", body: "{}", contentType: "application/json" },
  { name: "an XML document", body: "<tax><id>3</id><name>IVA23</name></tax>", contentType: "application/xml" },
  { name: "plain text", body: "OK", contentType: "text/plain" },
  { name: "bytes without a type", body: "\u0001\u0002", contentType: undefined },
];
const CASES = MODES.flatMap((mode) => BODIES.map((body) => ({ mode, ...body })));

function answer(body: string, contentType: string | undefined, status = 200): () => Response {
  // Bytes, not a string: a string body would get a text/plain type of its own.
  const bytes = new TextEncoder().encode(body);
  return () =>
    new Response(bytes, { status, headers: contentType === undefined ? {} : { "content-type": contentType } });
}

describe("a success body where none is documented", () => {
  it.each(CASES)("$mode, $name: resolves to undefined, as typed", async ({ mode, body, contentType }) => {
    const { core } = testClient(answer(body, contentType), { validation: mode });
    await expect(core.request(updateTax, { path: { id: 3 } })).resolves.toBeUndefined();
  });

  it.each(CASES)("$mode, $name: the body stays readable on the raw response", async ({ mode, body, contentType }) => {
    const { core } = testClient(answer(body, contentType), { validation: mode });
    const result = await core.requestSafe(updateTax, { path: { id: 3 } });
    expect(result.error).toBeUndefined();
    expect(result.data).toBeUndefined();
    expect(result.response?.status).toBe(200);
    expect(result.response?.headers.get("content-type")).toBe(contentType ?? null);
    expect(await result.response?.text()).toBe(body);
  });

  it("warn: logs the ignored body (credentials redacted); strict and off stay silent", async () => {
    const body = `<tax><note>key ${API_KEY}</note></tax>`;
    for (const mode of MODES) {
      const { core, logger } = testClient(answer(body, "application/xml"), { validation: mode });
      await core.request(updateTax, { path: { id: 3 } });
      const warnings = logger.lines.filter((line) => line.level === "warn");
      if (mode !== "warn") {
        expect(warnings).toEqual([]);
        continue;
      }
      expect(warnings).toEqual([
        expect.objectContaining({
          message: expect.stringContaining("updateTax: status 200 documents no body but one arrived"),
          fields: expect.objectContaining({ status: 200, contentType: "application/xml" }),
        }),
      ]);
      expect(JSON.stringify(warnings)).toContain("<tax><note>key ");
      expect(JSON.stringify(warnings)).not.toContain(API_KEY);
    }
  });

  it("a whitespace-only body is no body: nothing logged", async () => {
    const { core, logger } = testClient(answer("\n", "application/xml"), { validation: "warn" });
    await expect(core.request(updateTax, { path: { id: 3 } })).resolves.toBeUndefined();
    expect(logger.lines.filter((line) => line.level === "warn")).toEqual([]);
  });
});

describe("an error answer whose body is not documented", () => {
  it.each(MODES)("%s: is the provider's ApiError with the text kept", async (mode) => {
    const { core } = testClient(() => text("Tax 3 was not found", 404, "text/plain"), { validation: mode });
    const error = await core.request(updateTax, { path: { id: 3 } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TestApiError);
    expect(error).toMatchObject({ status: 404, kind: "notFound", body: "Tax 3 was not found" });
  });

  it.each(MODES)("%s: an undocumented error status keeps its XML text", async (mode) => {
    const { core } = testClient(answer("<errors><error>busy</error></errors>", "application/xml", 409), {
      validation: mode,
    });
    const error = await core.request(updateTax, { path: { id: 3 } }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TestApiError);
    expect(error).toMatchObject({ status: 409, body: "<errors><error>busy</error></errors>" });
  });
});
