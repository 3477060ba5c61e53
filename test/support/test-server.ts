import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the server does with one request. */
export type Behaviour =
  | {
      readonly status: number;
      readonly headers?: Readonly<Record<string, string>>;
      /** Objects are sent as JSON; strings as they are. */
      readonly body?: unknown;
      /** Wait before answering (a slow server). */
      readonly delayMs?: number;
    }
  /** Destroy the connection without answering: the client sees a reset. */
  | { readonly reset: "before-headers" };

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

const MAX_REQUESTS = 5_000;

/**
 * A real HTTP server on 127.0.0.1 with a scripted answer per request. Bounded: it refuses
 * to serve more than MAX_REQUESTS and `close()` destroys every open socket, so a test can
 * never leave it running.
 */
export async function startTestServer(
  answer: (request: RecordedRequest, index: number) => Behaviour,
): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
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
      if (index >= MAX_REQUESTS) {
        res.destroy();
        return;
      }
      const behaviour = answer(recorded, index);
      if ("reset" in behaviour) {
        req.socket.destroy();
        return;
      }
      const send = () => {
        const body =
          behaviour.body === undefined
            ? ""
            : typeof behaviour.body === "string"
              ? behaviour.body
              : JSON.stringify(behaviour.body);
        const contentType = typeof behaviour.body === "object" ? { "content-type": "application/json" } : {};
        res.writeHead(behaviour.status, { ...contentType, ...behaviour.headers });
        res.end(body);
      };
      if (behaviour.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) send();
        }, behaviour.delayMs);
        timers.add(timer);
      } else {
        send();
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
