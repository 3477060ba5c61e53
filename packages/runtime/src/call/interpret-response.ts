import type { BodyCodec } from "../body/body-codec.js";
import { bytesToText, decodeDocumentedBody, decodeUndocumentedBody } from "../body/decode-body.js";
import { isEmptyBody } from "../body/empty-body.js";
import { chooseMedia, findMedia } from "../body/media-type.js";
import type { ApiDescriptor, MediaDescriptor, OperationDescriptor, ResponseDescriptor } from "../descriptors.js";
import type { ApiError, ApiErrorClass } from "../errors/api-error.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import { extractErrorFields } from "../errors/error-fields.js";
import { ResponseValidationError, type ResponseValidationReason } from "../errors/response-validation-error.js";
import type { Logger } from "../observability/logger.js";
import type { Redactor } from "../safety/redactor.js";
import type { ValidationIssue } from "../validation/issues.js";
import { schemaIssues } from "../validation/schema-issues.js";
import type { ValidationMode } from "../validation/validation-mode.js";
import type { Exchange } from "./run-attempts.js";

/** How much of an ignored body a warning shows. */
const LOGGED_BODY_CHARS = 2000;

export interface InterpretContext {
  readonly api: ApiDescriptor;
  readonly codecs: readonly BodyCodec[];
  readonly errorClass: ApiErrorClass;
  readonly mediaTypePreference: readonly string[];
  readonly redactor: Redactor;
  readonly logger: Logger;
}

/**
 * Turns the final response into the call's result: the success body (decoded,
 * validated, returned as received so unknown fields survive), or the provider's
 * ApiError. Contract breaks are ResponseValidationErrors in `strict` mode and warnings
 * in `warn` mode; a success body that cannot be decoded at all fails in every mode.
 * Tolerant reader: a success body where the status documents none is not a failure; the
 * result stays `undefined` as typed and the body stays readable on the result's response view.
 */
export async function interpretResponse(
  context: InterpretContext,
  op: OperationDescriptor,
  exchange: Exchange,
  mode: ValidationMode,
): Promise<unknown> {
  const reader = new ResponseReader(context, op, exchange, mode);
  if (!exchange.response.ok) {
    throw await reader.apiError();
  }
  if (reader.bodyNotDocumented()) {
    reader.noteIgnoredBody();
    return undefined;
  }
  return reader.successValue();
}

class ResponseReader {
  private readonly status: number;
  private readonly contentType: string | undefined;
  private readonly documented: ResponseDescriptor | undefined;

  constructor(
    private readonly context: InterpretContext,
    private readonly op: OperationDescriptor,
    private readonly exchange: Exchange,
    private readonly mode: ValidationMode,
  ) {
    this.status = exchange.response.status;
    this.contentType = exchange.response.headers.get("content-type") ?? undefined;
    this.documented = findResponse(op.responses, this.status);
  }

  /** A success status documented without any body, answered with one (`200` + `<tax>…</tax>` to an update). */
  bodyNotDocumented(): boolean {
    return this.documented?.media.length === 0 && !isEmptyBody(this.exchange.body, this.contentType);
  }

  /** `warn` says what was set aside, so a contract drift is visible; `strict` and `off` stay silent (nothing failed). */
  noteIgnoredBody(): void {
    if (this.mode !== "warn") {
      return;
    }
    const text = this.rawText();
    this.context.logger.warn(
      `${this.op.id}: status ${this.status} documents no body but one arrived; it is not the result (read it from the raw response)`,
      {
        operationId: this.op.id,
        status: this.status,
        contentType: this.contentType,
        // Logs are for people: a long body is cut, the raw response keeps all of it.
        body: this.context.redactor.redact(
          text.length > LOGGED_BODY_CHARS ? `${text.slice(0, LOGGED_BODY_CHARS)}…` : text,
        ),
      },
    );
  }

  async successValue(): Promise<unknown> {
    const { body } = this.exchange;
    if (isEmptyBody(body, this.contentType)) {
      return this.emptyValue();
    }
    if (this.documented === undefined) {
      this.report("status", [{ path: [], message: `status ${this.status} is not documented for ${this.op.id}` }]);
      return decodeUndocumentedBody(body, this.contentType, this.context.codecs);
    }
    let media = this.mediaOf(this.documented);
    if (media === undefined) {
      this.report("contentType", [{ path: [], message: this.unexpectedMediaMessage(this.documented) }]);
      // Told to go on (warn/off): read the body as the documented type it most likely is.
      media = chooseMedia(this.documented.media, this.context.mediaTypePreference);
      if (media === undefined) {
        return decodeUndocumentedBody(body, this.contentType, this.context.codecs);
      }
    }
    const decoded = await this.decode(media);
    if ("error" in decoded) {
      throw this.violation(
        "malformed",
        [{ path: [], message: `the body is not valid ${media.mediaType}` }],
        decoded.error,
      );
    }
    const { value } = decoded;
    this.checkSchema(media, value);
    return value;
  }

  /**
   * No body: right where none is documented, a contract break where the status documents
   * one with a schema (the caller's type promises a value; `undefined` would slip through).
   */
  private emptyValue(): undefined {
    const expected = this.documented?.media.filter((media) => media.schema !== undefined) ?? [];
    if (expected.length > 0) {
      const types = expected.map((media) => media.mediaType).join(", ");
      this.report("malformed", [{ path: [], message: `the body is empty where ${types} is documented` }]);
    }
    return undefined;
  }

  /** The provider's error, its body decoded and checked where documented, every text redacted. */
  async apiError(): Promise<ApiError> {
    const { response } = this.exchange;
    const value = await this.errorBody();
    const fields = extractErrorFields(value, response.headers, this.context.api.errors);
    const { redactor } = this.context;
    const redact = (text: string | undefined): string | undefined =>
      text === undefined ? undefined : redactor.redact(text);
    return new this.context.errorClass({
      operationId: this.op.id,
      status: this.status,
      statusText: redactor.redact(response.statusText),
      body: redactor.redactValue(value),
      headers: redactor.redactHeaders(response.headers),
      code: redact(fields.code),
      providerMessage: redact(fields.message),
      messages: fields.messages.map((message) => redactor.redact(message)),
      requestId: redact(fields.requestId),
    });
  }

  /**
   * Error bodies in a documented media type are decoded and validated like success
   * bodies; anything else (a gateway's HTML page) is kept as text, since the HTTP
   * status already says what went wrong.
   */
  private async errorBody(): Promise<unknown> {
    const { body } = this.exchange;
    if (isEmptyBody(body, this.contentType)) {
      return undefined;
    }
    const media = this.documented === undefined ? undefined : this.mediaOf(this.documented);
    if (media === undefined) {
      return decodeUndocumentedBody(body, this.contentType, this.context.codecs);
    }
    const decoded = await this.decode(media);
    if ("error" in decoded) {
      const issue = { path: [], message: `the error body is not valid ${media.mediaType}` };
      this.report("malformed", [issue], decoded.error);
      return this.rawText();
    }
    this.checkSchema(media, decoded.value);
    return decoded.value;
  }

  /** The body decoded as `media`, or why it could not be; a missing codec is the caller's misconfiguration. */
  private async decode(media: MediaDescriptor): Promise<{ value: unknown } | { error: unknown }> {
    try {
      return { value: await decodeDocumentedBody(this.exchange.body, this.contentType, media, this.context.codecs) };
    } catch (error) {
      if (error instanceof ConfigurationError) {
        throw error;
      }
      return { error };
    }
  }

  /** The documented media matching the response; without a Content-Type, the one the client asked for first. */
  private mediaOf(documented: ResponseDescriptor): MediaDescriptor | undefined {
    return this.contentType === undefined
      ? chooseMedia(documented.media, this.context.mediaTypePreference)
      : findMedia(documented.media, this.contentType);
  }

  private checkSchema(media: MediaDescriptor, value: unknown): void {
    if (this.mode === "off" || media.schema === undefined) {
      return;
    }
    this.report("schema", schemaIssues(media.schema, value));
  }

  private unexpectedMediaMessage(documented: ResponseDescriptor): string {
    const expected = documented.media.map((media) => media.mediaType).join(", ");
    return `content type ${this.contentType ?? "(none)"} is not one of: ${expected}`;
  }

  /** Applies the validation mode to a contract break: throw, log, or let it pass. */
  private report(reason: ResponseValidationReason, issues: readonly ValidationIssue[], cause?: unknown): void {
    if (issues.length === 0 || this.mode === "off") {
      return;
    }
    const violation = this.violation(reason, issues, cause);
    if (this.mode === "strict") {
      throw violation;
    }
    this.context.logger.warn(violation.message, { operationId: this.op.id, status: this.status, reason });
  }

  private violation(
    reason: ResponseValidationReason,
    issues: readonly ValidationIssue[],
    cause: unknown,
  ): ResponseValidationError {
    const { redactor } = this.context;
    return new ResponseValidationError({
      operationId: this.op.id,
      reason,
      status: this.status,
      contentType: this.contentType,
      rawBody: redactor.redact(this.rawText()),
      issues: issues.map((issue) => ({ ...issue, message: redactor.redact(issue.message) })),
      cause: redactor.redactError(cause),
    });
  }

  private rawText(): string {
    return bytesToText(this.exchange.body, this.contentType);
  }
}

/** The response documented for `status`: exact, then its class (`4XX`), then `default`. */
export function findResponse(responses: readonly ResponseDescriptor[], status: number): ResponseDescriptor | undefined {
  const exact = String(status);
  const range = `${Math.floor(status / 100)}XX`;
  return (
    responses.find((response) => response.status === exact) ??
    responses.find((response) => response.status.toUpperCase() === range) ??
    responses.find((response) => response.status === "default")
  );
}
