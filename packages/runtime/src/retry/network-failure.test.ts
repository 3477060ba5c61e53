import { describe, expect, it } from "vitest";
import { failedBeforeSending, failureCode } from "./network-failure.js";

const systemError = (code: string) => Object.assign(new Error(code), { code });
const fetchFailed = (cause: unknown) => new TypeError("fetch failed", { cause });

describe("failedBeforeSending", () => {
  it.each([
    ["connection refused", fetchFailed(systemError("ECONNREFUSED")), true],
    ["unknown host", fetchFailed(systemError("ENOTFOUND")), true],
    ["DNS temporarily failing", fetchFailed(systemError("EAI_AGAIN")), true],
    ["connect timeout", fetchFailed(systemError("UND_ERR_CONNECT_TIMEOUT")), true],
    [
      "happy eyeballs: every address refused",
      fetchFailed(new AggregateError([systemError("ECONNREFUSED"), systemError("ECONNREFUSED")])),
      true,
    ],
    [
      "happy eyeballs: one address reset",
      fetchFailed(new AggregateError([systemError("ECONNREFUSED"), systemError("ECONNRESET")])),
      false,
    ],
    ["connection reset", fetchFailed(systemError("ECONNRESET")), false],
    ["socket closed by the server", fetchFailed(systemError("UND_ERR_SOCKET")), false],
    ["no code at all", new Error("boom"), false],
    ["not an error", "ECONNREFUSED", false],
  ])("%s → %s", (_name, error, want) => {
    expect(failedBeforeSending(error)).toBe(want);
  });
});

describe("failureCode", () => {
  it("finds the code in the cause chain", () => {
    expect(failureCode(fetchFailed(systemError("ECONNRESET")))).toBe("ECONNRESET");
    expect(failureCode(new Error("plain"))).toBeUndefined();
  });
});
