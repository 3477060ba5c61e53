import { describe, expect, it } from "vitest";
import { type BodyCodec, contentTypeFor } from "./body-codec.js";
import { bytesToText, decodeDocumentedBody, decodeUndocumentedBody } from "./decode-body.js";
import { encodeForm, formCodec } from "./form-codec.js";
import { jsonCodec } from "./json-codec.js";

const codecs: BodyCodec[] = [jsonCodec, formCodec];
const bytes = (text: string) => new TextEncoder().encode(text);
const LATIN1_E_ACUTE = new Uint8Array([0xe9]);

describe("bytesToText", () => {
  it("reads UTF-8 when no charset is given, or utf-8 / utf8 is", () => {
    const utf8 = bytes("é");
    expect(bytesToText(utf8, undefined)).toBe("é");
    expect(bytesToText(utf8, "text/plain")).toBe("é");
    expect(bytesToText(utf8, "text/plain; charset=UTF-8")).toBe("é");
    expect(bytesToText(utf8, "text/plain; charset=utf8")).toBe("é");
  });

  it("reads the response's charset when the platform knows it", () => {
    expect(bytesToText(LATIN1_E_ACUTE, "text/plain; charset=iso-8859-1")).toBe("é");
  });

  it("falls back to UTF-8 for a charset the platform does not know", () => {
    expect(bytesToText(bytes("é"), "text/plain; charset=x-no-such-charset")).toBe("é");
  });
});

describe("decodeDocumentedBody with a documented range", () => {
  it("lets the received Content-Type decide the format of */*", async () => {
    const media = { mediaType: "*/*" };
    expect(await decodeDocumentedBody(bytes('{"a":1}'), "application/json", media, codecs)).toEqual({ a: 1 });
    expect(await decodeDocumentedBody(bytes("a=1"), "application/x-www-form-urlencoded", media, codecs)).toEqual({
      a: "1",
    });
    expect(await decodeDocumentedBody(bytes("hi"), "text/plain", media, codecs)).toBe("hi");
  });

  it("keeps an unlabelled body under a range as bytes", async () => {
    const body = bytes("{}");
    expect(await decodeDocumentedBody(body, undefined, { mediaType: "*/*" }, codecs)).toEqual(body);
  });

  it("decodes text media in the response's charset", async () => {
    const text = await decodeDocumentedBody(
      LATIN1_E_ACUTE,
      "text/plain; charset=iso-8859-1",
      { mediaType: "text/plain" },
      codecs,
    );
    expect(text).toBe("é");
  });
});

describe("decodeUndocumentedBody", () => {
  it("reads an undocumented body in its charset, codec or not", async () => {
    expect(await decodeUndocumentedBody(LATIN1_E_ACUTE, "text/html; charset=iso-8859-1", codecs)).toBe("é");
    const json = new Uint8Array([0x22, 0xe9, 0x22]); // "é" in ISO-8859-1
    expect(await decodeUndocumentedBody(json, "application/json; charset=iso-8859-1", codecs)).toBe("é");
  });

  it("hands the codec the received Content-Type", async () => {
    const seen: string[] = [];
    const spy: BodyCodec = {
      mediaTypes: ["application/*+json"],
      encode: () => "",
      decode: (_text, media) => {
        seen.push(media.mediaType);
        return "decoded";
      },
    };
    expect(await decodeUndocumentedBody(bytes("{}"), "application/problem+json", [spy])).toBe("decoded");
    expect(seen).toEqual(["application/problem+json"]);
  });
});

describe("encodeForm", () => {
  it("writes numbers and booleans as they print, and skips null", () => {
    expect(encodeForm({ n: 1.5, ok: false, none: null, list: [true, null, 2] })).toBe(
      "n=1.5&ok=false&list=true&list=2",
    );
  });

  it.each([
    ["an array", ["a"]],
    ["null", null],
    ["a string", "a=1"],
  ])("refuses %s as a whole body", (_name, value) => {
    expect(() => encodeForm(value)).toThrow(new TypeError("A form body must be an object"));
  });

  it("refuses objects inside a list, naming the field", () => {
    expect(() => encodeForm({ tags: ["a", { b: 1 }] })).toThrow(/Form field tags must hold primitives/);
  });
});

describe("form decoding and __proto__", () => {
  it("never lets a __proto__ field reach the record's prototype, however often it is sent", () => {
    const media = { mediaType: "application/x-www-form-urlencoded" };
    for (const text of ["__proto__=x&a=1", "__proto__=x&__proto__=y&a=1"]) {
      const record = formCodec.decode(text, media) as Record<string, unknown>;
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(Object.keys(record)).toEqual(["a"]);
    }
  });

  it("keeps a field with an empty name", () => {
    expect(formCodec.decode("=v&a=1", { mediaType: "application/x-www-form-urlencoded" })).toEqual({ "": "v", a: "1" });
  });
});

describe("contentTypeFor", () => {
  it("takes a Blob's own type only from a codec: a caller's Blob is sent as the documented type", () => {
    const blob = new Blob(["--x--"], { type: "multipart/form-data; boundary=x" });
    expect(contentTypeFor({ mediaType: "multipart/form-data" }, undefined, blob)).toBe("multipart/form-data");
  });
});
