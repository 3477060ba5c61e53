import type { MediaDescriptor } from "../descriptors.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import { type BodyCodec, findCodec } from "./body-codec.js";
import { isTextMediaType, mediaTypeCharset } from "./media-type.js";

/**
 * Decodes a documented body: with the codec for its media type when there is one,
 * as text for `text/*`, as bytes otherwise (PDFs, octet streams). A codec's exception
 * (malformed body) propagates for the caller to report.
 */
export async function decodeDocumentedBody(
  bytes: Uint8Array,
  contentType: string | undefined,
  media: MediaDescriptor,
  codecs: readonly BodyCodec[],
): Promise<unknown> {
  // A documented range (`*/*`) says nothing about the format: then the received type decides.
  const mediaType = media.mediaType.includes("*") ? (contentType ?? media.mediaType) : media.mediaType;
  const codec = findCodec(codecs, mediaType);
  if (codec !== undefined) {
    return await codec.decode(bytesToText(bytes, contentType), media);
  }
  if (media.schema !== undefined) {
    throw new ConfigurationError(
      `No body codec is registered for ${mediaType}; pass one in createClientCore({ codecs })`,
    );
  }
  return isTextMediaType(mediaType) ? bytesToText(bytes, contentType) : bytes;
}

/**
 * Decodes a body nothing documents (a gateway's HTML error page, an undocumented
 * status): with a codec when one claims the content type and the body parses, else as text.
 */
export async function decodeUndocumentedBody(
  bytes: Uint8Array,
  contentType: string | undefined,
  codecs: readonly BodyCodec[],
): Promise<unknown> {
  const text = bytesToText(bytes, contentType);
  const codec = contentType === undefined ? undefined : findCodec(codecs, contentType);
  if (codec === undefined) {
    return text;
  }
  try {
    return await codec.decode(text, { mediaType: contentType ?? "" });
  } catch {
    return text;
  }
}

/** Decoding without `stream` keeps no state: one UTF-8 decoder serves every body (making one per call is not free). */
const utf8 = new TextDecoder("utf-8");

/** Text in the response's charset when the platform knows it, UTF-8 otherwise. */
export function bytesToText(bytes: Uint8Array, contentType: string | undefined): string {
  const charset = contentType === undefined ? undefined : mediaTypeCharset(contentType);
  if (charset === undefined || charset === "utf-8" || charset === "utf8") {
    return utf8.decode(bytes);
  }
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return utf8.decode(bytes);
  }
}
