import { TimeoutError } from "@billforge/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturingLogger, exposedText, leakedSecrets } from "./harness/exposure.js";
import { ATTEMPT_TIMEOUT_MS, type ExpectedError, FAULTS, type Fault, MAX_RESPONSE_BYTES } from "./harness/faults.js";
import { openResources, resourcesLeftSince } from "./harness/leaks.js";
import {
  call,
  type OperationUnderTest,
  PROVIDERS,
  type ProviderServer,
  type ProviderUnderTest,
} from "./harness/providers.js";

/**
 * Issue 7's matrix: every fault × every provider's generated client, for an idempotent
 * operation, a non-idempotent one, and (Billogram) one made retry-safe by an idempotency
 * key. The fault hits the first request; the server answers the operation's example after.
 */

const CLIENT_OPTIONS = {
  timeoutMs: ATTEMPT_TIMEOUT_MS,
  deadlineMs: 15_000,
  retryBaseDelayMs: 10,
  retryMaxDelayMs: 3_000,
  maxResponseBytes: MAX_RESPONSE_BYTES,
} as const;

let baseline: Record<string, number> = {};
beforeAll(() => {
  baseline = openResources();
});
afterAll(async () => {
  // Every server is closed by its cell: nothing the clients opened may outlive them.
  expect(await resourcesLeftSince(baseline)).toEqual({});
});

type Kind = "idempotent" | "nonIdempotent" | "keyed";

async function runCell(provider: ProviderUnderTest, fault: Fault, kind: Kind, op: OperationUnderTest) {
  const format = fault.xml && provider.speaksXml ? "xml" : "json";
  let server: ProviderServer | undefined;
  const logger = capturingLogger();
  try {
    server = await provider.start((_request, index) => (index === 0 ? fault.behaviour(op.success.status) : op.success));
    const client = provider.client(server.url, { ...CLIENT_OPTIONS, ...fault.clientOptions, logger }, format);
    const outcome = await call(client, op.id, op.args).then(
      (data) => ({ data, error: undefined }),
      (error: unknown) => ({ data: undefined, error }),
    );
    const retrySafe = kind !== "nonIdempotent";
    if (fault.retried && retrySafe) {
      expect(outcome.error).toBeUndefined();
      expect(outcome.data).toEqual(JSON.parse(String(op.success.body)));
      expect(server.requests).toHaveLength(2);
      if (fault.retryDelayMs !== undefined) {
        expectRetryDelay(logger.lines, fault.retryDelayMs);
      }
    } else {
      expectError(outcome.error, fault.expected(format === "xml", op.success.status), provider, op.id);
      expect(server.requests).toHaveLength(1);
    }
    if (kind === "keyed" && provider.keyed !== undefined) {
      const keys = server.requests.map((request) => request.headers[provider.keyed!.keyHeader]);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Set(keys).size).toBe(1);
    }
    if (provider.name === "exsited") {
      expect(server.tokenRequests).toBe(1);
    }
    const secrets = [...provider.secrets, ...server.issuedSecrets];
    expect(leakedSecrets(exposedText(outcome.error), secrets)).toEqual([]);
    expect(leakedSecrets(logger.text(), secrets)).toEqual([]);
  } finally {
    await server?.close();
  }
}

function expectError(error: unknown, expected: ExpectedError, provider: ProviderUnderTest, operationId: string) {
  const errorClass = expected.errorClass === "api" ? provider.errorClass : expected.errorClass;
  expect(error).toBeInstanceOf(errorClass);
  expect(error).toMatchObject({ operationId, ...expected.fields });
  if (expected.causeName !== undefined) {
    expect((error as Error).cause).toMatchObject({ name: expected.causeName });
  }
}

function expectRetryDelay(lines: ReturnType<typeof capturingLogger>["lines"], [min, max]: readonly [number, number]) {
  const retry = lines.find((line) => line.fields?.delayMs !== undefined);
  const delayMs = Number(retry?.fields?.delayMs);
  expect(delayMs).toBeGreaterThanOrEqual(min);
  expect(delayMs).toBeLessThanOrEqual(max);
}

for (const provider of PROVIDERS) {
  describe.concurrent(`${provider.name}: faults`, () => {
    const operations: [Kind, OperationUnderTest][] = [
      ["idempotent", provider.idempotent],
      ["nonIdempotent", provider.nonIdempotent],
      ...(provider.keyed === undefined ? [] : [["keyed", provider.keyed] as [Kind, OperationUnderTest]]),
    ];
    for (const fault of FAULTS) {
      for (const [kind, op] of operations) {
        it(`${fault.name} → ${op.id} (${kind})`, () => runCell(provider, fault, kind, op));
      }
    }
  });

  describe(`${provider.name}: deadlines`, () => {
    // Generous margins: the assertion is that the deadline holds, not how precisely.
    const MARGIN_MS = 1_500;
    const stallForever = () => ({ status: 200, body: "{", cut: { afterBytes: 0, after: "stall" as const } });

    it("an idempotent call retried on stalls ends at its total deadline", async () => {
      const server = await provider.start(stallForever);
      try {
        const client = provider.client(server.url, {
          timeoutMs: 300,
          deadlineMs: 1_000,
          maxRetries: 50,
          retryBaseDelayMs: 5,
          logger: capturingLogger(),
        });
        const started = performance.now();
        const error = await call(client, provider.idempotent.id, provider.idempotent.args).catch((e: unknown) => e);
        const elapsed = performance.now() - started;
        expect(error).toBeInstanceOf(TimeoutError);
        expect(error).toMatchObject({ scope: "deadline", timeoutMs: 1_000 });
        expect(elapsed).toBeLessThanOrEqual(1_000 + MARGIN_MS);
        expect(server.requests.length).toBeGreaterThanOrEqual(2);
      } finally {
        await server.close();
      }
    });

    it("a non-idempotent call whose deadline is shorter than its attempt timeout ends at the deadline, sent once", async () => {
      const server = await provider.start(stallForever);
      try {
        const client = provider.client(server.url, { timeoutMs: 10_000, deadlineMs: 500, logger: capturingLogger() });
        const started = performance.now();
        const error = await call(client, provider.nonIdempotent.id, provider.nonIdempotent.args).catch(
          (e: unknown) => e,
        );
        const elapsed = performance.now() - started;
        expect(error).toBeInstanceOf(TimeoutError);
        expect(error).toMatchObject({ scope: "deadline", timeoutMs: 500 });
        expect(elapsed).toBeLessThanOrEqual(500 + MARGIN_MS);
        expect(server.requests).toHaveLength(1);
      } finally {
        await server.close();
      }
    });
  });
}
