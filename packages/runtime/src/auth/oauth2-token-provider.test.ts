import { describe, expect, it, vi } from "vitest";
import { AuthenticationError } from "../errors/authentication-error.js";
import { recordingLogger } from "../testing/logger.js";
import { EXPIRY_SKEW_MS, OAuth2TokenProvider } from "./oauth2-token-provider.js";
import type { IssuedToken, TokenGrant } from "./oauth2-token-request.js";

function setup(issue: (grant: TokenGrant, call: number) => Promise<IssuedToken>) {
  let now = 1_000_000;
  const grants: TokenGrant[] = [];
  const issued: string[] = [];
  const provider = new OAuth2TokenProvider({
    issue: (grant) => {
      grants.push(grant);
      return issue(grant, grants.length);
    },
    onIssued: (token) => issued.push(token.accessToken),
    now: () => now,
    logger: recordingLogger(),
  });
  return { provider, grants, issued, advance: (ms: number) => (now += ms) };
}

const token = (accessToken: string, expiresInMs?: number, refreshToken?: string): IssuedToken => ({
  accessToken,
  expiresInMs,
  refreshToken,
});
const signal = () => new AbortController().signal;
const rejected = (failure: "rejected" | "timeout") =>
  new AuthenticationError({ scheme: "OAuth", failure, message: `token ${failure}` });

describe("OAuth2TokenProvider", () => {
  it("fetches lazily, once, however many callers wait", async () => {
    const { provider, grants } = setup(async (_grant, call) => token(`t${call}`, 3_600_000));
    expect(grants).toHaveLength(0);
    const tokens = await Promise.all(Array.from({ length: 50 }, () => provider.token(signal())));
    expect(grants).toEqual([{ type: "client_credentials" }]);
    expect(new Set(tokens.map((t) => t.value))).toEqual(new Set(["t1"]));
  });

  it("caches until shortly before expiry, then renews with the refresh token", async () => {
    const { provider, grants, advance } = setup(async (_grant, call) => token(`t${call}`, 3_600_000, `r${call}`));
    expect((await provider.token(signal())).value).toBe("t1");
    advance(3_600_000 - EXPIRY_SKEW_MS - 1);
    expect((await provider.token(signal())).value).toBe("t1");
    advance(1);
    expect((await provider.token(signal())).value).toBe("t2");
    expect(grants).toEqual([{ type: "client_credentials" }, { type: "refresh_token", refreshToken: "r1" }]);
  });

  it("never renews a short-lived token on every call: the skew is at most half the lifetime", async () => {
    const { provider, grants, advance } = setup(async (_grant, call) => token(`t${call}`, 10_000));
    await provider.token(signal());
    advance(4_999);
    await provider.token(signal());
    expect(grants).toHaveLength(1);
    advance(1);
    await provider.token(signal());
    expect(grants).toHaveLength(2);
  });

  it("falls back to client credentials when the refresh fails", async () => {
    const { provider, grants, advance } = setup(async (grant, call) => {
      if (grant.type === "refresh_token") {
        throw rejected("rejected");
      }
      return token(`t${call}`, 60_000, "r1");
    });
    await provider.token(signal());
    advance(60_000);
    expect((await provider.token(signal())).value).toBe("t3");
    expect(grants.map((grant) => grant.type)).toEqual(["client_credentials", "refresh_token", "client_credentials"]);
  });

  it("gives every waiter the same failure, then tries again on the next call", async () => {
    const failure = rejected("timeout");
    const { provider, grants } = setup(async (_grant, call) => {
      if (call === 1) {
        throw failure;
      }
      return token("t2");
    });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => provider.token(signal())));
    expect(results.map((result) => (result.status === "rejected" ? result.reason : "resolved"))).toEqual(
      Array(5).fill(failure),
    );
    expect((await provider.token(signal())).value).toBe("t2");
    expect(grants).toHaveLength(2);
  });

  it("lets one waiter stop waiting without cancelling the shared request", async () => {
    let release: (value: IssuedToken) => void = () => undefined;
    const { provider, grants } = setup(() => new Promise((resolve) => (release = resolve)));
    const impatient = new AbortController();
    const first = provider.token(impatient.signal);
    const second = provider.token(signal());
    impatient.abort(new Error("caller gave up"));
    await expect(first).rejects.toThrow("caller gave up");
    release(token("t1"));
    expect((await second).value).toBe("t1");
    expect(grants).toHaveLength(1);
  });

  it("drops a refused token, but leaves a token that already replaced it", async () => {
    const { provider, grants } = setup(async (_grant, call) => token(`t${call}`));
    const first = await provider.token(signal());
    provider.invalidate(first);
    const second = await provider.token(signal());
    expect(second.value).toBe("t2");
    provider.invalidate(first);
    expect(await provider.token(signal())).toBe(second);
    expect(grants).toHaveLength(2);
  });

  it("starts nothing for a caller that has already aborted", async () => {
    const issue = vi.fn(async () => token("t1"));
    const { provider } = setup(issue);
    await expect(provider.token(AbortSignal.abort())).rejects.toBeDefined();
    expect(issue).not.toHaveBeenCalled();
  });
});
