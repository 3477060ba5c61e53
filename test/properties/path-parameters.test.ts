import { RequestValidationError } from "@billforge/runtime";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capturingLogger } from "../e2e/harness/exposure.js";
import { call, PROVIDERS } from "../e2e/harness/providers.js";

/**
 * For any string as a path parameter, the URL a generated client sends keeps the
 * operation's path structure: the value fills exactly its one segment and decodes back
 * to itself, or the call is refused before sending because the value would change the
 * path (`""`, `.`, `..`, also percent-encoded) or cannot be encoded (lone surrogates).
 */

const ORIGIN = "https://api.example.test";
const DOT_SEGMENTS = new Set(["", ".", ".."]);

/** Characters and fragments that matter to URLs, mixed with anything else. */
const pathValue = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom(
      "/",
      "?",
      "#",
      "%",
      ".",
      "..",
      "%2e",
      "%2E",
      "%2F",
      "%25",
      "{",
      "}",
      " ",
      "a",
      "é",
      "€",
      "\ud800",
      "\udc00",
      "😀",
    ),
    maxLength: 6,
  }),
);

/** No lone surrogate: encodeURIComponent can encode it. */
function isWellFormed(value: string): boolean {
  return !/\p{Surrogate}/u.test(value);
}

function mustBeRefused(value: string): boolean {
  if (!isWellFormed(value)) {
    return true;
  }
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Not decodable: a server cannot turn it into a dot segment either.
  }
  return DOT_SEGMENTS.has(value) || DOT_SEGMENTS.has(decoded);
}

describe.each(PROVIDERS)("$name: any string as a path parameter", (provider) => {
  const { id, param, path } = provider.pathProbe;
  const [prefix, suffix] = path.split(`{${param}}`) as [string, string];

  it(`fills exactly the {${param}} segment of ${path}, or is refused`, async () => {
    const urls: string[] = [];
    const client = provider.client(ORIGIN, {
      maxRetries: 0,
      logger: capturingLogger(),
      fetch: async (request) => {
        if (request.url.endsWith("/oauth2/token")) {
          return Response.json({ access_token: "t", expires_in: 3600 });
        }
        urls.push(request.url);
        return new Response("gone", { status: 410, headers: { "content-type": "text/plain" } });
      },
    });
    await fc.assert(
      fc.asyncProperty(pathValue, async (value) => {
        const sentBefore = urls.length;
        const error = await call(client, id, { path: { [param]: value } }, { validation: "off" }).catch(
          (e: unknown) => e,
        );
        if (mustBeRefused(value)) {
          expect(error).toBeInstanceOf(RequestValidationError);
          expect(urls).toHaveLength(sentBefore);
          return;
        }
        expect(error).toBeInstanceOf(provider.errorClass);
        expect(urls).toHaveLength(sentBefore + 1);
        const url = new URL(urls.at(-1) ?? "");
        expect(url.origin).toBe(ORIGIN);
        expect(url.hash).toBe("");
        expect(url.pathname.startsWith(prefix) && url.pathname.endsWith(suffix)).toBe(true);
        const segment = url.pathname.slice(prefix.length, url.pathname.length - suffix.length);
        expect(segment).not.toMatch(/[/?#]/);
        expect(decodeURIComponent(segment)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});
