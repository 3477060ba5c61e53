/**
 * Base of every error the runtime throws, so one `instanceof` tells billforge failures
 * apart from anything else. Callers build messages from redacted text only: an error
 * never holds a credential, so it can be logged or serialized as it is.
 */
export class BillforgeError extends Error {
  override readonly name: string = "BillforgeError";

  /** Plain data for `JSON.stringify`: name, message, the subclass's fields and a cause summary. */
  toJSON(): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this)) {
      fields[key] = value instanceof Headers ? Object.fromEntries(value) : value;
    }
    return { ...fields, name: this.name, message: this.message, cause: summarizeCause(this.cause) };
  }
}

function summarizeCause(cause: unknown): unknown {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return { name: cause.name, message: cause.message, ...(typeof code === "string" ? { code } : {}) };
  }
  return cause;
}
