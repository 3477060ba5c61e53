import { describe, expect, it } from "vitest";
import { encodeMultipart } from "./multipart-codec.js";

async function parsed(blob: Blob): Promise<FormData> {
  return await new Response(blob, { headers: { "content-type": blob.type } }).formData();
}

// The part kinds the codec documents: files (a File keeps its name), repeated fields,
// objects as JSON parts, and everything else as text.
describe("encodeMultipart parts", () => {
  it("sends a File as a file part under its own name and type", async () => {
    const file = new File(["%PDF"], "invoice.pdf", { type: "application/pdf" });
    const part = (await parsed(await encodeMultipart({ attachment: file }))).get("attachment") as File;
    expect(part.name).toBe("invoice.pdf");
    expect(part.type).toBe("application/pdf");
    expect(await part.text()).toBe("%PDF");
  });

  it("names a bytes part after its field", async () => {
    const part = (await parsed(await encodeMultipart({ scan: new Uint8Array([1]) }))).get("scan") as File;
    expect(part.name).toBe("scan");
  });

  it("sends an object as a JSON part", async () => {
    const part = (await parsed(await encodeMultipart({ meta: { a: 1 } }))).get("meta") as File;
    expect(part.type).toBe("application/json");
    expect(JSON.parse(await part.text())).toEqual({ a: 1 });
  });

  it("repeats a field for each item of an array, skipping absent ones", async () => {
    const form = await parsed(await encodeMultipart({ tag: ["a", null, 2, undefined, true] }));
    expect(form.getAll("tag")).toEqual(["a", "2", "true"]);
  });

  it("refuses a Blob as a whole body", async () => {
    await expect(encodeMultipart(new Blob(["x"]))).rejects.toThrow("A multipart body must be an object of fields");
  });
});
