/** Raw bytes a caller may pass for a `format: binary` field or body: a Blob (File included) or a Uint8Array (Buffer included). */
export type BinaryValue = Blob | Uint8Array;

export function isBinaryValue(value: unknown): value is BinaryValue {
  return value instanceof Blob || value instanceof Uint8Array;
}
