import type { MediaDescriptor } from "../descriptors.js";
import type { BodyCodec } from "./body-codec.js";

/** What the runtime can put on the wire; every form can be sent again on a retry. */
export type EncodedBody = string | Uint8Array<ArrayBuffer> | ArrayBuffer | Blob;

/**
 * Encodes a request body for `media` with `codec`, the one claiming it (`findCodec`).
 * Media without a codec (PDF uploads, octet streams) take bytes, a Blob or a string as
 * they are. Throws a TypeError saying why the value cannot be sent.
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
  // Copied so the bytes are a plain ArrayBuffer view that fetch accepts, and later edits by the caller cannot change a retry.
  if (value instanceof Uint8Array) {
    return new Uint8Array(value);
  }
  throw new TypeError(`no codec is registered for ${media.mediaType}; pass a Uint8Array, ArrayBuffer, Blob or string`);
}
