import { inspect } from "node:util";
import type { CallOptions } from "@billforge/runtime";
import { afterEach, describe, expect, it } from "vitest";
import { capturingLogger, exposedText, leakedSecrets } from "../e2e/harness/exposure.js";
import { PROVIDERS, type ProviderServer, type ProviderUnderTest } from "../e2e/harness/providers.js";
import type { Behaviour } from "../support/test-server.js";

/**
 * Everything a user may print about a call, scanned for every credential: `*Safe`
 * results (the response view included: InvoiceXpress's URL carries `?api_key=`), thrown
 * errors and their causes, what hooks receive, log lines at every level, each through
 * `util.inspect`, `JSON.stringify` and `String`. The server echoes the credentials back
 * in its body, its headers and the redirect it answers with.
 */

type SafeMethod = (args: unknown, options?: CallOptions) => Promise<unknown>;

const open: ProviderServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

/** Every way a value can end up in a log: inspected deeply (hidden fields too), serialized, stringified. */
function printed(value: unknown): string {
  const views = [inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true })];
  try {
    views.push(JSON.stringify(value) ?? "");
  } catch (error) {
    views.push(String(error));
  }
  views.push(value instanceof Error ? exposedText(value) : String(value));
  return views.join("\n");
}

/** Answers that echo `secrets`: in an error body (as text and under credential field names), headers and a Location. */
function echoing(secrets: readonly string[], provider: ProviderUnderTest): Record<string, () => Behaviour> {
  const [secret = ""] = secrets;
  const echo = secrets.join(" ");
  return {
    success: () => provider.idempotent.success,
    "error echoing the key": () => ({
      status: 404,
      headers: { "content-type": "application/json", "x-echo": echo, "set-cookie": `session=${secret}` },
      body: JSON.stringify({
        message: `no such resource for key ${echo}`,
        error: `bad key ${echo}`,
        errors: [`key ${echo}`],
        client_secret: secret,
        api_key: secret,
        access_token: secret,
      }),
    }),
    "redirect echoing the key": () => ({
      status: 302,
      headers: {
        location: `https://other.test/steal?api_key=${encodeURIComponent(secret)}&echo=${encodeURIComponent(echo)}`,
      },
    }),
    "connection reset": () => ({ reset: "before-headers" }),
  };
}

describe.each(PROVIDERS)("$name: nothing printable holds a credential", (provider) => {
  for (const scenario of Object.keys(echoing([], provider))) {
    it(scenario, async () => {
      const server = await provider.start(
        // Exsited's issued tokens are secrets too: echo them once known.
        () =>
          echoing([...provider.secrets, ...server.issuedSecrets], provider)[scenario]?.() ?? {
            reset: "before-headers",
          },
      );
      open.push(server);
      const hooked: unknown[] = [];
      const logger = capturingLogger();
      const client = provider.client(server.url, {
        logger,
        maxRetries: 0,
        onRequest: (context) => void hooked.push(context),
        onResponse: (context) => void hooked.push(context),
        onError: (context) => void hooked.push(context),
      }) as { safe: Record<string, SafeMethod> } & Record<string, SafeMethod>;
      const op = provider.idempotent;

      const safeResult = await client.safe[op.id]?.(op.args);
      const thrown = await client[op.id]?.(op.args).catch((error: unknown) => error);

      const secrets = [...provider.secrets, ...server.issuedSecrets];
      const surfaces = {
        safeResult: printed(safeResult),
        safeError: printed((safeResult as { error?: unknown }).error),
        safeResponse: printed((safeResult as { response?: unknown }).response),
        thrown: printed(thrown),
        hooks: printed(hooked),
        logs: `${logger.text()}\n${printed(logger.lines)}`,
      };
      const leaks = Object.entries(surfaces).filter(([, text]) => leakedSecrets(text, secrets).length > 0);
      expect(leaks.map(([surface]) => surface)).toEqual([]);
      expect(hooked.length).toBeGreaterThan(0);
    });
  }
});
