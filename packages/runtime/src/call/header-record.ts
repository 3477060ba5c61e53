/**
 * Request headers as a plain record (Headers objects are several times dearer to make
 * and merge), names in lower case so a later layer replaces a name instead of adding it
 * twice. Merge layers with object spread: it defines own properties, so `__proto__`,
 * a valid header name, stays a header and never touches a prototype.
 */
export type HeaderRecord = Record<string, string>;

/** Sets a header by its lower-cased name, as an own property even when that name is `__proto__`. */
export function setHeader(headers: HeaderRecord, name: string, value: string): void {
  const key = name.toLowerCase();
  if (key === "__proto__") {
    Object.defineProperty(headers, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    headers[key] = value;
  }
}
