/**
 * @billforge/xml: schema-driven XML codec. Generated packages emit {@link XmlMapping}s
 * from their OpenAPI schemas; this engine decodes and encodes bodies by them, on
 * fast-xml-parser configured so that no value is guessed and hostile input is refused.
 */
export { decodeXml } from "./decode.js";
export { encodeXml } from "./encode.js";
export { XmlDecodeError, type XmlDecodeErrorReason, XmlEncodeError, type XmlEncodeErrorReason } from "./errors.js";
export type {
  AnyMapping,
  ArrayMapping,
  NodeMapping,
  ObjectMapping,
  PropertyMapping,
  RefMapping,
  ScalarMapping,
  ScalarType,
  UnionMapping,
  XmlMapping,
  XmlMappingTable,
} from "./mapping.js";
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  type DecodeOptions,
  type EncodeOptions,
  MAX_DEPTH_LIMIT,
} from "./options.js";
