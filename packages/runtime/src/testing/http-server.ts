/** A real HTTP server on 127.0.0.1 for connection-level behaviour (resets, slow answers). */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TestServer {
  readonly url: string;
  /** Requests that reached the server. */
  readonly hits: () => number;
  close(): Promise<void>;
}

export async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse, hit: number) => void,
): Promise<TestServer> {
  let hits = 0;
  const server = createServer((request, response) => {
    hits += 1;
    handler(request, response, hits);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback URL nothing listens on: connecting is refused. */
export async function refusedUrl(): Promise<string> {
  const server = await startServer(() => undefined);
  const url = server.url;
  await server.close();
  return url;
}
