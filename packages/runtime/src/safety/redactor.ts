/**
 * Hides credentials in everything the runtime lets out: error messages and causes, log
 * lines, error bodies and headers. Secrets are matched by value (in the encodings a
 * request can carry them: raw, percent-encoded, form-encoded, JSON-escaped) and by
 * name (sensitive headers, API-key query parameters), so a key is hidden even where it
 * was spelled in a form the runtime did not predict.
 */

export const REDACTED = "[REDACTED]";

const ALWAYS_SENSITIVE_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie"];
const MAX_CAUSE_DEPTH = 8;
/** Rotating secrets (OAuth2 tokens) keep the value before the current one: a call may still be using it. */
const ROTATION_MEMORY = 2;

export interface RedactorInit {
  readonly secrets?: readonly string[];
  /** Headers whose value is always hidden, in addition to Authorization and cookies. */
  readonly headerNames?: readonly string[];
  /** Query parameters whose value is always hidden in URLs, e.g. `api_key`. */
  readonly queryParameterNames?: readonly string[];
}

export class Redactor {
  private readonly fixed = new Set<string>();
  private readonly rotating = new Map<string, string[]>();
  private readonly sensitiveHeaders: ReadonlySet<string>;
  private readonly queryPatterns: readonly RegExp[];
  /** Every encoded form of every secret, longest first so a secret containing another is hidden whole. */
  private needles: readonly string[] = [];

  constructor(init: RedactorInit = {}) {
    this.sensitiveHeaders = new Set([
      ...ALWAYS_SENSITIVE_HEADERS,
      ...(init.headerNames ?? []).map((n) => n.toLowerCase()),
    ]);
    this.queryPatterns = (init.queryParameterNames ?? []).map(
      (name) => new RegExp(`([?&]${escapeRegExp(encodeURIComponent(name))}=)[^&#\\s"'<>]*`, "g"),
    );
    for (const secret of init.secrets ?? []) this.fixed.add(secret);
    this.rebuild();
  }

  addSecret(secret: string): void {
    this.fixed.add(secret);
    this.rebuild();
  }

  /** Records the newest value of a secret that changes over time (e.g. an access token), forgetting older ones. */
  rotateSecret(slot: string, secret: string): void {
    const recent = [secret, ...(this.rotating.get(slot) ?? []).filter((s) => s !== secret)];
    this.rotating.set(slot, recent.slice(0, ROTATION_MEMORY));
    this.rebuild();
  }

  redact(text: string): string {
    let result = text;
    for (const needle of this.needles) result = result.replaceAll(needle, REDACTED);
    for (const pattern of this.queryPatterns) result = result.replace(pattern, `$1${REDACTED}`);
    return result;
  }

  /**
   * A copy of decoded data (objects, arrays, strings) with every string redacted. Walks
   * with its own stack, not by recursion: a hostile body nested thousands of levels deep
   * (a few kilobytes of `[`) must not overflow the call stack.
   */
  redactValue(value: unknown): unknown {
    const root = this.shallowCopy(value);
    const pending: [source: unknown, copy: unknown][] = [[value, root]];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const [source, copy] = next;
      const entries: [string, unknown][] = Array.isArray(source)
        ? source.map((item, index) => [String(index), item])
        : isPlainObject(source)
          ? Object.entries(source)
          : [];
      for (const [key, item] of entries) {
        const itemCopy = this.shallowCopy(item);
        // Defined, not assigned: a `__proto__` key stays data and never becomes a prototype.
        Object.defineProperty(copy, key, { value: itemCopy, enumerable: true, writable: true, configurable: true });
        if (typeof itemCopy === "object" && itemCopy !== null && itemCopy !== item) pending.push([item, itemCopy]);
      }
    }
    return root;
  }

  redactHeaders(headers: Headers): Headers {
    const copy = new Headers();
    for (const [name, value] of headers) {
      copy.append(name, this.sensitiveHeaders.has(name) ? REDACTED : this.redact(value));
    }
    return copy;
  }

  /**
   * A cause chain safe to expose. Errors whose message, stack and causes hold no secret
   * are returned as they are (keeping their class and fields, e.g. undici's `code`);
   * others are replaced by a plain Error copy with the same name and `code`.
   */
  redactError(error: unknown, depth = 0): unknown {
    if (typeof error === "string") return this.redact(error);
    if (!(error instanceof Error) || depth >= MAX_CAUSE_DEPTH) return error;
    const cause = error.cause === undefined ? undefined : this.redactError(error.cause, depth + 1);
    const message = this.redact(error.message);
    const stack = error.stack === undefined ? undefined : this.redact(error.stack);
    if (message === error.message && stack === error.stack && cause === error.cause) return error;
    const copy: Error & { code?: unknown } = new Error(message, cause === undefined ? undefined : { cause });
    copy.name = error.name;
    if (stack !== undefined) copy.stack = stack;
    const code = (error as { code?: unknown }).code;
    if (code !== undefined) copy.code = code;
    return copy;
  }

  /** Strings redacted; arrays and plain objects as empty containers for redactValue to fill; anything else as is. */
  private shallowCopy(value: unknown): unknown {
    if (typeof value === "string") return this.redact(value);
    if (Array.isArray(value)) return new Array<unknown>(value.length);
    if (isPlainObject(value)) return {};
    return value;
  }

  private rebuild(): void {
    const secrets = [...this.fixed, ...[...this.rotating.values()].flat()];
    const needles = new Set(secrets.flatMap(encodedForms).filter((needle) => needle !== ""));
    this.needles = [...needles].sort((a, b) => b.length - a.length);
  }
}

function encodedForms(secret: string): string[] {
  return [
    secret,
    safely(() => encodeURIComponent(secret)),
    new URLSearchParams({ s: secret }).toString().slice("s=".length),
    JSON.stringify(secret).slice(1, -1),
  ];
}

/** encodeURIComponent throws on lone surrogates; such a secret is still hidden in its raw form. */
function safely(encode: () => string): string {
  try {
    return encode();
  } catch {
    return "";
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
