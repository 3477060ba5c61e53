import { isBinaryValue } from "./binary-value.js";
import type { BodyCodec } from "./body-codec.js";

/**
 * `multipart/form-data`: an object's fields as parts. A Blob or Uint8Array field is a file
 * part (a `File` keeps its name), an array repeats its field, an object is a JSON part
 * (OpenAPI's default content type for object properties), anything else its text. The
 * result is a Blob whose type carries the boundary, so the request's Content-Type does,
 * and a retry can send the same bytes again.
 */
export const multipartCodec: BodyCodec = {
  mediaTypes: ["multipart/form-data"],
  encode: (value) => encodeMultipart(value),
  decode: () => {
    throw new TypeError("multipart/form-data responses are not decoded; read the raw response instead");
  },
};

export async function encodeMultipart(value: unknown): Promise<Blob> {
  if (typeof value !== "object" || value === null || Array.isArray(value) || isBinaryValue(value)) {
    throw new TypeError("A multipart body must be an object of fields");
  }
  const form = new FormData();
  for (const [key, field] of Object.entries(value)) {
    for (const item of Array.isArray(field) ? field : [field]) {
      if (item === undefined || item === null) {
        continue;
      }
      if (item instanceof Blob) {
        form.append(key, item);
      }
      // Copied into a Blob so later edits of the caller's array cannot change a retry.
      else if (item instanceof Uint8Array) {
        form.append(key, new Blob([new Uint8Array(item)]), key);
      } else if (typeof item === "object") {
        form.append(key, new Blob([JSON.stringify(item)], { type: "application/json" }));
      } else {
        form.append(key, String(item));
      }
    }
  }
  return await new Response(form).blob();
}
