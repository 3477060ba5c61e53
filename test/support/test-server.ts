import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** An answer: status, headers and a body, possibly late, possibly cut short. */
export interface Answer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Objects are sent as JSON; strings and bytes (e.g. a compressed body) as they are. */
  readonly body?: unknown;
  /** Send this chunk again and again with chunked encoding, never ending (as fast as the client reads). */
  readonly endless?: Uint8Array;
  /** Wait before answering (a slow server). */
  readonly delayMs?: number;
  /**
   * Send the headers (announcing the whole body's length) and only this many bytes of the
   * body, then `"stall"` (keep the connection open, sending nothing more) or `"close"`
   * (destroy the connection: a truncated body).
   */
  readonly cut?: { readonly afterBytes: number; readonly after: "stall" | "close" };
  /** Send the body in chunks of this many bytes with chunked encoding, announcing no length. */
  readonly chunkBytes?: number;
}

/** What the server does with one request. */
export type Behaviour =
  | Answer
  /** Destroy the connection without answering, or right after sending the headers: the client sees a reset. */
  | { readonly reset: "before-headers" | "after-headers" };

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request that reached the server, in order. */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface TestServerLimits {
  /** Requests beyond this many are dropped unanswered. Default 5 000. */
  readonly maxRequests?: number;
  /** The server closes itself this long after it started, whatever the test does. Default 60 000. */
  readonly lifetimeMs?: number;
}

const MAX_REQUESTS = 5_000;
const LIFETIME_MS = 60_000;

/**
 * A real HTTP server on 127.0.0.1 with a scripted answer per request. Bounded: it refuses
 * to serve more than `maxRequests`, closes itself after `lifetimeMs`, and `close()`
 * destroys every open socket, so a test can never leave it running.
 */
export async function startTestServer(
  answer: (request: RecordedRequest, index: number) => Behaviour,
  limits: TestServerLimits = {},
): Promise<TestServer> {
  const maxRequests = limits.maxRequests ?? MAX_REQUESTS;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      const index = requests.push(recorded) - 1;
      if (index >= maxRequests) {
        res.destroy();
        return;
      }
      const behaviour = answer(recorded, index);
      if ("reset" in behaviour) {
        if (behaviour.reset === "after-headers") {
          res.writeHead(200, { "content-type": "application/json", "content-length": "1024" });
          res.flushHeaders();
          later(20, () => req.socket.destroy());
        } else {
          req.socket.destroy();
        }
        return;
      }
      if (behaviour.delayMs) {
        later(behaviour.delayMs, () => res.destroyed || send(res, behaviour, later));
      } else {
        send(res, behaviour, later);
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      clearTimeout(lifetime);
      for (const timer of timers) {
        clearTimeout(timer);
      }
      for (const socket of sockets) {
        socket.destroy();
      }
      server.close(() => resolve());
    });
    return closing;
  };
  const lifetime = setTimeout(() => void close(), limits.lifetimeMs ?? LIFETIME_MS);
  lifetime.unref();
  return { url: `http://127.0.0.1:${port}`, requests, close };
}

function send(res: ServerResponse, answer: Answer, later: (ms: number, run: () => void) => void): void {
  const bytes = answer.body instanceof Uint8Array;
  const body = bytes
    ? Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength)
    : Buffer.from(
        answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body),
        "utf8",
      );
  const contentType = typeof answer.body === "object" && !bytes ? { "content-type": "application/json" } : {};
  const headers = { ...contentType, ...answer.headers };
  if (answer.endless !== undefined) {
    sendForever(res, answer.status, headers, answer.endless);
    return;
  }
  if (answer.cut !== undefined) {
    res.writeHead(answer.status, { ...headers, "content-length": String(body.byteLength) });
    res.write(body.subarray(0, answer.cut.afterBytes));
    if (answer.cut.after === "close") {
      later(20, () => res.socket?.destroy());
    }
    return;
  }
  if (answer.chunkBytes !== undefined) {
    res.writeHead(answer.status, headers);
    for (let offset = 0; offset < body.byteLength; offset += answer.chunkBytes) {
      res.write(body.subarray(offset, offset + answer.chunkBytes));
    }
    res.end();
    return;
  }
  res.writeHead(answer.status, headers);
  res.end(body);
}

/** Writes `chunk` until the client goes away, waiting for it to drain: the server itself stays small. */
function sendForever(res: ServerResponse, status: number, headers: Record<string, string>, chunk: Uint8Array): void {
  res.writeHead(status, headers);
  const pump = (): void => {
    while (!res.destroyed && res.write(chunk)) {}
    if (!res.destroyed) {
      res.once("drain", pump);
    }
  };
  pump();
}
