import type { Authenticator } from "../auth/authenticator.js";
import { type BodyCodec, contentTypeFor, findCodec } from "../body/body-codec.js";
import { type EncodedBody, encodeBody, isOneShotBody } from "../body/encode-body.js";
import { chooseMedia, mediaTypeEssence } from "../body/media-type.js";
import type { OperationDescriptor } from "../descriptors.js";
import { RequestValidationError } from "../errors/request-validation-error.js";
import type { Logger } from "../observability/logger.js";
import type { CallOptions, ClientSettings } from "../options.js";
import {
  type CredentialParameters,
  credentialHeaderIssues,
  credentialQueryIssues,
} from "../safety/credential-parameters.js";
import { headerProblem, headerText } from "../safety/headers.js";
import { expandPath, templateResidueIssue } from "../safety/path-params.js";
import type { Redactor } from "../safety/redactor.js";
import { summarizeIssues, type ValidationIssue } from "../validation/issues.js";
import { type RequestArgs, requestArgumentIssues } from "../validation/validate-request.js";
import type { ValidationMode } from "../validation/validation-mode.js";
import { type HeaderRecord, setHeader } from "./header-record.js";
import { withParameterDefaults } from "./parameter-defaults.js";

/** Everything about a call that stays the same from one attempt to the next. */
export interface PreparedRequest {
  readonly op: OperationDescriptor;
  /** The path with every parameter substituted, encoded and checked. */
  readonly path: string;
  readonly query: Readonly<Record<string, unknown>>;
  /** Defaults under the credentials: User-Agent, Accept, Content-Type, client headers. Names in lower case. */
  readonly defaultHeaders: Readonly<HeaderRecord>;
  /** Over the credentials: argument headers, per-call headers, the idempotency key. Names in lower case. */
  readonly explicitHeaders: Readonly<HeaderRecord>;
  readonly body: EncodedBody | undefined;
  /** The security schemes every attempt applies. */
  readonly schemes: readonly string[];
  /** Sending it twice is harmless: idempotent, or deduplicated by an idempotency key. */
  readonly retrySafe: boolean;
  /** The body is a stream, read as it is sent: the call is sent once, never again (no retry, no 401 re-attempt). */
  readonly oneShot: boolean;
}

export interface PrepareContext {
  readonly settings: ClientSettings;
  readonly codecs: readonly BodyCodec[];
  readonly authenticator: Authenticator;
  readonly redactor: Redactor;
  readonly logger: Logger;
  /** Query and header names that carry the client's credentials: refused in arguments. */
  readonly credentialParameters: CredentialParameters;
}

/**
 * Checks and encodes a call once, before anything is sent (no token is fetched for a
 * call that will be refused). Schema checks follow `mode`; the safety checks (path
 * traversal, header injection, unsendable bodies) always apply.
 */
export async function prepareRequest(
  context: PrepareContext,
  op: OperationDescriptor,
  rawArgs: unknown,
  options: CallOptions,
  mode: ValidationMode,
): Promise<PreparedRequest> {
  const refuse = (issues: readonly ValidationIssue[], cause?: unknown): RequestValidationError =>
    new RequestValidationError({ operationId: op.id, issues: redactIssues(issues, context.redactor), cause });

  const args = argumentsOf(withParameterDefaults(op, rawArgs, context.settings.parameterDefaults));
  if (!args.ok) {
    throw refuse(args.issues);
  }
  const credentialIssues = [
    ...credentialQueryIssues(context.credentialParameters, args.value.query, ["query"]),
    ...credentialHeaderIssues(context.credentialParameters, args.value.headers, ["headers"]),
    ...credentialHeaderIssues(context.credentialParameters, options.headers ?? {}, ["options", "headers"]),
  ];
  if (credentialIssues.length > 0) {
    throw refuse(credentialIssues);
  }
  const bodyMedia =
    op.requestBody === undefined ? undefined : chooseMedia(op.requestBody.media, context.settings.mediaTypePreference);

  if (mode !== "off") {
    const issues = requestArgumentIssues(op, args.value.raw, bodyMedia);
    if (issues.length > 0 && mode === "strict") {
      throw refuse(issues);
    }
    if (issues.length > 0) {
      context.logger.warn(`${op.id}: arguments do not match the schema`, { issues: summarizeIssues(issues) });
    }
  }

  const expansion = expandPath(op.path, args.value.path);
  if (!expansion.ok) {
    throw refuse(expansion.issues);
  }
  const residue = templateResidueIssue(`${context.settings.baseUrl}${expansion.path}`);
  if (residue !== undefined) {
    throw refuse([residue]);
  }

  const explicitHeaders: HeaderRecord = {};
  const headerIssues = [
    ...setHeaders(explicitHeaders, args.value.headers, ["headers"]),
    ...setHeaders(explicitHeaders, options.headers ?? {}, ["options", "headers"]),
  ];
  if (headerIssues.length > 0) {
    throw refuse(headerIssues);
  }
  const idempotencyKey = applyIdempotencyKey(op, explicitHeaders, options, context.logger);

  let body: EncodedBody | undefined;
  let contentType: string | undefined;
  if (args.value.raw.body !== undefined && bodyMedia !== undefined) {
    const codec = findCodec(context.codecs, bodyMedia.mediaType);
    try {
      body = await encodeBody(args.value.raw.body, bodyMedia, codec);
    } catch (error) {
      throw refuse(
        [{ path: ["body"], message: `cannot be encoded as ${bodyMedia.mediaType}: ${messageOf(error)}` }],
        error,
      );
    }
    contentType = contentTypeFor(bodyMedia, codec, body);
  }

  return {
    op,
    path: expansion.path,
    query: args.value.query,
    defaultHeaders: defaultHeaders(context.settings, op, contentType),
    explicitHeaders,
    body,
    schemes: context.authenticator.schemesFor(op),
    retrySafe: op.idempotent || idempotencyKey !== undefined,
    oneShot: isOneShotBody(body),
  };
}

interface ReadArguments {
  readonly raw: RequestArgs;
  readonly path: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, unknown>>;
}

type Parsed =
  | { readonly ok: true; readonly value: ReadArguments }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

/** The runtime cannot even read arguments of the wrong shape, whatever the validation mode. */
function argumentsOf(raw: unknown): Parsed {
  if (raw === undefined) {
    return { ok: true, value: { raw: {}, path: {}, query: {}, headers: {} } };
  }
  if (!isRecord(raw)) {
    return {
      ok: false,
      issues: [{ path: [], message: "arguments must be an object { path?, query?, headers?, body? }" }],
    };
  }
  const { path = {}, query = {}, headers = {} } = raw;
  const issues = Object.entries({ path, query, headers })
    .filter(([, value]) => !isRecord(value))
    .map(([key]) => ({ path: [key], message: "must be an object" }));
  if (!isRecord(path) || !isRecord(query) || !isRecord(headers)) {
    return { ok: false, issues };
  }
  return { ok: true, value: { raw, path, query, headers } };
}

function setHeaders(
  target: HeaderRecord,
  values: Readonly<Record<string, unknown>>,
  path: readonly string[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [name, raw] of Object.entries(values)) {
    if (raw === undefined || raw === null) {
      continue;
    }
    const value = headerText(raw);
    const problem =
      value === undefined ? "must be a string, number, boolean or a list of them" : headerProblem(name, value);
    if (problem === undefined && value !== undefined) {
      setHeader(target, name, value);
    } else {
      issues.push({ path: [...path, name], message: problem ?? "is invalid", code: "unsafe_header" });
    }
  }
  return issues;
}

/**
 * Fills the operation's idempotency key header once per call, so every retry carries
 * the same key: the caller's (argument header, then `options.idempotencyKey`), else a
 * fresh UUID. Returns the key, or undefined when the operation has no such header.
 */
function applyIdempotencyKey(
  op: OperationDescriptor,
  headers: HeaderRecord,
  options: CallOptions,
  logger: Logger,
): string | undefined {
  const header = op.idempotencyKeyHeader;
  if (header === undefined) {
    if (options.idempotencyKey !== undefined) {
      logger.warn(
        `${op.id} has no idempotency key header; idempotencyKey is ignored and the call is not retried after it may have been received`,
      );
    }
    return undefined;
  }
  const name = header.toLowerCase();
  const key =
    (Object.hasOwn(headers, name) ? headers[name] : undefined) ??
    options.idempotencyKey ??
    globalThis.crypto.randomUUID();
  const problem = headerProblem(header, key);
  if (problem !== undefined) {
    throw new RequestValidationError({
      operationId: op.id,
      issues: [{ path: ["options", "idempotencyKey"], message: problem }],
    });
  }
  setHeader(headers, name, key);
  return key;
}

function defaultHeaders(
  settings: ClientSettings,
  op: OperationDescriptor,
  contentType: string | undefined,
): HeaderRecord {
  const headers: HeaderRecord = { "user-agent": settings.userAgent };
  const accept = acceptedMediaTypes(op, settings.mediaTypePreference);
  if (accept !== "") {
    headers.accept = accept;
  }
  if (contentType !== undefined) {
    headers["content-type"] = contentType;
  }
  for (const [name, value] of Object.entries(settings.headers)) {
    setHeader(headers, name, value);
  }
  return headers;
}

const acceptCache = new WeakMap<OperationDescriptor, { preference: readonly string[]; accept: string }>();

/** Every documented response media type, the preferred ones first; computed once per operation and preference. */
function acceptedMediaTypes(op: OperationDescriptor, preference: readonly string[]): string {
  const cached = acceptCache.get(op);
  if (cached?.preference === preference) {
    return cached.accept;
  }
  const accept = rankMediaTypes(op, preference);
  acceptCache.set(op, { preference, accept });
  return accept;
}

function rankMediaTypes(op: OperationDescriptor, preference: readonly string[]): string {
  const documented = [...new Set(op.responses.flatMap((response) => response.media.map((media) => media.mediaType)))];
  const rank = (mediaType: string): number => {
    const index = preference.findIndex((preferred) => mediaTypeEssence(preferred) === mediaTypeEssence(mediaType));
    return index === -1 ? preference.length : index;
  };
  return documented.sort((a, b) => rank(a) - rank(b)).join(", ");
}

function redactIssues(issues: readonly ValidationIssue[], redactor: Redactor): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, message: redactor.redact(issue.message) }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
