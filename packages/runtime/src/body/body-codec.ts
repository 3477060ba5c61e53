import type { MediaDescriptor } from "../descriptors.js";
import { mediaTypeMatches } from "./media-type.js";

/**
 * Turns values into request bodies and response bodies into values for some media
 * types. JSON and form bodies are built in; `@billforge/xml` plugs in the same way.
 * A codec neither validates nor reshapes: schemas are checked by the runtime.
 */
export interface BodyCodec {
  /** Media types handled, ranges allowed (`application/*+json`). */
  readonly mediaTypes: readonly string[];
  /**
   * The charset of the text `encode` returns, sent as the Content-Type `charset` parameter
   * (`application/xml; charset=utf-8`). Leave it out where the media type defines its own
   * encoding (JSON is UTF-8 by definition and has no charset parameter).
   */
  readonly charset?: string;
  /** Text, or a Blob whose `type` is the full Content-Type (multipart's boundary travels in it). */
  encode(value: unknown, media: MediaDescriptor): string | Blob | Promise<string | Blob>;
  decode(text: string, media: MediaDescriptor): unknown;
}

/** The first codec claiming `mediaType`; the list is ordered, user codecs before built-in ones. */
export function findCodec(codecs: readonly BodyCodec[], mediaType: string): BodyCodec | undefined {
  return codecs.find((codec) => codec.mediaTypes.some((pattern) => mediaTypeMatches(pattern, mediaType)));
}

/**
 * The Content-Type a body of `media` is sent with: its media type, and its codec's charset if
 * that declares one; a codec's Blob of the same media type says it whole (with the boundary).
 */
export function contentTypeFor(media: MediaDescriptor, codec: BodyCodec | undefined, encoded?: unknown): string {
  if (codec !== undefined && encoded instanceof Blob && mediaTypeMatches(media.mediaType, encoded.type)) {
    return encoded.type;
  }
  const charset = codec?.charset;
  return charset === undefined ? media.mediaType : `${media.mediaType}; charset=${charset}`;
}
