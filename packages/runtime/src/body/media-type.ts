import type { MediaDescriptor } from "../descriptors.js";

/**
 * Every call matches the same few Content-Type strings against the same documented
 * types; parsing them once each saves that work on the hot path. Bounded, because
 * Content-Types come from servers.
 */
const essences = new Map<string, string>();
const MAX_CACHED_ESSENCES = 64;

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeEssence(contentType: string): string {
  let essence = essences.get(contentType);
  if (essence === undefined) {
    essence = (contentType.split(";")[0] ?? "").trim().toLowerCase();
    if (essences.size < MAX_CACHED_ESSENCES) {
      essences.set(contentType, essence);
    }
  }
  return essence;
}

export function mediaTypeCharset(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1]?.toLowerCase();
}

/**
 * Whether a concrete media type matches a documented one, which may be a range:
 * `*\/*`, `text/*`, or a structured-syntax pattern such as `application/*+json`.
 */
export function mediaTypeMatches(pattern: string, actual: string): boolean {
  const [patternType, patternSubtype] = mediaTypeEssence(pattern).split("/");
  const [actualType, actualSubtype] = mediaTypeEssence(actual).split("/");
  if (
    patternType === undefined ||
    patternSubtype === undefined ||
    actualType === undefined ||
    actualSubtype === undefined
  ) {
    return false;
  }
  if (patternType !== "*" && patternType !== actualType) {
    return false;
  }
  if (patternSubtype === "*" || patternSubtype === actualSubtype) {
    return true;
  }
  return patternSubtype.startsWith("*+") && actualSubtype.endsWith(patternSubtype.slice(1));
}

/** The documented media matching a received `Content-Type`. */
export function findMedia(media: readonly MediaDescriptor[], contentType: string): MediaDescriptor | undefined {
  return media.find((candidate) => mediaTypeMatches(candidate.mediaType, contentType));
}

/** The first preferred media type the operation documents, else the operation's first. */
export function chooseMedia(
  media: readonly MediaDescriptor[],
  preference: readonly string[],
): MediaDescriptor | undefined {
  for (const preferred of preference) {
    const match = media.find((candidate) => mediaTypeEssence(candidate.mediaType) === mediaTypeEssence(preferred));
    if (match !== undefined) {
      return match;
    }
  }
  return media[0];
}

export function isTextMediaType(contentType: string): boolean {
  return mediaTypeEssence(contentType).startsWith("text/");
}
