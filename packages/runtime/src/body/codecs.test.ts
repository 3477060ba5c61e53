import { describe, expect, it } from "vitest";
import { type BodyCodec, contentTypeFor, findCodec } from "./body-codec.js";
import { decodeDocumentedBody, decodeUndocumentedBody } from "./decode-body.js";
import { encodeBody } from "./encode-body.js";
import { encodeForm, formCodec } from "./form-codec.js";
import { jsonCodec } from "./json-codec.js";

const codecs = [jsonCodec, formCodec];
const bytes = (text: string) => new TextEncoder().encode(text);
/** As the runtime encodes: with the codec that claims the media type. */
const encode = (value: unknown, mediaType: string) => encodeBody(value, { mediaType }, findCodec(codecs, mediaType));

describe("contentTypeFor", () => {
  const xmlCodec: BodyCodec = { mediaTypes: ["application/xml"], charset: "utf-8", encode: String, decode: String };
  it.each([
    ["application/json", "application/json"],
    ["application/xml", "application/xml; charset=utf-8"],
    ["application/pdf", "application/pdf"],
  ])("%s is sent as %s", (mediaType, want) => {
    expect(contentTypeFor({ mediaType }, findCodec([xmlCodec, ...codecs], mediaType))).toBe(want);
  });
});

describe("findCodec", () => {
  it.each([
    ["application/json", jsonCodec],
    ["application/vnd.api+json", jsonCodec],
    ["application/x-www-form-urlencoded", formCodec],
    ["application/pdf", undefined],
  ])("%s", (mediaType, want) => {
    expect(findCodec(codecs, mediaType)).toBe(want);
  });
});

describe("encodeBody", () => {
  it("sends JSON exactly as given", async () => {
    expect(await encode({ b: 1, a: [null] }, "application/json")).toBe('{"b":1,"a":[null]}');
  });

  it("passes bytes, blobs and strings through for media without a codec, copying bytes", async () => {
    const pdf = bytes("%PDF-1.7");
    const encoded = await encode(pdf, "application/pdf");
    expect(encoded).toEqual(pdf);
    expect(encoded).not.toBe(pdf);
    expect(await encode("raw", "text/csv")).toBe("raw");
  });

  it("refuses a value it cannot send", async () => {
    await expect(encode({ a: 1 }, "application/pdf")).rejects.toThrow(/no codec is registered/);
  });
});

describe("encodeForm", () => {
  it("encodes flat records, repeating keys for arrays and skipping absent values", () => {
    expect(encodeForm({ grant_type: "client_credentials", scope: "a b", ids: [1, 2], skip: undefined })).toBe(
      "grant_type=client_credentials&scope=a+b&ids=1&ids=2",
    );
  });

  it("refuses nesting, which has no standard form encoding", () => {
    expect(() => encodeForm({ filter: { status: "paid" } })).toThrow(/primitives/);
  });

  it("decodes repeated keys into lists and never keeps __proto__", () => {
    expect(formCodec.decode("a=1&a=2&b=x+y&__proto__=p", { mediaType: "application/x-www-form-urlencoded" })).toEqual({
      a: ["1", "2"],
      b: "x y",
    });
  });
});

describe("decodeDocumentedBody", () => {
  it("decodes JSON with the charset of the response", async () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]); // {"n":"é"} in ISO-8859-1
    expect(
      await decodeDocumentedBody(
        latin1,
        "application/json; charset=iso-8859-1",
        { mediaType: "application/json" },
        codecs,
      ),
    ).toEqual({
      n: "é",
    });
  });

  it("returns binary media as bytes and text media as text", async () => {
    const pdf = bytes("%PDF-1.7");
    expect(await decodeDocumentedBody(pdf, "application/pdf", { mediaType: "application/pdf" }, codecs)).toEqual(pdf);
    expect(await decodeDocumentedBody(bytes("a,b"), "text/csv", { mediaType: "text/csv" }, codecs)).toBe("a,b");
  });

  it("uses the documented type when the server mislabels the body", async () => {
    expect(
      await decodeDocumentedBody(bytes('{"a":1}'), "text/plain", { mediaType: "application/json" }, codecs),
    ).toEqual({ a: 1 });
  });

  it("reports a missing codec for a structured media type as a configuration problem", async () => {
    await expect(
      decodeDocumentedBody(
        bytes("<a/>"),
        "application/xml",
        {
          mediaType: "application/xml",
          schema: () => {
            throw new Error("unused");
          },
        },
        codecs,
      ),
    ).rejects.toThrow(/No body codec is registered for application\/xml/);
  });
});

describe("decodeUndocumentedBody", () => {
  it("decodes what a codec claims and keeps the rest as text", async () => {
    expect(await decodeUndocumentedBody(bytes('{"a":1}'), "application/json", codecs)).toEqual({ a: 1 });
    expect(await decodeUndocumentedBody(bytes("{oops"), "application/json", codecs)).toBe("{oops");
    expect(await decodeUndocumentedBody(bytes("<h1>502</h1>"), "text/html", codecs)).toBe("<h1>502</h1>");
    expect(await decodeUndocumentedBody(bytes("plain"), undefined, codecs)).toBe("plain");
  });
});
