/** 10 MiB: far above any InvoiceXpress page, far below what would hurt a process. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Real documents nest under 10 levels; 64 leaves room without allowing stack games. */
export const DEFAULT_MAX_DEPTH = 64;

/** Decoding and encoding recurse once per level: a higher `maxDepth` could exhaust the stack. */
export const MAX_DEPTH_LIMIT = 1000;

/** Validated `maxBytes` (a NaN would silently disable the check). */
export function maxBytesOf(options: { readonly maxBytes?: number }): number {
  const bytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(bytes) || bytes < 0) {
    throw new RangeError(`@billforge/xml: maxBytes must be a non-negative integer, got ${bytes}`);
  }
  return bytes;
}

/** Validated `maxDepth`: a caller's mistake is a RangeError, not a codec error. */
export function maxDepthOf(options: { readonly maxDepth?: number }): number {
  const depth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH_LIMIT) {
    throw new RangeError(`@billforge/xml: maxDepth must be an integer from 1 to ${MAX_DEPTH_LIMIT}, got ${depth}`);
  }
  return depth;
}

export interface DecodeOptions {
  /** Largest body accepted, in UTF-8 bytes (default {@link DEFAULT_MAX_BYTES}). */
  readonly maxBytes?: number;
  /** Deepest element nesting accepted, the root being depth 1 (default {@link DEFAULT_MAX_DEPTH}, at most {@link MAX_DEPTH_LIMIT}). */
  readonly maxDepth?: number;
}

export interface EncodeOptions {
  /** Deepest element nesting written, the root being depth 1 (default {@link DEFAULT_MAX_DEPTH}, at most {@link MAX_DEPTH_LIMIT}). */
  readonly maxDepth?: number;
}
