import { inspect } from "node:util";
import { createBillogramClient } from "@billforge/billogram";
import { createExsitedClient } from "@billforge/exsited";
import { createHostupClient } from "@billforge/hostup";
import { createInvoiceXpressClient } from "@billforge/invoicexpress";
import { ConfigurationError, type FetchLike } from "@billforge/runtime";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capturingLogger, exposedText } from "../e2e/harness/exposure.js";
import { call, PROVIDERS } from "../e2e/harness/providers.js";

/**
 * For any secret (1–200 characters of any Unicode) as each provider's credential: either
 * the client refuses it when built (too short to hide, or unsendable) with a message that
 * does not show it, or a call that the server answers by echoing the secret everywhere
 * prints nothing containing it, and every message reads exactly as it does with an
 * ordinary secret: redaction hides, it never mangles.
 */

const secretArbitrary = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 200 }),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }),
  fc.string({ unit: "grapheme-ascii", minLength: 8, maxLength: 200 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 9 }),
);

const REFERENCE_SECRET = "reference-secret-9f1c";
const ACCESS_TOKEN = "property-access-token-51d0";

/** A server answering every call with a 404 that echoes `secret` in its body and headers. */
function echoingFetch(secret: string): FetchLike {
  return async (request) => {
    if (request.url.endsWith("/oauth2/token")) {
      return Response.json({ access_token: ACCESS_TOKEN, expires_in: 3600 });
    }
    const body = {
      message: "Resource not found",
      error: "Resource not found",
      errors: [{ code: "NOT_FOUND", message: "Resource not found" }],
      echo: `you sent ${secret}`,
      api_key: secret,
      client_secret: secret,
    };
    return new Response(JSON.stringify(body), {
      status: 404,
      headers: { "content-type": "application/json", "x-echo": encodeURIComponent(safely(secret)) },
    });
  };
}

function safely(text: string): string {
  return text.replace(/\p{Surrogate}/gu, "?");
}

const FACTORIES: Readonly<
  Record<string, (secret: string, fetch: FetchLike, logger: ReturnType<typeof capturingLogger>) => object>
> = {
  hostup: (secret, fetch, logger) =>
    createHostupClient({ apiKey: secret, baseUrl: "https://hostup.test/api", fetch, logger }),
  billogram: (secret, fetch, logger) =>
    createBillogramClient({
      apiUser: "property-user",
      apiKey: secret,
      baseUrl: "https://billogram.test/api/v2",
      fetch,
      logger,
    }),
  exsited: (secret, fetch, logger) =>
    createExsitedClient({
      clientId: "property-client",
      clientSecret: secret,
      redirectUri: "https://app.example.com/cb",
      baseUrl: "https://exsited.test",
      fetch,
      logger,
    }),
  invoicexpress: (secret, fetch, logger) =>
    createInvoiceXpressClient({
      apiKey: secret,
      accountName: "acme",
      baseUrl: "https://invoicexpress.test",
      fetch,
      logger,
    }),
};

interface Outcome {
  /** The error of building the client, or of the call. */
  readonly error: unknown;
  /** Everything printable: errors (with causes), the Safe result, log lines. */
  readonly printed: string;
}

async function run(provider: (typeof PROVIDERS)[number], secret: string): Promise<Outcome> {
  const logger = capturingLogger();
  const factory = FACTORIES[provider.name];
  if (factory === undefined) {
    throw new Error(`no factory for ${provider.name}`);
  }
  let client: object;
  try {
    client = factory(secret, echoingFetch(secret), logger);
  } catch (error) {
    return {
      error,
      printed: `${exposedText(error)}\n${inspect(error, { depth: null, breakLength: Number.POSITIVE_INFINITY })}`,
    };
  }
  const op = provider.idempotent;
  const error = await call(client, op.id, op.args).catch((thrown: unknown) => thrown);
  const safe = (client as { safe: Record<string, (args: unknown) => Promise<unknown>> }).safe;
  const result = await safe[op.id]?.(op.args);
  const views = [
    exposedText(error),
    inspect(error, { depth: null, breakLength: Number.POSITIVE_INFINITY, showHidden: true }),
    inspect(result, { depth: null, breakLength: Number.POSITIVE_INFINITY, showHidden: true }),
    JSON.stringify(result),
    logger.text(),
  ];
  return { error, printed: views.join("\n") };
}

/** The messages a user reads: the error's and, for a provider's error, what the provider said. */
function messages(error: unknown): unknown {
  if (!(error instanceof Error)) {
    return error;
  }
  const { providerMessage, messages: all } = error as { providerMessage?: unknown; messages?: unknown };
  return { name: error.name, message: error.message, providerMessage, messages: all };
}

describe.each(PROVIDERS)("$name: any secret", (provider) => {
  it("is refused at construction without being shown, or never printed and never mangling a message", async () => {
    const reference = await run(provider, REFERENCE_SECRET);
    expect(reference.error).toBeInstanceOf(Error);
    expect(reference.error).not.toBeInstanceOf(ConfigurationError);

    await fc.assert(
      fc.asyncProperty(secretArbitrary, async (secret) => {
        const outcome = await run(provider, secret);
        const length = [...secret].length;
        if (outcome.error instanceof ConfigurationError && length < 8) {
          // Too short: word for word the message any other value of that length gets.
          const stand = await run(provider, "x".repeat(length));
          expect(messages(outcome.error)).toEqual(messages(stand.error));
          expect(outcome.printed.includes(secret) && !stand.printed.includes(secret)).toBe(false);
          return;
        }
        if (outcome.error instanceof ConfigurationError) {
          // Unsendable (CR, LF, NUL or beyond Latin-1 in a header): refused, not shown.
          expect(outcome.printed).not.toContain(secret);
          return;
        }
        if (outcome.error instanceof Error && outcome.error.name === "RequestValidationError") {
          // Not even encodable (a lone surrogate in a query key): refused before sending, not shown.
          expect(outcome.printed).not.toContain(secret);
          return;
        }
        // Text the reference run prints too is the client's own wording, not a leak (a secret of "Resource").
        expect(outcome.printed.includes(secret) && !reference.printed.includes(secret)).toBe(false);
        expect(messages(outcome.error)).toEqual(messages(reference.error));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
