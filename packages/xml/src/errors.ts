/**
 * Why a document was refused. Stable codes: callers (and the runtime's error mapping)
 * switch on them, so never rename one.
 *
 * - `size`: the body is larger than `maxBytes` (checked before anything is decoded).
 * - `invalid-utf8`: bytes that are not valid UTF-8.
 * - `doctype`: a DOCTYPE declaration (refused outright: DTDs carry entity bombs and XXE).
 * - `entity`: an ENTITY declaration, or a reference to an entity other than the five
 *   predefined ones (`&lt;` `&gt;` `&amp;` `&quot;` `&apos;`).
 * - `char-ref`: a numeric character reference that is not an XML character
 *   (`&#9999999;`, `&#0;`, `&#xD800;`).
 * - `depth`: elements nested deeper than `maxDepth`.
 * - `dangerous-name`: an element or attribute named `__proto__`, `constructor` or `prototype`.
 * - `malformed`: not well-formed XML (unbalanced tags, text outside the root, bad names...).
 * - `empty`: no root element, for a mapping that does not allow an empty body.
 * - `unexpected-root`: the root element is not the one the mapping names.
 * - `type`: well-formed XML whose shape does not fit the mapping (`abc` where an integer
 *   is expected, two elements where one is expected, mixed content...).
 */
export type XmlDecodeErrorReason =
  | "size"
  | "invalid-utf8"
  | "doctype"
  | "entity"
  | "char-ref"
  | "depth"
  | "dangerous-name"
  | "malformed"
  | "empty"
  | "unexpected-root"
  | "type";

/** A body that could not be decoded; `reason` says why, `path` where (when known). */
export class XmlDecodeError extends Error {
  override readonly name = "XmlDecodeError";
  readonly reason: XmlDecodeErrorReason;
  /** Element path such as `/invoices/invoice[2]/items`, when the error is tied to one. */
  readonly path: string | undefined;

  constructor(reason: XmlDecodeErrorReason, message: string, options?: { path?: string; cause?: unknown }) {
    super(options?.path === undefined ? message : `${message} (at ${options.path})`, { cause: options?.cause });
    this.reason = reason;
    this.path = options?.path;
  }
}

/**
 * Why a value could not be encoded.
 *
 * - `type`: the value does not fit the mapping (a string where a number is mapped, null
 *   where null is not allowed, a non-finite number...).
 * - `invalid-char`: text with a character XML 1.0 cannot carry (control characters other
 *   than tab, newline and carriage return; lone surrogates; U+FFFE, U+FFFF).
 * - `invalid-name`: an element or attribute name that is not an XML name, or is a
 *   dangerous one (it would be refused on decode).
 * - `depth`: nesting deeper than `maxDepth` (also what a cyclic value ends in).
 */
export type XmlEncodeErrorReason = "type" | "invalid-char" | "invalid-name" | "depth";

/** A value that could not be encoded; `reason` says why, `path` where. */
export class XmlEncodeError extends Error {
  override readonly name = "XmlEncodeError";
  readonly reason: XmlEncodeErrorReason;
  readonly path: string;

  constructor(reason: XmlEncodeErrorReason, message: string, path: string) {
    super(`${message} (at ${path})`);
    this.reason = reason;
    this.path = path;
  }
}
