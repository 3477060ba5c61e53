import { mediaTypeEssence } from "./media-type.js";

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * A body that carries nothing: no bytes, or only whitespace in a structured format (Rails'
 * `head :ok` has sent a single space, and InvoiceXpress answers some updates with a lone
 * newline). Whitespace in a plain-text body (`text/*` other than `text/xml`) is content.
 */
export function isEmptyBody(bytes: Uint8Array, contentType: string | undefined): boolean {
  if (bytes.byteLength === 0) {
    return true;
  }
  const essence = contentType === undefined ? undefined : mediaTypeEssence(contentType);
  if (essence?.startsWith("text/") && essence !== "text/xml") {
    return false;
  }
  for (const byte of bytes) {
    if (!WHITESPACE.has(byte)) {
      return false;
    }
  }
  return true;
}
