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
  encode(value: unknown, media: MediaDescriptor): string | Promise<string>;
  decode(text: string, media: MediaDescriptor): unknown;
}

/** The first codec claiming `mediaType`; the list is ordered, user codecs before built-in ones. */
export function findCodec(codecs: readonly BodyCodec[], mediaType: string): BodyCodec | undefined {
  return codecs.find((codec) => codec.mediaTypes.some((pattern) => mediaTypeMatches(pattern, mediaType)));
}
