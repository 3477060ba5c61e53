/** Media types whose bodies are bytes, not structured data: no schema, no example needed. */
export function isBinaryMedia(mediaType: string): boolean {
  return /^(application\/(pdf|octet-stream|zip)|image\/|audio\/|video\/)/.test(mediaType);
}

/** JSON and `+json` media types. */
export function isJsonMedia(mediaType: string): boolean {
  return /^application\/([a-z0-9.-]+\+)?json(;|$)/i.test(mediaType);
}

/** `multipart/form-data`: fields and files; a `format: binary` field is a file. */
export function isMultipartMedia(mediaType: string): boolean {
  return /^multipart\/form-data(;|$)/i.test(mediaType);
}

/** XML and `+xml` media types, as `application/` or `text/`. */
export function isXmlMedia(mediaType: string): boolean {
  return /^(application|text)\/([a-z0-9.-]+\+)?xml(;|$)/i.test(mediaType);
}

/** `application/x-www-form-urlencoded`: a flat form body. */
export function isFormUrlEncodedMedia(mediaType: string): boolean {
  return /^application\/x-www-form-urlencoded\s*(?:;|$)/i.test(mediaType);
}
