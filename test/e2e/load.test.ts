import type { Logger } from "@billforge/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settledHeapBytes } from "./harness/heap.js";
import { openResources, resourcesLeftSince } from "./harness/leaks.js";
import { call, PROVIDERS } from "./harness/providers.js";

/**
 * 1,000 concurrent calls on one client against the local server: every call gets its own
 * right answer, the heap after a round is back near where it was before it, nothing stays
 * open once the server is gone, and Exsited's token is fetched once for all of them
 * (the first round starts on a cold client).
 */

const CONCURRENT_CALLS = 1_000;
/** A first full round sizes the connection pool and compiles the code paths; what it leaves is not growth. */
const WARM_UP_CALLS = 1_000;
/** Heap growth tolerated across the measured round, its 1,000 results still held (about 1 MB); a leak of 8 KB a call would pass it. */
const HEAP_BOUND_BYTES = 8 * 1024 * 1024;

/** Keeps nothing: a logger holding 2,000 lines would be the memory growth measured. */
const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

let baseline: Record<string, number> = {};
beforeAll(() => {
  baseline = openResources();
});
afterAll(async () => {
  expect(await resourcesLeftSince(baseline)).toEqual({});
});

describe.each(PROVIDERS)("$name: 1,000 concurrent calls on one client", (provider) => {
  it("all complete with their own result; memory and sockets return to where they were", async () => {
    const op = provider.idempotent;
    const example = JSON.parse(String(op.success.body)) as Record<string, unknown>;
    const marked = (call: string) => ({ ...example, loadTestCall: call });
    // Each answer carries the request's own marker (an extra field, kept by the client), so a mixed-up response would show.
    const server = await provider.start((request) => ({
      ...op.success,
      body: JSON.stringify(marked(String(request.headers["x-call"]))),
    }));
    let growth = Number.NaN;
    try {
      const client = provider.client(server.url, { logger: silentLogger });
      const run = (count: number, from: number) =>
        Promise.all(
          Array.from({ length: count }, (_, index) =>
            call(client, op.id, op.args, { headers: { "X-Call": String(from + index) } }),
          ),
        );
      await run(WARM_UP_CALLS, 0);
      const before = settledHeapBytes();

      const results = await run(CONCURRENT_CALLS, WARM_UP_CALLS);
      results.forEach((result, index) => {
        expect(result).toEqual(marked(String(WARM_UP_CALLS + index)));
      });
      expect(server.requests).toHaveLength(WARM_UP_CALLS + CONCURRENT_CALLS);
      if (provider.name === "exsited") {
        expect(server.tokenRequests).toBe(1);
      }
      growth = settledHeapBytes() - before;
    } finally {
      await server.close();
    }
    expect(await resourcesLeftSince(baseline)).toEqual({});
    expect(growth).toBeLessThan(HEAP_BOUND_BYTES);
  });
});
