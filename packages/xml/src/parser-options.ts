/**
 * fast-xml-parser configuration. Every option that matters is set here on purpose: its
 * defaults coerce values (`000123` → 123, `12.50` → 12.5), leave `&#186;` undecoded,
 * trim text and rename some names. The mapping, not the parser, decides types and arrays.
 */
import type { EntityDecoderOptions, X2jOptions } from "fast-xml-parser";
import { XmlDecodeError } from "./errors.js";
import { isDangerousName } from "./names.js";
import { decodeReferences } from "./references.js";

/** Our own entity handling: the five predefined entities and character references only. */
const entityDecoder: EntityDecoderOptions = {
  decode: decodeReferences,
  // Only reachable through a DTD, which guard.ts refuses before parsing; refuse here too.
  addInputEntities(entities) {
    if (Object.keys(entities).length > 0) {
      throw new XmlDecodeError("entity", "entity declarations are not accepted");
    }
  },
  setExternalEntities() {},
  reset() {},
  setXmlVersion() {},
};

/** Authoritative name check: these names become object keys in the parser's output. */
function refuseDangerousName(name: string): string {
  if (isDangerousName(name)) {
    throw new XmlDecodeError("dangerous-name", `name ${JSON.stringify(name)} is not accepted`);
  }
  return name;
}

const keepValue = (_name: string, value: string): string => value;

export function parserOptions(maxDepth: number): X2jOptions {
  return {
    // Document order, attributes beside each element; arrays are decided by the mapping.
    preserveOrder: true,
    isArray: () => false,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    attributesGroupName: false,
    textNodeName: "#text",
    allowBooleanAttributes: false,
    removeNSPrefix: false,
    transformTagName: refuseDangerousName,
    transformAttributeName: refuseDangerousName,
    // Other prototype member names (`toString`...) are harmless data: keep them unrenamed.
    onDangerousProperty: (name) => name,
    strictReservedNames: true,
    // No coercion and no trimming: text reaches the mapping exactly as sent.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    tagValueProcessor: keepValue,
    attributeValueProcessor: keepValue,
    alwaysCreateTextNode: false,
    // CDATA merges into text (not entity-decoded); comments, PIs and the declaration vanish.
    cdataPropName: false,
    commentPropName: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: { enabled: true },
    htmlEntities: false,
    entityDecoder,
    stopNodes: [],
    unpairedTags: [],
    captureMetaData: false,
    maxNestedTags: maxDepth,
    // Callbacks get a matcher instead of a path string built for every element: none reads it.
    jPath: false,
  };
}
