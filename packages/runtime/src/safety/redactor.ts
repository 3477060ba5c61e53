/**
 * Hides credentials in everything the runtime lets out: error messages and causes, log
 * lines, error bodies and headers, URLs. First by structure: the value of a sensitive
 * header, of an API-key query parameter, of a body field holding a credential
 * (`client_secret`, `access_token`…) is replaced whatever it is. Then, for servers that
 * echo a credential inside free text, by value (raw, percent-encoded, form-encoded,
 * JSON-escaped). Only values of at least MIN_SECRET_LENGTH characters are matched by
 * value: a short one would punch holes into ordinary words and reveal itself by them
 * (credentials that short are refused when a client is built).
 */

export const REDACTED = "[REDACTED]";

/** Shortest credential a client accepts, in characters (code points). */
export const MIN_SECRET_LENGTH = 8;

/** Body fields that hold credentials in OAuth2 and common API error echoes. */
const ALWAYS_SENSITIVE_FIELDS = ["client_secret", "access_token", "refresh_token", "id_token", "password"];

const ALWAYS_SENSITIVE_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie"];
const MAX_CAUSE_DEPTH = 8;
/** Rotating secrets (OAuth2 tokens) keep the value before the current one: a call may still be using it. */
const ROTATION_MEMORY = 2;

export interface RedactorInit {
  readonly secrets?: readonly string[];
  /** Headers whose value is always hidden, in addition to Authorization and cookies. */
  readonly headerNames?: readonly string[];
  /** Query parameters whose value is always hidden in URLs (and in bodies, as field names), e.g. `api_key`. */
  readonly queryParameterNames?: readonly string[];
}

/** Whether `value` is long enough to be told apart from ordinary text (see MIN_SECRET_LENGTH). */
export function isLongEnoughSecret(value: string): boolean {
  let count = 0;
  for (const _ of value) {
    if (++count >= MIN_SECRET_LENGTH) {
      return true;
    }
  }
  return false;
}

export class Redactor {
  private readonly fixed = new Set<string>();
  private readonly rotating = new Map<string, string[]>();
  private readonly sensitiveHeaders: ReadonlySet<string>;
  private readonly queryPatterns: readonly RegExp[];
  private readonly queryNames: ReadonlySet<string>;
  private readonly sensitiveFields: ReadonlySet<string>;
  /** Every encoded form of every secret, longest first so a secret containing another is hidden whole. */
  private needles: readonly string[] = [];

  constructor(init: RedactorInit = {}) {
    this.sensitiveHeaders = new Set([
      ...ALWAYS_SENSITIVE_HEADERS,
      ...(init.headerNames ?? []).map((n) => n.toLowerCase()),
    ]);
    this.queryNames = new Set(init.queryParameterNames ?? []);
    this.sensitiveFields = new Set([...ALWAYS_SENSITIVE_FIELDS, ...this.queryNames].map((n) => n.toLowerCase()));
    this.queryPatterns = (init.queryParameterNames ?? []).map(
      (name) => new RegExp(`([?&]${escapeRegExp(encodeURIComponent(name))}=)[^&#\\s"'<>]*`, "g"),
    );
    for (const secret of init.secrets ?? []) {
      if (isLongEnoughSecret(secret)) {
        this.fixed.add(secret);
      }
    }
    this.rebuild();
  }

  /** Registers a credential to hide by value; one too short to match safely is hidden by structure only. */
  addSecret(secret: string): void {
    if (!isLongEnoughSecret(secret)) {
      return;
    }
    this.fixed.add(secret);
    this.rebuild();
  }

  /** Records the newest value of a secret that changes over time (e.g. an access token), forgetting older ones. */
  rotateSecret(slot: string, secret: string): void {
    if (!isLongEnoughSecret(secret)) {
      return;
    }
    const recent = [secret, ...(this.rotating.get(slot) ?? []).filter((s) => s !== secret)];
    this.rotating.set(slot, recent.slice(0, ROTATION_MEMORY));
    this.rebuild();
  }

  redact(text: string): string {
    let result = text;
    for (const needle of this.needles) {
      result = result.replaceAll(needle, REDACTED);
    }
    for (const pattern of this.queryPatterns) {
      result = result.replace(pattern, `$1${REDACTED}`);
    }
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
        // By structure: a field named like a credential is hidden whatever its value.
        const itemCopy =
          !Array.isArray(source) && this.sensitiveFields.has(key.toLowerCase()) && item !== null && item !== undefined
            ? REDACTED
            : this.shallowCopy(item);
        // Defined, not assigned: a `__proto__` key stays data and never becomes a prototype.
        Object.defineProperty(copy, key, { value: itemCopy, enumerable: true, writable: true, configurable: true });
        if (typeof itemCopy === "object" && itemCopy !== null && itemCopy !== item) {
          pending.push([item, itemCopy]);
        }
      }
    }
    return root;
  }

  /**
   * A URL safe to show: user info dropped, credential query parameters' values replaced
   * (by name, whatever the value), then anything echoed hidden by value. Text that is not
   * an absolute URL is redacted as text.
   */
  redactUrl(url: string, base?: string): string {
    let parsed: URL;
    try {
      parsed = new URL(url, base);
    } catch {
      return this.redact(url);
    }
    parsed.username = "";
    parsed.password = "";
    if (this.queryNames.size > 0 && parsed.search.length > 1) {
      parsed.search = parsed.search
        .slice(1)
        .split("&")
        .map((part) => {
          const name = part.split("=", 1)[0] ?? "";
          return this.queryNames.has(decodeQueryName(name)) ? `${name}=${REDACTED}` : part;
        })
        .join("&");
    }
    return this.redact(parsed.href);
  }

  redactHeaders(headers: Headers): Headers {
    const copy = new Headers();
    for (const [name, value] of headers) {
      const shown = this.sensitiveHeaders.has(name)
        ? REDACTED
        : name === "location" || name === "content-location"
          ? this.redactUrl(value)
          : this.redact(value);
      copy.append(name, shown);
    }
    return copy;
  }

  /**
   * A cause chain safe to expose. Errors whose message, stack and causes hold no secret
   * are returned as they are (keeping their class and fields, e.g. undici's `code`);
   * others are replaced by a plain Error copy with the same name and `code`.
   */
  redactError(error: unknown, depth = 0): unknown {
    if (typeof error === "string") {
      return this.redact(error);
    }
    if (!(error instanceof Error) || depth >= MAX_CAUSE_DEPTH) {
      return error;
    }
    const cause = error.cause === undefined ? undefined : this.redactError(error.cause, depth + 1);
    const message = this.redact(error.message);
    const stack = error.stack === undefined ? undefined : this.redact(error.stack);
    if (message === error.message && stack === error.stack && cause === error.cause) {
      return error;
    }
    const copy: Error & { code?: unknown } = new Error(message, cause === undefined ? undefined : { cause });
    copy.name = error.name;
    if (stack !== undefined) {
      copy.stack = stack;
    }
    const code = (error as { code?: unknown }).code;
    if (code !== undefined) {
      copy.code = code;
    }
    return copy;
  }

  /** Strings redacted; arrays and plain objects as empty containers for redactValue to fill; anything else as is. */
  private shallowCopy(value: unknown): unknown {
    if (typeof value === "string") {
      return this.redact(value);
    }
    if (Array.isArray(value)) {
      return new Array<unknown>(value.length);
    }
    if (isPlainObject(value)) {
      return {};
    }
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
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function decodeQueryName(name: string): string {
  try {
    return decodeURIComponent(name.replaceAll("+", " "));
  } catch {
    return name;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
