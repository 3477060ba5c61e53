import { createExsitedClient } from "@billforge/exsited";
import { afterEach, describe, expect, it } from "vitest";
import { type ExsitedTestServer, startExsitedServer, TOKEN_PATH } from "../e2e/exsited-token-server.js";
import { capturingLogger } from "../e2e/harness/exposure.js";

/**
 * Exsited revokes the previous token on every issue: a token request per call (an
 * `expires_in` of 0, "0", 0.001 or garbage taken at its word) would make concurrent calls
 * revoke each other's tokens. Lifetimes are bounded (60 s to 24 h, garbage counts as 60 s),
 * and a base URL with a path prefixes the token URL like every operation path.
 */

const CREDENTIALS = {
  clientId: "e2e-lifetime-client",
  clientSecret: "e2e-lifetime-secret-5e1b",
  redirectUri: "https://app.example.com/oauth/callback",
};
const ACCOUNT = { status: 200, body: { account: { id: "2YPA6C" } } } as const;

let tenant: ExsitedTestServer | undefined;
afterEach(async () => {
  await tenant?.close();
  tenant = undefined;
});

async function start(options: Partial<Parameters<typeof startExsitedServer>[0]> = {}) {
  tenant = await startExsitedServer({ credentials: CREDENTIALS, api: () => ACCOUNT, ...options });
  return tenant;
}

describe("Exsited: hostile token lifetimes", () => {
  it.each([
    ["0", 0],
    ['"0"', "0"],
    ["0.001", 0.001],
    ["-1", -1],
    ["garbage text", "soon"],
    ["null", null],
  ])("expires_in %s: ten calls, one token request, every call served", async (_name, announced) => {
    const server = await start({ announcedExpiresIn: announced });
    const exsited = createExsitedClient({ ...CREDENTIALS, baseUrl: server.url, logger: capturingLogger() });
    for (let i = 0; i < 10; i++) {
      await exsited.getAccount({ path: { id: "2YPA6C" } });
    }
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.apiRequests.filter((request) => request.refused)).toEqual([]);
  });

  it("expires_in 0: 20 concurrent calls on a cold client, one token request, no call revoking another's token", async () => {
    const server = await start({ announcedExpiresIn: 0 });
    const exsited = createExsitedClient({ ...CREDENTIALS, baseUrl: server.url, logger: capturingLogger() });
    await Promise.all(Array.from({ length: 20 }, () => exsited.getAccount({ path: { id: "2YPA6C" } })));
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.apiRequests.filter((request) => request.refused)).toEqual([]);
  });
});

describe("Exsited: a base URL with a path", () => {
  it("sends the token request to {baseUrl}/api/v1/oauth2/token, as the README says", async () => {
    const server = await start({ tokenPath: `/tenant-a${TOKEN_PATH}` });
    const exsited = createExsitedClient({
      ...CREDENTIALS,
      baseUrl: `${server.url}/tenant-a`,
      logger: capturingLogger(),
    });
    await expect(exsited.getAccount({ path: { id: "2YPA6C" } })).resolves.toBeDefined();
    expect(server.tokenRequests.map((request) => request.granted)).toEqual([true]);
    expect(server.apiRequests.map((request) => request.url)).toEqual(["/tenant-a/api/v3/accounts/2YPA6C"]);
  });
});
