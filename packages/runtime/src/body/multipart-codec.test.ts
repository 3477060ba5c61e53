import { describe, expect, it } from "vitest";
import { contentTypeFor } from "./body-codec.js";
import { encodeMultipart, multipartCodec } from "./multipart-codec.js";

const media = { mediaType: "multipart/form-data" };

/** The encoded Blob read back by the platform's multipart parser. */
async function parsed(blob: Blob): Promise<FormData> {
  return await new Response(blob, { headers: { "content-type": blob.type } }).formData();
}

describe("multipartCodec", () => {
  it("encodes fields and files into a Blob whose type carries the boundary", async () => {
    const blob = await encodeMultipart({ name: "Ada", age: 36, ok: false, skipped: undefined, nothing: null });
    expect(blob.type).toMatch(/^multipart\/form-data; ?boundary=\S+$/);
    expect(contentTypeFor(media, multipartCodec, blob)).toBe(blob.type);
    const form = await parsed(blob);
    expect([...form.keys()]).toEqual(["name", "age", "ok"]);
    expect(form.get("age")).toBe("36");
  });

  it("copies bytes, so a later edit of the caller's array cannot change a retry", async () => {
    const bytes = new Uint8Array([1, 2]);
    const blob = await encodeMultipart({ file: bytes });
    bytes[0] = 9;
    const file = (await parsed(blob)).get("file") as File;
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([1, 2]);
  });

  it.each([
    ["a string", "text"],
    ["an array", [1]],
    ["null", null],
    ["bytes", new Uint8Array([1])],
  ])("refuses %s as a whole body", async (_name, value) => {
    await expect(encodeMultipart(value)).rejects.toThrow("A multipart body must be an object of fields");
  });

  it("does not decode responses, and says so", () => {
    expect(() => multipartCodec.decode("--x--", media)).toThrow("multipart/form-data responses are not decoded");
  });

  it("a text body keeps the media type's own Content-Type", () => {
    expect(contentTypeFor({ mediaType: "application/json" }, undefined, "{}")).toBe("application/json");
  });
});
