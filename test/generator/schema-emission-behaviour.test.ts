/**
 * The schemas generated for discriminators and closed objects (fixtures
 * discriminator-mapping.yaml and closed-request-object.yaml), run as written: which
 * values they accept, and the issue paths and messages a caller sees.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "zod/locales";
import { safeParse, type ZodMiniType } from "zod/mini";
import { recordingFetch } from "../contract/recording-fetch.js";
import { createClosedRequestObjectClient } from "./__snapshots__/closed-request-object/index.gen.js";
import { loadGenerated } from "./support/evaluate.js";
import { generateFixture } from "./support/fixtures.js";

type Schemas = Record<string, () => ZodMiniType>;

async function schemasOf(fixture: string): Promise<Schemas> {
  const files = Object.fromEntries((await generateFixture(fixture)).map((f) => [f.path, f.content]));
  return loadGenerated(files, "schemas.gen.ts") as Schemas;
}

/** `path: message` of every issue, as the runtime reports them. */
function issues(schema: () => ZodMiniType, value: unknown): string[] {
  const result = safeParse(schema(), value, { error: en().localeError });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("discriminator-mapping", () => {
  let s: Schemas;
  beforeAll(async () => {
    s = await schemasOf("discriminator-mapping");
  });

  it.each([
    ["a mapped value", { type: "card", number: "4242424242424242" }],
    ["a second value mapped to the same component", { type: "credit_card", number: "4242424242424242" }],
    ["another component's value", { type: "iban", iban: "PT50" }],
  ])("accepts %s", (_name, value) => {
    expect(issues(s.PaymentMethodSchema!, value)).toEqual([]);
  });

  it.each([
    [
      "a value no mapping names",
      { type: "cash" },
      ["type: Invalid discriminator value. Expected 'card' | 'credit_card' | 'iban'"],
    ],
    // Only the variant the tag picks is reported, not every variant of the union.
    [
      "the picked variant's own problem",
      { type: "card", number: "42" },
      ["number: Too small: expected string to have >=12 characters"],
    ],
    [
      "a field of another variant",
      { type: "iban", number: "4242424242424242" },
      ["iban: Invalid input: expected string, received undefined"],
    ],
    [
      "no tag",
      { number: "4242424242424242" },
      ["type: Invalid discriminator value. Expected 'card' | 'credit_card' | 'iban'"],
    ],
  ])("refuses %s, naming only that variant's problem", (_name, value, want) => {
    expect(issues(s.PaymentMethodSchema!, value)).toEqual(want);
  });

  it("without a mapping, the component names are the tags; null stays allowed", () => {
    const payment = (fee: unknown) => ({ id: "p1", method: { type: "iban", iban: "PT50" }, fee });
    expect(issues(s.PaymentSchema!, payment({ kind: "FlatFee", amount: 1 }))).toEqual([]);
    expect(issues(s.PaymentSchema!, payment(null))).toEqual([]);
    expect(issues(s.PaymentSchema!, payment({ kind: "PercentFee", percent: 101 }))).toEqual([
      "fee.percent: Too big: expected number to be <=100",
    ]);
    expect(issues(s.PaymentSchema!, payment({ kind: "flat", amount: 1 }))).toEqual([
      "fee.kind: Invalid discriminator value. Expected 'FlatFee' | 'PercentFee'",
    ]);
  });

  it("an inline variant keeps a plain union", () => {
    const payment = (note: unknown) => ({ id: "p1", method: { type: "iban", iban: "PT50" }, note });
    expect(issues(s.PaymentSchema!, payment("a string"))).toEqual([]);
    expect(issues(s.PaymentSchema!, payment({ kind: "FlatFee", amount: 1 }))).toEqual([]);
    expect(issues(s.PaymentSchema!, payment(1))).toEqual(["note: Invalid input"]);
  });

  it("the parse result keeps every field of the variant", () => {
    const card = { type: "card", number: "4242424242424242", brand: "visa" };
    expect(s.PaymentMethodSchema!().parse(card)).toEqual(card);
  });
});

describe("closed-request-object", () => {
  let s: Schemas;
  beforeAll(async () => {
    s = await schemasOf("closed-request-object");
  });

  it("requests refuse unknown keys, at any depth", () => {
    expect(issues(s.ContactInputSchema!, { name: "Ada", address: { city: "Lisbon" } })).toEqual([]);
    expect(issues(s.ContactInputSchema!, { name: "Ada", emial: "ada@example.com" })).toEqual([
      ': Unrecognized key: "emial"',
    ]);
    expect(issues(s.ContactInputSchema!, { name: "Ada", address: { city: "Lisbon", zip: "1000" } })).toEqual([
      'address: Unrecognized key: "zip"',
    ]);
  });

  it("responses keep unknown keys (a provider adding a field breaks nobody)", () => {
    const contact = { name: "Ada", since: 2020, address: { city: "Lisbon", zip: "1000" } };
    expect(s.ContactSchema!().parse(contact)).toEqual(contact);
  });

  it("the client refuses a misspelt field before sending anything", async () => {
    const { fetch, requests } = recordingFetch({ status: 201, mediaType: "application/json", body: { name: "Ada" } });
    const client = createClosedRequestObjectClient({ fetch });
    await expect(client.createContact({ body: { name: "Ada", emial: "x" } as never })).rejects.toThrow(
      'body: Unrecognized key: "emial"',
    );
    await expect(
      client.setContactTags({ path: { contactId: "c1" }, body: { tags: [], extra: 1 } as never }),
    ).rejects.toThrow('body: Unrecognized key: "extra"');
    expect(requests).toHaveLength(0);
    await expect(client.createContact({ body: { name: "Ada" } })).resolves.toEqual({ name: "Ada" });
  });

  it("the client returns a response with unknown fields as it came", async () => {
    const body = { name: "Ada", since: 2020 };
    const { fetch } = recordingFetch({ status: 201, mediaType: "application/json", body });
    await expect(createClosedRequestObjectClient({ fetch }).createContact({ body: { name: "Ada" } })).resolves.toEqual(
      body,
    );
  });
});
