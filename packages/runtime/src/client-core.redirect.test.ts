import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import type { Credential } from "./auth/credential.js";
import { createClientCore } from "./client-core.js";
import type { SecuritySchemeDescriptor } from "./descriptors.js";
import { AuthenticationError } from "./errors/authentication-error.js";
import { RedirectError } from "./errors/redirect-error.js";
import { EVERY_AUTH_METHOD } from "./testing/client.js";
import { createInvoice, operation, TestApiError, testApi } from "./testing/descriptors.js";
import { startServer, type TestServer } from "./testing/http-server.js";
import { recordingLogger } from "./testing/logger.js";

/**
 * Redirects against real servers, for every kind of credential: never followed, whatever
 * the status, the target or the method; the credential goes nowhere but the first server.
 * The client's origin is `https://api.acme.test` (a fetch wrapper carries its requests to
 * a loopback server), so a Location on `http://api.acme.test` is a real https→http downgrade.
 */

const SECRET = "secret-value-7Hq2x";
const TOKEN_PATH = "/v1/oauth/token";
const ORIGIN = "https://api.acme.test";

interface Scheme {
  readonly name: string;
  readonly scheme: SecuritySchemeDescriptor;
  readonly credential: Credential;
  /** Redirect the token request instead of the API call. */
  readonly redirectToken?: boolean;
}

const oauth: SecuritySchemeDescriptor = {
  type: "oauth2ClientCredentials",
  tokenUrl: "/oauth/token",
  requestEncoding: "form",
  extraFields: [],
  scopes: [],
};
const oauthCredential: Credential = { type: "oauth2ClientCredentials", clientId: "client-id-1", clientSecret: SECRET };

const SCHEMES: readonly Scheme[] = [
  {
    name: "header key",
    scheme: { type: "apiKey", in: "header", name: "X-API-Key" },
    credential: { type: "apiKey", value: SECRET },
  },
  {
    name: "query key",
    scheme: { type: "apiKey", in: "query", name: "api_key" },
    credential: { type: "apiKey", value: SECRET },
  },
  {
    name: "Basic",
    scheme: { type: "http", scheme: "basic" },
    credential: { type: "basic", username: "user", password: SECRET },
  },
  { name: "bearer", scheme: { type: "http", scheme: "bearer" }, credential: { type: "bearer", token: SECRET } },
  { name: "OAuth2 (API call)", scheme: oauth, credential: oauthCredential },
  { name: "OAuth2 (token request)", scheme: oauth, credential: oauthCredential, redirectToken: true },
];

const STATUSES = [301, 302, 303, 307, 308] as const;

/** Where the Location points; `elsewhere` is a second server that must never be reached. */
const TARGETS = [
  { name: "same origin", location: () => `${ORIGIN}/v1/moved?api_key=${SECRET}`, sameOrigin: true },
  {
    name: "another origin",
    location: (elsewhere: string) => `${elsewhere}/steal?api_key=${SECRET}`,
    sameOrigin: false,
  },
  { name: "https → http", location: () => `http://api.acme.test/v1/moved?api_key=${SECRET}`, sameOrigin: false },
] as const;

const open: TestServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

async function server(
  handler: (request: IncomingMessage) => { status: number; headers?: Record<string, string>; body?: string },
) {
  const started = await startServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const answer = handler(request);
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body ?? "");
    });
  });
  open.push(started);
  return started;
}

describe.each(SCHEMES)("$name: redirects are never followed", ({ scheme, credential, redirectToken }) => {
  for (const status of STATUSES) {
    for (const target of TARGETS) {
      for (const [op, args] of [
        [operation({ security: [["Auth"]] }), { path: { id: 1 } }],
        [{ ...createInvoice, security: [["Auth"]] }, { body: { customer: "Acme" } }],
      ] as const) {
        it(`${status} to ${target.name}, ${op.method}`, async () => {
          const elsewhere = await server(() => ({ status: 200, body: "{}" }));
          const location = target.location(elsewhere.url);
          const paths: string[] = [];
          const first = await server((request) => {
            paths.push(request.url ?? "");
            const isToken = request.url === TOKEN_PATH;
            if (isToken && !redirectToken) {
              return {
                status: 200,
                headers: { "content-type": "application/json" },
                body: JSON.stringify({ access_token: `access-${SECRET}`, expires_in: 3600 }),
              };
            }
            return {
              status,
              headers: { location, "content-type": "text/html" },
              body: `<a href="${location}">moved</a>`,
            };
          });
          const logger = recordingLogger();
          const core = createClientCore({
            api: testApi({ securitySchemes: { Auth: scheme } }),
            credentials: { Auth: credential },
            auth: EVERY_AUTH_METHOD,
            errorClass: TestApiError,
            options: {
              baseUrl: `${ORIGIN}/v1`,
              logger,
              // The client believes it talks to https://api.acme.test; the bytes go to the loopback server.
              fetch: (request, init) => fetch(new Request(request.url.replace(ORIGIN, first.url), request), init),
            },
          });
          const result = await core.requestSafe(op, args);

          expect(elsewhere.hits()).toBe(0);
          const expectedRedirect = {
            status,
            sameOrigin: target.sameOrigin,
            location: expect.stringContaining("[REDACTED]"),
          };
          if (redirectToken) {
            expect(result.error).toBeInstanceOf(AuthenticationError);
            expect(result.error?.cause).toBeInstanceOf(RedirectError);
            expect(result.error?.cause).toMatchObject(expectedRedirect);
            expect(paths).toEqual([TOKEN_PATH]);
          } else {
            expect(result.error).toBeInstanceOf(RedirectError);
            expect(result.error).toMatchObject({ operationId: op.id, ...expectedRedirect });
            // Not retried, even for a GET: the same request would meet the same redirect.
            expect(paths.filter((path) => path !== TOKEN_PATH)).toHaveLength(1);
          }
          const printed = JSON.stringify([result.error, result.response, String(result.error), logger.lines]);
          expect(printed).not.toContain(SECRET);
          expect((result.error as RedirectError | AuthenticationError).message).toContain(`HTTP ${status}`);
        });
      }
    }
  }
});

describe("a redirect a custom fetch followed by itself", () => {
  it("still fails the call: the data came from a location nobody checked", async () => {
    const target = await server(() => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: '{"id":1,"total":"1"}',
    }));
    const first = await server(() => ({ status: 302, headers: { location: `${target.url}/elsewhere` } }));
    const core = createClientCore({
      api: testApi({ securitySchemes: {} }),
      credentials: {},
      auth: EVERY_AUTH_METHOD,
      errorClass: TestApiError,
      options: {
        baseUrl: first.url,
        logger: recordingLogger(),
        fetch: (request, init) => fetch(new Request(request, { redirect: "follow" }), init),
      },
    });
    const result = await core.requestSafe(operation({ security: [] }), { path: { id: 1 } });
    expect(result.error).toBeInstanceOf(RedirectError);
    expect(result.error).toMatchObject({ status: 200, sameOrigin: false, location: `${target.url}/elsewhere` });
  });
});
