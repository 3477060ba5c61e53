import { ResponseValidationError } from "@billforge/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturingLogger } from "../e2e/harness/exposure.js";
import { call, PROVIDERS, type ProviderServer } from "../e2e/harness/providers.js";
import { type BombEncoding, compressionBomb, MIB } from "../support/bombs.js";
import { measurePeakGrowth } from "../support/peak-memory.js";
import type { Behaviour } from "../support/test-server.js";

/**
 * Hostile bodies against every provider's client, on success and error statuses alike:
 * a 400 MiB compression bomb (gzip, deflate, br: a few hundred KiB on the wire) and an
 * endless chunked body. Every body is read once, by the runtime's bounded reader, which
 * counts decoded bytes: the call fails with a `size` error after maxResponseBytes, and
 * this process's memory grows by far less than the bound below.
 *
 * The tests of this file run one after another (never concurrently), so each
 * measurement sees one call only; vitest runs each test file in its own process.
 */

const MAX_RESPONSE_BYTES = 1 * MIB;
const BOUND_BYTES = 64 * MIB;
const ENCODINGS: readonly BombEncoding[] = ["gzip", "deflate", "br"];
/** Which hostile answer the server gives: named by a header of the call. */
const CELL_HEADER = "x-hostile-cell";
const ENDLESS_CHUNK = new Uint8Array(64 * 1024).fill(0x20);

interface Cell {
  readonly name: string;
  /** `undefined`: the operation's own success status. */
  readonly status: number | undefined;
  behaviour(status: number): Behaviour;
}

const bombs = new Map<BombEncoding, Buffer>();
const STATUSES = [undefined, 404, 500] as const;
const CELLS: readonly Cell[] = [
  ...ENCODINGS.flatMap((encoding) =>
    STATUSES.map(
      (status): Cell => ({
        name: `400 MiB ${encoding} bomb as ${status ?? "2xx"}`,
        status,
        behaviour: (answered) => ({
          status: answered,
          headers: { "content-type": "application/json", "content-encoding": encoding },
          body: bombs.get(encoding),
        }),
      }),
    ),
  ),
  ...STATUSES.map(
    (status): Cell => ({
      name: `endless chunked body as ${status ?? "2xx"}`,
      status,
      behaviour: (answered) => ({
        status: answered,
        headers: { "content-type": "application/json" },
        endless: ENDLESS_CHUNK,
      }),
    }),
  ),
];

const figures: string[] = [];

beforeAll(async () => {
  for (const encoding of ENCODINGS) {
    bombs.set(encoding, await compressionBomb(encoding));
  }
}, 120_000);

afterAll(() => {
  // The figures the issue asks for, in the test output.
  console.info(`peak RSS growth per hostile body (bound ${BOUND_BYTES / MIB} MiB):\n${figures.join("\n")}`);
});

describe("the memory meter", () => {
  it("sees a 200 MiB allocation (so a bounded figure below means something)", async () => {
    const { growth } = await measurePeakGrowth(async () => {
      const held = Buffer.alloc(200 * MIB, 1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return held.byteLength;
    });
    expect(growth.peakRssBytes).toBeGreaterThan(150 * MIB);
  });
});

for (const provider of PROVIDERS) {
  describe(`${provider.name}: hostile bodies stay bounded`, () => {
    let server: ProviderServer;
    let client: object;
    const op = provider.idempotent;

    beforeAll(async () => {
      server = await provider.start((request) => {
        const cell = CELLS.find((candidate) => candidate.name === request.headers[CELL_HEADER]);
        return cell === undefined ? op.success : cell.behaviour(cell.status ?? op.success.status);
      });
      client = provider.client(server.url, {
        maxResponseBytes: MAX_RESPONSE_BYTES,
        timeoutMs: 10_000,
        maxRetries: 0,
        logger: capturingLogger(),
      });
      // Warm up: code loaded, connection pool and token in place before anything is measured.
      await call(client, op.id, op.args);
    });
    afterAll(() => server.close());

    for (const cell of CELLS) {
      it(cell.name, async () => {
        const { result: error, growth } = await measurePeakGrowth(() =>
          call(client, op.id, op.args, { headers: { [CELL_HEADER]: cell.name } }).then(
            () => undefined,
            (thrown: unknown) => thrown,
          ),
        );
        figures.push(
          `${provider.name.padEnd(14)} ${cell.name.padEnd(34)} ${(growth.peakRssBytes / MIB).toFixed(1)} MiB`,
        );
        expect(error).toBeInstanceOf(ResponseValidationError);
        expect(error).toMatchObject({ reason: "size", status: cell.status ?? op.success.status });
        expect(growth.peakRssBytes).toBeLessThan(BOUND_BYTES);
      }, 120_000);
    }
  });
}
