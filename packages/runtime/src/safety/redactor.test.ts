import { describe, expect, it } from "vitest";
import { isLongEnoughSecret, MIN_SECRET_LENGTH, REDACTED, Redactor } from "./redactor.js";

describe("Redactor", () => {
  const redactor = new Redactor({
    secrets: ["s3cr3t/key+1 é"],
    headerNames: ["X-API-Key"],
    queryParameterNames: ["api_key"],
  });

  it.each([
    ["raw", "key is s3cr3t/key+1 é here"],
    ["percent-encoded", "GET /x?token=s3cr3t%2Fkey%2B1%20%C3%A9"],
    ["form-encoded", "token=s3cr3t%2Fkey%2B1+%C3%A9"],
  ])("hides a secret spelled %s", (_form, text) => {
    const redacted = redactor.redact(text);
    expect(redacted).toContain(REDACTED);
    expect(redacted).not.toMatch(/s3cr3t/);
  });

  it("hides a secret inside serialized JSON, where quotes and backslashes are escaped", () => {
    const quoted = new Redactor({ secrets: ['pa"ss\\word'] });
    expect(quoted.redact(JSON.stringify({ password: 'pa"ss\\word' }))).toBe(`{"password":"${REDACTED}"}`);
  });

  it("hides API-key query parameters by name, whatever their value", () => {
    expect(redactor.redact("https://x.test/a.json?page=2&api_key=unknown-value&x=1")).toBe(
      `https://x.test/a.json?page=2&api_key=${REDACTED}&x=1`,
    );
  });

  it("hides sensitive headers by name and secrets in other headers by value", () => {
    const headers = redactor.redactHeaders(
      new Headers({
        Authorization: "Bearer anything",
        "X-API-Key": "whatever",
        "X-Echo": "s3cr3t/key+1 é",
        Accept: "application/json",
      }),
    );
    expect(Object.fromEntries(headers)).toEqual({
      authorization: REDACTED,
      "x-api-key": REDACTED,
      "x-echo": REDACTED,
      accept: "application/json",
    });
  });

  it("redacts every string inside decoded data", () => {
    expect(redactor.redactValue({ a: ["s3cr3t/key+1 é", 1], b: { c: "ok" } })).toEqual({
      a: [REDACTED, 1],
      b: { c: "ok" },
    });
  });

  it("copies data nested far deeper than the call stack allows", () => {
    const depth = 100_000;
    const deep: unknown = JSON.parse(`${"[".repeat(depth)}"s3cr3t/key+1 é"${"]".repeat(depth)}`);
    let copy = redactor.redactValue(deep);
    for (let level = 0; level < depth; level++) {
      expect(Array.isArray(copy)).toBe(true);
      copy = (copy as unknown[])[0];
    }
    expect(copy).toBe(REDACTED);
  });

  it("keeps a __proto__ key as plain data, never as a prototype", () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": "s3cr3t/key+1 é"}, "list": [{"__proto__": {"x": 1}}]}');
    const copy = redactor.redactValue(hostile) as Record<string, unknown> & { list: object[] };
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toEqual({ polluted: REDACTED });
    expect(Object.getPrototypeOf(copy.list[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps values that are not plain data as they are", () => {
    const bytes = new Uint8Array([1, 2]);
    const copy = redactor.redactValue({ bytes, n: 1, nothing: null }) as { bytes: Uint8Array };
    expect(copy).toEqual({ bytes, n: 1, nothing: null });
    expect(copy.bytes).toBe(bytes);
  });

  it("keeps rotating secrets for the current and the previous value only", () => {
    const rotating = new Redactor();
    rotating.rotateSecret("token", "token-1-abc");
    rotating.rotateSecret("token", "token-2-abc");
    expect(rotating.redact("token-1-abc token-2-abc")).toBe(`${REDACTED} ${REDACTED}`);
    rotating.rotateSecret("token", "token-3-abc");
    expect(rotating.redact("token-1-abc token-2-abc token-3-abc")).toBe(`token-1-abc ${REDACTED} ${REDACTED}`);
  });

  it("copies an error chain that mentions a secret, keeping names and codes", () => {
    const inner = Object.assign(new Error("connect to https://x.test/?api_key=abc failed"), { code: "ECONNREFUSED" });
    const outer = new TypeError("fetch failed for s3cr3t/key+1 é", { cause: inner });
    const safe = redactor.redactError(outer) as Error & { cause: Error & { code: string } };
    expect(safe).not.toBe(outer);
    expect(safe.name).toBe("TypeError");
    expect(safe.message).toBe(`fetch failed for ${REDACTED}`);
    expect(safe.stack).not.toMatch(/s3cr3t/);
    expect(safe.cause.message).toBe(`connect to https://x.test/?api_key=${REDACTED} failed`);
    expect(safe.cause.code).toBe("ECONNREFUSED");
  });

  it("returns an error without secrets unchanged", () => {
    const error = new RangeError("harmless");
    expect(redactor.redactError(error)).toBe(error);
  });

  describe("by structure", () => {
    const structured = new Redactor({ queryParameterNames: ["api_key"], headerNames: ["X-API-Key"] });

    it("hides credential query parameters in a URL by name, drops user info, keeps the rest as it was", () => {
      expect(structured.redactUrl("https://u:p@x.test/a.json?page=2&api_key=k%20ey&api_key=2&x=a%2Fb#f")).toBe(
        `https://x.test/a.json?page=2&api_key=${REDACTED}&api_key=${REDACTED}&x=a%2Fb#f`,
      );
      expect(structured.redactUrl("/moved?api%5Fkey=1", "https://x.test/a")).toBe(
        `https://x.test/moved?api%5Fkey=${REDACTED}`,
      );
      expect(structured.redactUrl("not a url ?api_key=zz")).toBe(`not a url ?api_key=${REDACTED}`);
    });

    it("hides body fields named like credentials, whatever their value, and nothing else", () => {
      const body = {
        error: "invalid_client",
        client_secret: "x",
        nested: [{ access_token: 1, API_KEY: "k" }],
        note: "ok",
      };
      expect(structured.redactValue(body)).toEqual({
        error: "invalid_client",
        client_secret: REDACTED,
        nested: [{ access_token: REDACTED, API_KEY: REDACTED }],
        note: "ok",
      });
    });

    it("hides credential headers by name and Location URLs by structure", () => {
      const headers = new Headers({ "x-api-key": "k", location: "https://x.test/?api_key=abc", "x-other": "v" });
      expect(Object.fromEntries(structured.redactHeaders(headers))).toEqual({
        "x-api-key": REDACTED,
        location: `https://x.test/?api_key=${REDACTED}`,
        "x-other": "v",
      });
    });

    it("never matches a secret shorter than MIN_SECRET_LENGTH by value: messages keep their words", () => {
      const short = new Redactor({ secrets: ["e", "1234567"] });
      short.addSecret("o");
      short.rotateSecret("token", "t");
      const message = "Resource not found: 1234567 e o t";
      expect(short.redact(message)).toBe(message);
      expect(MIN_SECRET_LENGTH).toBe(8);
      expect(isLongEnoughSecret("🔑".repeat(8))).toBe(true);
      expect(isLongEnoughSecret("🔑".repeat(7))).toBe(false);
    });
  });
});
