import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { constants, createBrotliCompress, createDeflate, createGzip } from "node:zlib";

/** Content encodings fetch decodes, each a way to make a small body decode into a huge one. */
export type BombEncoding = "gzip" | "deflate" | "br";

export const MIB = 1024 * 1024;
/** What the bombs decode to: far beyond any maxResponseBytes, and beyond what a test machine should hold twice. */
export const BOMB_DECODED_BYTES = 400 * MIB;

const compressors = {
  gzip: () => createGzip({ level: 9 }),
  deflate: () => createDeflate({ level: 9 }),
  br: () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
} as const;

const cache = new Map<BombEncoding, Promise<Buffer>>();

/**
 * `decodedBytes` of JSON whitespace inside `{"data": …}`, compressed: a few hundred KiB on
 * the wire. Built by streaming, so making one never holds the decoded size.
 */
export function compressionBomb(encoding: BombEncoding, decodedBytes = BOMB_DECODED_BYTES): Promise<Buffer> {
  if (decodedBytes !== BOMB_DECODED_BYTES) {
    return build(encoding, decodedBytes);
  }
  let bomb = cache.get(encoding);
  if (bomb === undefined) {
    bomb = build(encoding, decodedBytes);
    cache.set(encoding, bomb);
  }
  return bomb;
}

async function build(encoding: BombEncoding, decodedBytes: number): Promise<Buffer> {
  const chunk = Buffer.alloc(MIB, " ");
  async function* json() {
    yield Buffer.from('{"data": ');
    for (let sent = 0; sent < decodedBytes; sent += chunk.byteLength) {
      yield chunk;
    }
    yield Buffer.from("1}");
  }
  return buffer(Readable.from(json()).pipe(compressors[encoding]()));
}
