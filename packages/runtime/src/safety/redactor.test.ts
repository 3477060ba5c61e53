import { describe, expect, it } from "vitest";
import { isLongEnoughSecret, MIN_SECRET_LENGTH, REDACTED, Redactor } from "./redactor.js";

// Redactors are built inside each test, never in a describe body: Stryker's vitest runner
// activates a mutant in beforeAll, after collection, so a redactor built while collecting
// would never carry the mutant (its constructor's mutants all survived that way).
const withSecret = () =>
  new Redactor({ secrets: ["s3cr3t/key+1 é"], headerNames: ["X-API-Key"], queryParameterNames: ["api_key"] });
const structural = () => new Redactor({ queryParameterNames: ["api_key"], headerNames: ["X-API-Key"] });

describe("Redactor", () => {
  it.each([
    ["raw", "key is s3cr3t/key+1 é here"],
    ["percent-encoded", "GET /x?token=s3cr3t%2Fkey%2B1%20%C3%A9"],
    ["form-encoded", "token=s3cr3t%2Fkey%2B1+%C3%A9"],
  ])("hides a secret spelled %s", (_form, text) => {
    const redacted = withSecret().redact(text);
    expect(redacted).toContain(REDACTED);
    expect(redacted).not.toMatch(/s3cr3t/);
  });

  it("hides a secret inside serialized JSON, where quotes and backslashes are escaped", () => {
    const quoted = new Redactor({ secrets: ['pa"ss\\word'] });
    expect(quoted.redact(JSON.stringify({ password: 'pa"ss\\word' }))).toBe(`{"password":"${REDACTED}"}`);
  });

  it("hides API-key query parameters by name, whatever their value", () => {
    expect(withSecret().redact("https://x.test/a.json?page=2&api_key=unknown-value&x=1")).toBe(
      `https://x.test/a.json?page=2&api_key=${REDACTED}&x=1`,
    );
  });

  it("hides sensitive headers by name and secrets in other headers by value", () => {
    const headers = withSecret().redactHeaders(
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
    expect(withSecret().redactValue({ a: ["s3cr3t/key+1 é", 1], b: { c: "ok" } })).toEqual({
      a: [REDACTED, 1],
      b: { c: "ok" },
    });
  });

  it("copies data nested far deeper than the call stack allows", () => {
    const depth = 100_000;
    const deep: unknown = JSON.parse(`${"[".repeat(depth)}"s3cr3t/key+1 é"${"]".repeat(depth)}`);
    let copy = withSecret().redactValue(deep);
    for (let level = 0; level < depth; level++) {
      expect(Array.isArray(copy)).toBe(true);
      copy = (copy as unknown[])[0];
    }
    expect(copy).toBe(REDACTED);
  });

  it("keeps a __proto__ key as plain data, never as a prototype", () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": "s3cr3t/key+1 é"}, "list": [{"__proto__": {"x": 1}}]}');
    const copy = withSecret().redactValue(hostile) as Record<string, unknown> & { list: object[] };
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toEqual({ polluted: REDACTED });
    expect(Object.getPrototypeOf(copy.list[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps values that are not plain data as they are", () => {
    const bytes = new Uint8Array([1, 2]);
    const copy = withSecret().redactValue({ bytes, n: 1, nothing: null }) as { bytes: Uint8Array };
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
    const safe = withSecret().redactError(outer) as Error & { cause: Error & { code: string } };
    expect(safe).not.toBe(outer);
    expect(safe.name).toBe("TypeError");
    expect(safe.message).toBe(`fetch failed for ${REDACTED}`);
    expect(safe.stack).not.toMatch(/s3cr3t/);
    expect(safe.cause.message).toBe(`connect to https://x.test/?api_key=${REDACTED} failed`);
    expect(safe.cause.code).toBe("ECONNREFUSED");
  });

  it("returns an error without secrets unchanged", () => {
    const error = new RangeError("harmless");
    expect(withSecret().redactError(error)).toBe(error);
  });

  describe("by structure", () => {
    it("hides credential query parameters in a URL by name, drops user info, keeps the rest as it was", () => {
      expect(structural().redactUrl("https://u:p@x.test/a.json?page=2&api_key=k%20ey&api_key=2&x=a%2Fb#f")).toBe(
        `https://x.test/a.json?page=2&api_key=${REDACTED}&api_key=${REDACTED}&x=a%2Fb#f`,
      );
      expect(structural().redactUrl("/moved?api%5Fkey=1", "https://x.test/a")).toBe(
        `https://x.test/moved?api%5Fkey=${REDACTED}`,
      );
      expect(structural().redactUrl("not a url ?api_key=zz")).toBe(`not a url ?api_key=${REDACTED}`);
    });

    it("hides body fields named like credentials, whatever their value, and nothing else", () => {
      const body = {
        error: "invalid_client",
        client_secret: "x",
        nested: [{ access_token: 1, API_KEY: "k" }],
        note: "ok",
      };
      expect(structural().redactValue(body)).toEqual({
        error: "invalid_client",
        client_secret: REDACTED,
        nested: [{ access_token: REDACTED, API_KEY: REDACTED }],
        note: "ok",
      });
    });

    it("hides credential headers by name and Location URLs by structure", () => {
      const headers = new Headers({ "x-api-key": "k", location: "https://x.test/?api_key=abc", "x-other": "v" });
      expect(Object.fromEntries(structural().redactHeaders(headers))).toEqual({
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

  describe("by value", () => {
    it("hides a secret that contains another whole, whichever was registered first", () => {
      const short = "abcdefgh";
      const long = "abcdefgh-and-more";
      for (const order of [
        [short, long],
        [long, short],
      ]) {
        const redactor = new Redactor({ secrets: order });
        redactor.addSecret("zz-third-secret");
        expect(redactor.redact(`${long} ${short} zz-third-secret`)).toBe(`${REDACTED} ${REDACTED} ${REDACTED}`);
      }
    });

    // Its percent-encoded form cannot be built (encodeURIComponent throws): no stand-in
    // text ("undefined", Stryker's placeholder) may take that form's place.
    it("hides a secret holding a lone surrogate in its raw form, and nothing else", () => {
      const redactor = new Redactor({ secrets: ["key-\ud800-lone"] });
      expect(redactor.redact("got key-\ud800-lone, undefined, Stryker was here!")).toBe(
        `got ${REDACTED}, undefined, Stryker was here!`,
      );
    });

    it("hides API-key query parameters by name wherever they repeat", () => {
      expect(structural().redact("a?api_key=one&x=1&api_key=two")).toBe(
        `a?api_key=${REDACTED}&x=1&api_key=${REDACTED}`,
      );
    });

    it("matches a query parameter's name literally, not as a pattern", () => {
      const redactor = new Redactor({ queryParameterNames: ["card.id"] });
      expect(redactor.redact("?card.id=1234 ?cardXid=5678 ?card_id=9")).toBe(
        `?card.id=${REDACTED} ?cardXid=5678 ?card_id=9`,
      );
    });

    it("keeps the previous rotating value when the current one is announced again", () => {
      const redactor = new Redactor();
      redactor.rotateSecret("token", "token-1-abc");
      redactor.rotateSecret("token", "token-2-abc");
      redactor.rotateSecret("token", "token-2-abc");
      expect(redactor.redact("token-1-abc token-2-abc")).toBe(`${REDACTED} ${REDACTED}`);
    });

    // Stryker's placeholder text stands for "any text": a redactor given no names and no
    // secrets must leave it alone, in free text, URLs, headers and bodies.
    it("hides nothing but the always-sensitive names when built without options", () => {
      const redactor = new Redactor();
      redactor.rotateSecret("token", "token-1-abc");
      const text = "Stryker was here Stryker was here!";
      expect(redactor.redact(text)).toBe(text);
      expect(redactor.redactUrl("https://x.test/?Stryker%20was%20here=1")).toBe(
        "https://x.test/?Stryker%20was%20here=1",
      );
      expect(redactor.redactValue({ "Stryker was here": "v", password: "p" })).toEqual({
        "Stryker was here": "v",
        password: REDACTED,
      });
    });
  });

  describe("decoded data", () => {
    it("keeps a credential field that holds nothing (null or undefined) as it is", () => {
      const copy = structural().redactValue({ access_token: null, password: undefined, api_key: "" });
      expect(copy).toStrictEqual({ access_token: null, password: undefined, api_key: REDACTED });
    });

    it("gives ordinary, writable properties, so a caller may edit the copy", () => {
      const copy = withSecret().redactValue({ a: { b: 1 } }) as { a: { b: number } };
      expect(Object.getOwnPropertyDescriptor(copy, "a")).toEqual({
        value: { b: 1 },
        enumerable: true,
        writable: true,
        configurable: true,
      });
      copy.a.b = 2;
      delete (copy as Partial<typeof copy>).a;
      expect(copy).toEqual({});
    });

    it("copies an object without a prototype (a dictionary some parsers build)", () => {
      const bare = Object.assign(Object.create(null) as Record<string, unknown>, { note: "s3cr3t/key+1 é", n: 1 });
      expect(withSecret().redactValue({ bare })).toEqual({ bare: { note: REDACTED, n: 1 } });
    });

    it("passes undefined and other values through", () => {
      expect(withSecret().redactValue(undefined)).toBeUndefined();
      expect(withSecret().redactValue([undefined, 2, true])).toEqual([undefined, 2, true]);
    });
  });

  describe("URLs and headers", () => {
    it("leaves a URL's empty query alone", () => {
      expect(structural().redactUrl("https://x.test/a?")).toBe("https://x.test/a?");
    });

    it("hides a query name written with + for its space, or undecodable, by name", () => {
      const redactor = new Redactor({ queryParameterNames: ["api key", "100%"] });
      expect(redactor.redactUrl("https://x.test/?api+key=abc&100%=def&other=1")).toBe(
        `https://x.test/?api+key=${REDACTED}&100%=${REDACTED}&other=1`,
      );
    });

    it("drops user info from Location and Content-Location only; other headers are redacted as text", () => {
      const url = "https://user:pass@x.test/a";
      const headers = new Headers({ location: url, "content-location": url, link: url });
      expect(Object.fromEntries(structural().redactHeaders(headers))).toEqual({
        location: "https://x.test/a",
        "content-location": "https://x.test/a",
        link: url,
      });
    });
  });

  describe("errors", () => {
    const secret = "s3cr3t/key+1 é";

    it("redacts a thrown string", () => {
      expect(withSecret().redactError(`failed with ${secret}`)).toBe(`failed with ${REDACTED}`);
    });

    it("copies an error whose cause alone holds a secret, and no cause or code where there was none", () => {
      const outer = new Error("harmless", { cause: new Error(`inner ${secret}`) });
      const safe = withSecret().redactError(outer) as Error;
      expect(safe).not.toBe(outer);
      expect((safe.cause as Error).message).toBe(`inner ${REDACTED}`);
      const plain = withSecret().redactError(new Error(`plain ${secret}`)) as Error;
      expect("cause" in plain).toBe(false);
      expect("code" in plain).toBe(false);
    });

    it("copies an error whose stack alone holds a secret, with the stack redacted", () => {
      const error = new Error("harmless");
      error.stack = `Error: harmless\n    at call (${secret})`;
      const safe = withSecret().redactError(error) as Error;
      expect(safe).not.toBe(error);
      expect(safe.stack).toBe(`Error: harmless\n    at call (${REDACTED})`);
    });

    it("copies an error whose message alone holds a secret, also without a stack", () => {
      const error = new Error(`message ${secret}`);
      error.stack = "Error: somewhere else";
      expect((withSecret().redactError(error) as Error).message).toBe(`message ${REDACTED}`);
      const stackless = new Error(`message ${secret}`);
      delete stackless.stack;
      const safe = withSecret().redactError(stackless) as Error;
      expect(safe.message).toBe(`message ${REDACTED}`);
      // The copy keeps its own stack: a logger printing `stack` never prints "undefined".
      expect(typeof safe.stack).toBe("string");
    });

    it("follows causes eight levels deep and returns the ninth as it is; a cyclic chain ends", () => {
      const chain = Array.from({ length: 10 }, (_, level) => new Error(`level ${level} ${secret}`));
      chain.forEach((error, level) => {
        if (level > 0) {
          (chain[level - 1] as Error).cause = error;
        }
      });
      let safe = withSecret().redactError(chain[0]) as Error;
      for (let level = 0; level < 8; level++) {
        expect(safe.message).toBe(`level ${level} ${REDACTED}`);
        safe = safe.cause as Error;
      }
      expect(safe).toBe(chain[8]);

      const cyclic = new Error(`loop ${secret}`);
      cyclic.cause = cyclic;
      expect((withSecret().redactError(cyclic) as Error).message).toBe(`loop ${REDACTED}`);
    });
  });
});
