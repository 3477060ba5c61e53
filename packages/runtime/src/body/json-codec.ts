import type { BodyCodec } from "./body-codec.js";
import { safeJsonParse } from "./safe-json-parse.js";

export const jsonCodec: BodyCodec = {
  mediaTypes: ["application/json", "application/*+json"],
  encode: (value) => JSON.stringify(value),
  decode: (text) => safeJsonParse(text),
};
