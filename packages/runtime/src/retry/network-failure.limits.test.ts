import { describe, expect, it } from "vitest";
import { failedBeforeSending, failureCode } from "./network-failure.js";

// The edges of "the request never left": every documented code, the shapes undici wraps
// them in, and error objects that are not what undici makes (no code, cycles).
const systemError = (code: unknown) => Object.assign(new Error(String(code)), { code });
const fetchFailed = (cause: unknown) => new TypeError("fetch failed", { cause });

/** An error whose cause chain points back at itself. */
function cyclic(code?: string): Error {
  const first = new Error("first") as Error & { code?: string };
  const second = new Error("second", { cause: first });
  first.cause = second;
  if (code !== undefined) {
    first.code = code;
  }
  return first;
}

describe("failedBeforeSending: codes", () => {
  it.each(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"])(
    "%s proves the request never left",
    (code) => {
      expect(failedBeforeSending(fetchFailed(systemError(code)))).toBe(true);
      // Also on the error itself, unwrapped.
      expect(failedBeforeSending(systemError(code))).toBe(true);
    },
  );

  it.each(["ECONNRESET", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_HEADERS_TIMEOUT", ""])(
    "%s may have reached the server",
    (code) => {
      expect(failedBeforeSending(fetchFailed(systemError(code)))).toBe(false);
    },
  );

  it("reads only string codes (an errno number proves nothing)", () => {
    expect(failedBeforeSending(fetchFailed(systemError(-111)))).toBe(false);
  });

  it("finds the code a few causes down", () => {
    const wrapped = new Error("outer", { cause: new Error("middle", { cause: systemError("ECONNREFUSED") }) });
    expect(failedBeforeSending(fetchFailed(wrapped))).toBe(true);
  });
});

describe("failedBeforeSending: happy eyeballs (AggregateError)", () => {
  it("is never-sent when every address failed before sending, even with mixed codes", () => {
    const all = new AggregateError([systemError("ECONNREFUSED"), systemError("EHOSTUNREACH")]);
    expect(failedBeforeSending(fetchFailed(all))).toBe(true);
    expect(failedBeforeSending(all)).toBe(true);
  });

  it("is not never-sent when the aggregate is empty (nothing proves anything)", () => {
    expect(failedBeforeSending(fetchFailed(new AggregateError([])))).toBe(false);
  });

  it("is not never-sent when any address may have been reached", () => {
    const mixed = new AggregateError([systemError("ECONNRESET"), systemError("ECONNREFUSED")]);
    expect(failedBeforeSending(fetchFailed(mixed))).toBe(false);
  });

  it("looks inside wrapped errors of the aggregate", () => {
    const all = new AggregateError([fetchFailed(systemError("ECONNREFUSED")), systemError("ENOTFOUND")]);
    expect(failedBeforeSending(fetchFailed(all))).toBe(true);
  });
});

describe("failedBeforeSending: what is not an undici error", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a string", "ECONNREFUSED"],
    ["a number", 111],
    ["an object with no code", {}],
  ])("%s → false", (_name, value) => {
    expect(failedBeforeSending(value)).toBe(false);
    expect(failedBeforeSending(fetchFailed(value))).toBe(false);
  });

  it("ends on an aggregate that holds itself", () => {
    const aggregate = new AggregateError([systemError("ECONNREFUSED")]);
    aggregate.errors.push(aggregate);
    expect(failedBeforeSending(fetchFailed(aggregate))).toBe(false);
  });

  it("ends on a cyclic cause chain", () => {
    expect(failedBeforeSending(fetchFailed(cyclic()))).toBe(false);
  });
});

describe("failureCode", () => {
  it("returns the outermost string code", () => {
    const outer = Object.assign(new Error("outer", { cause: systemError("ECONNRESET") }), { code: "UND_ERR_SOCKET" });
    expect(failureCode(outer)).toBe("UND_ERR_SOCKET");
  });

  it("skips codes that are not strings", () => {
    const outer = Object.assign(new Error("outer", { cause: systemError("EPIPE") }), { code: 32 });
    expect(failureCode(outer)).toBe("EPIPE");
  });

  it("finds a code a few causes down", () => {
    expect(failureCode(fetchFailed(new Error("middle", { cause: systemError("ECONNRESET") })))).toBe("ECONNRESET");
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a string", "ECONNRESET"],
  ])("has none for %s", (_name, value) => {
    expect(failureCode(value)).toBeUndefined();
    expect(failureCode(fetchFailed(value))).toBeUndefined();
  });

  it("ends on a cyclic cause chain without a code, and finds one inside a cycle", () => {
    expect(failureCode(fetchFailed(cyclic()))).toBeUndefined();
    expect(failureCode(fetchFailed(cyclic("ECONNRESET")))).toBe("ECONNRESET");
  });
});
