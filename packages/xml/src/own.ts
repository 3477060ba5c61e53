/**
 * Sets an own property. Plain assignment of `__proto__` would replace the object's
 * prototype instead, so that one key goes through defineProperty.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
