import type { MediaDescriptor } from "../descriptors.js";
import type { BodyCodec } from "./body-codec.js";

/**
 * What the runtime can put on the wire. Every form but a stream can be sent again on a
 * retry; a stream is read once, as it is sent, so a call with one is never sent twice.
 */
export type EncodedBody = string | Uint8Array<ArrayBuffer> | ArrayBuffer | Blob | ReadableStream<Uint8Array>;

/** A body that can be sent only once: a call carrying it is never retried or re-attempted. */
export function isOneShotBody(body: unknown): body is ReadableStream<Uint8Array> {
  return typeof ReadableStream !== "undefined" && body instanceof ReadableStream;
}

/**
 * Encodes a request body for `media` with `codec`, the one claiming it (`findCodec`).
 * Media without a codec (PDF uploads, octet streams) take bytes, a Blob, a string or a
 * ReadableStream of bytes as they are. Throws a TypeError saying why the value cannot be
 * sent, before anything is: a locked stream (another reader holds it) would fail mid-call.
 */
export async function encodeBody(
  value: unknown,
  media: MediaDescriptor,
  codec: BodyCodec | undefined,
): Promise<EncodedBody> {
  if (codec !== undefined) {
    return await codec.encode(value, media);
  }
  if (typeof value === "string" || value instanceof ArrayBuffer || value instanceof Blob) {
    return value;
  }
  if (isOneShotBody(value)) {
    if (value.locked) {
      throw new TypeError("the ReadableStream is locked (another reader holds it); pass a stream nothing has read");
    }
    return value;
  }
  // Copied so the bytes are a plain ArrayBuffer view that fetch accepts, and later edits by the caller cannot change a retry.
  if (value instanceof Uint8Array) {
    return new Uint8Array(value);
  }
  throw new TypeError(
    `no codec is registered for ${media.mediaType}; pass a Uint8Array, ArrayBuffer, Blob, ReadableStream or string`,
  );
}
