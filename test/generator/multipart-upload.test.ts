/**
 * The generated client of fixtures/specs/multipart-binary.yaml, run against a real
 * node:http server on 127.0.0.1 that parses what it receives as a multipart body (with
 * undici's own parser): files arrive as file parts, fields as text, objects as JSON.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMultipartBinaryClient } from "./__snapshots__/multipart-binary/index.gen.js";

interface Received {
  readonly contentType: string;
  readonly body: Buffer;
}

let server: Server;
let baseUrl = "";
const received: Received[] = [];

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    received.push({ contentType: request.headers["content-type"] ?? "", body: await readAll(request) });
    response.writeHead(request.method === "POST" ? 201 : 200, { "content-type": "application/json" });
    response.end(JSON.stringify({ id: "d1", title: "Contract", size: 3 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** The last request's body, parsed as multipart by the platform's own parser. */
async function lastForm(): Promise<FormData> {
  const last = received.at(-1);
  if (last === undefined) {
    throw new Error("the server received nothing");
  }
  return await new Response(new Uint8Array(last.body), { headers: { "content-type": last.contentType } }).formData();
}

describe("multipart/form-data bodies with files", () => {
  it("sends Blob, File and Uint8Array fields as file parts, other fields as text or JSON", async () => {
    const client = createMultipartBinaryClient({ baseUrl });
    const before = received.length;
    await expect(
      client.uploadDocument({
        body: {
          file: new File(["%PDF-1.7"], "contract.pdf", { type: "application/pdf" }),
          attachments: [new Uint8Array([1, 2, 3]), new Blob(["note"], { type: "text/plain" })],
          title: "Contract",
          pages: 3,
          labels: ["signed", "final"],
          meta: { source: "scanner" },
        },
      }),
    ).resolves.toEqual({ id: "d1", title: "Contract", size: 3 });
    expect(received).toHaveLength(before + 1);
    expect(received.at(-1)?.contentType).toMatch(/^multipart\/form-data;\s*boundary=/);

    const form = await lastForm();
    const file = form.get("file") as File;
    expect(file).toBeInstanceOf(File);
    expect([file.name, file.type, await file.text()]).toEqual(["contract.pdf", "application/pdf", "%PDF-1.7"]);
    const [bytes, note] = form.getAll("attachments") as File[];
    expect([...new Uint8Array(await bytes!.arrayBuffer())]).toEqual([1, 2, 3]);
    expect(await note!.text()).toBe("note");
    expect(form.get("title")).toBe("Contract");
    expect(form.get("pages")).toBe("3");
    expect(form.getAll("labels")).toEqual(["signed", "final"]);
    const meta = form.get("meta") as File;
    expect([meta.type, await meta.text()]).toEqual(["application/json", '{"source":"scanner"}']);
  });

  it.each([
    [
      "a string where a file goes",
      { file: "%PDF-1.7", title: "Contract" },
      "body.file: Invalid input: expected a Blob or a Uint8Array",
    ],
    ["a missing file", { title: "Contract" }, "body.file: Invalid input: expected a Blob or a Uint8Array"],
    [
      "a title too long",
      { file: new Blob(["x"]), title: "x".repeat(51) },
      "body.title: Too big: expected string to have <=50 characters",
    ],
  ])("refuses %s before sending", async (_name, body, message) => {
    const client = createMultipartBinaryClient({ baseUrl });
    const before = received.length;
    await expect(client.uploadDocument({ body: body as never })).rejects.toThrow(message);
    expect(received).toHaveLength(before);
  });

  it("sends an octet-stream body as the bytes given", async () => {
    const client = createMultipartBinaryClient({ baseUrl });
    await client.replaceDocumentContent({ path: { documentId: "d1" }, body: new Uint8Array([7, 8, 9]) });
    const last = received.at(-1);
    expect(last?.contentType).toBe("application/octet-stream");
    expect([...(last?.body ?? [])]).toEqual([7, 8, 9]);
  });
});
