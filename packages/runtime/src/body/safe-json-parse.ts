/**
 * JSON.parse that accepts every valid document but drops `__proto__` keys.
 *
 * JSON.parse itself makes `__proto__` an ordinary own property; the harm comes later,
 * when code copies the value with `Object.assign`, spread or a deep merge and that key
 * turns into a prototype write. `constructor` and `prototype` stay: as own data they
 * are inert, and dropping them would change legitimate data. The reviver (slower) runs
 * only when the text might spell `__proto__`, directly or through `\u` escapes.
 */
export function safeJsonParse(text: string): unknown {
  const mayHoldProtoKey = text.includes("__proto__") || text.includes("\\u");
  return mayHoldProtoKey ? JSON.parse(text, dropProtoKeys) : JSON.parse(text);
}

function dropProtoKeys(key: string, value: unknown): unknown {
  // Returning undefined from a reviver deletes the property.
  return key === "__proto__" ? undefined : value;
}
