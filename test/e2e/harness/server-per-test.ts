import { afterEach } from "vitest";
import type { ProviderServer, ProviderUnderTest, Script } from "./providers.js";

/** Starts provider servers inside tests and closes every one of them after each test. */
export function serverPerTest(): (provider: ProviderUnderTest, script: Script) => Promise<ProviderServer> {
  const open: ProviderServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return async (provider, script) => {
    const server = await provider.start(script);
    open.push(server);
    return server;
  };
}
