/**
 * Names that would reach an object's prototype if used as a key. Refused as element or
 * attribute names on decode (and never written on encode), whatever the mapping says.
 */
const DANGEROUS_NAMES: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export function isDangerousName(name: string): boolean {
  return DANGEROUS_NAMES.has(name);
}

// The XML 1.0 (5th edition) Name production.
const START =
  ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
const XML_NAME = new RegExp(`^[${START}][${START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*$`, "u");

export function isXmlName(name: string): boolean {
  return XML_NAME.test(name);
}
