import { AuthenticationError, RedirectError } from "@billforge/runtime";
import { afterEach, describe, expect, it } from "vitest";
import { startExsitedServer } from "../e2e/exsited-token-server.js";
import { capturingLogger, exposedText, leakedSecrets } from "../e2e/harness/exposure.js";
import { call, PROVIDERS, type ProviderUnderTest } from "../e2e/harness/providers.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

/**
 * Redirects against every provider's generated client: 301/302/303/307/308 to the same
 * origin, to another origin and from https down to http, for a GET and a POST. None is
 * followed: the call ends in a RedirectError with the Location redacted, the first server
 * saw one request, the other origin none, and nothing printable holds a credential.
 *
 * The clients believe they talk to `https://<provider>.test` (a fetch wrapper carries the
 * bytes to the loopback server), so `http://<provider>.test` is a real downgrade.
 */

const STATUSES = [301, 302, 303, 307, 308] as const;
type Target = "same origin" | "another origin" | "https → http";
const TARGETS: readonly Target[] = ["same origin", "another origin", "https → http"];

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

async function elsewhere(): Promise<TestServer> {
  const server = await startTestServer(() => ({ status: 200, body: {} }));
  open.push(server);
  return server;
}

/** A client that sends to `server` what it addresses to `origin`. */
function clientFor(provider: ProviderUnderTest, origin: string, serverUrl: string) {
  const logger = capturingLogger();
  const client = provider.client(origin, {
    logger,
    fetch: (request, init) => fetch(new Request(request.url.replace(origin, serverUrl), request), init),
  });
  return { client, logger };
}

function locationFor(target: Target, origin: string, other: string, secret: string): string {
  const query = `?api_key=${encodeURIComponent(secret)}`;
  if (target === "same origin") {
    return `${origin}/moved${query}`;
  }
  if (target === "another origin") {
    return `${other}/steal${query}`;
  }
  return `${origin.replace("https:", "http:")}/moved${query}`;
}

describe.each(PROVIDERS)("$name: redirects are never followed", (provider) => {
  const origin = `https://${provider.name}.test`;
  const secret = provider.secrets[0] ?? "";

  for (const status of STATUSES) {
    for (const target of TARGETS) {
      for (const op of [provider.idempotent, provider.nonIdempotent]) {
        it(`${status} to ${target} → ${op.id}`, async () => {
          const other = await elsewhere();
          const location = locationFor(target, origin, other.url, secret);
          const server = await provider.start(() => ({ status, headers: { location }, body: "moved" }));
          open.push(server);
          const { client, logger } = clientFor(provider, origin, server.url);

          const error = await call(client, op.id, op.args).catch((thrown: unknown) => thrown);

          expect(error).toBeInstanceOf(RedirectError);
          expect(error).toMatchObject({ operationId: op.id, status, sameOrigin: target === "same origin" });
          expect((error as RedirectError).location).toContain("api_key=[REDACTED]");
          expect(server.requests).toHaveLength(1);
          expect(other.requests).toHaveLength(0);
          const secrets = [...provider.secrets, ...server.issuedSecrets];
          expect(leakedSecrets(`${exposedText(error)}\n${logger.text()}`, secrets)).toEqual([]);
        });
      }
    }
  }
});

describe("Exsited: the token request never follows a redirect", () => {
  const exsited = PROVIDERS.find((provider) => provider.name === "exsited");
  const credentials = {
    clientId: "e2e-redirect-client",
    clientSecret: "e2e-redirect-secret-0c9d",
    redirectUri: "https://app.example.com/oauth/callback",
  };

  for (const status of STATUSES) {
    for (const target of TARGETS) {
      it(`${status} to ${target}: an AuthenticationError caused by a RedirectError, the secret sent nowhere else`, async () => {
        if (exsited === undefined) {
          throw new Error("the harness has an exsited provider");
        }
        const origin = "https://exsited.test";
        const other = await elsewhere();
        const location = locationFor(target, origin, other.url, credentials.clientSecret);
        const tenant = await startExsitedServer({
          credentials,
          api: () => exsited.idempotent.success,
          tokenOverride: () => ({ status, headers: { location } }),
        });
        open.push(tenant);
        const { createExsitedClient } = await import("@billforge/exsited");
        const logger = capturingLogger();
        const client = createExsitedClient({
          ...credentials,
          baseUrl: origin,
          logger,
          fetch: (request, init) => fetch(new Request(request.url.replace(origin, tenant.url), request), init),
        });

        const error = await call(client, exsited.idempotent.id, exsited.idempotent.args).catch((e: unknown) => e);

        expect(error).toBeInstanceOf(AuthenticationError);
        expect((error as AuthenticationError).cause).toBeInstanceOf(RedirectError);
        expect((error as AuthenticationError).cause).toMatchObject({ status, sameOrigin: target === "same origin" });
        expect(tenant.tokenRequests).toHaveLength(1);
        expect(tenant.apiRequests).toHaveLength(0);
        expect(other.requests).toHaveLength(0);
        expect(leakedSecrets(`${exposedText(error)}\n${logger.text()}`, [credentials.clientSecret])).toEqual([]);
      });
    }
  }
});
