import { type BodyCodec, contentTypeFor, findCodec } from "../body/body-codec.js";
import { chooseMedia, mediaTypeEssence } from "../body/media-type.js";
import type { MediaDescriptor, OperationDescriptor, ResponseDescriptor } from "../descriptors.js";
import { schemaIssues } from "../validation/schema-issues.js";
import type { MockAnswer } from "./answer.js";
import type { OperationExamples } from "./definition.js";
import { issuePointer, valueAt } from "./issue-location.js";
import { issueRule } from "./issue-rule.js";
import type { MockViolation } from "./violation.js";

/** An answer ready for the wire, and the value it carries (for the call log). */
export interface RenderedAnswer {
  readonly status: number;
  readonly mediaType?: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly text: string | null;
}

/** The documented response for a status: exact, then its range (`4XX`), then `default`. */
export function responseFor(operation: OperationDescriptor, status: number): ResponseDescriptor | undefined {
  const exact = operation.responses.find((r) => r.status === String(status));
  return (
    exact ??
    operation.responses.find((r) => r.status.toUpperCase() === `${String(status)[0]}XX`) ??
    operation.responses.find((r) => r.status === "default")
  );
}

/** The status a default answer has: the first documented success. */
export function defaultStatus(operation: OperationDescriptor): number {
  for (const response of operation.responses) {
    if (/^2/.test(response.status)) {
      return response.status.length === 3 && !/X/i.test(response.status) ? Number(response.status) : 200;
    }
  }
  return 200;
}

/** The spec's example for a response in `media`, else the same example of another media type. */
export function exampleFor(
  examples: OperationExamples | undefined,
  response: ResponseDescriptor,
  media?: string,
): unknown {
  const byMedia = examples?.[response.status];
  if (byMedia === undefined) {
    return undefined;
  }
  if (media !== undefined && Object.hasOwn(byMedia, media)) {
    return byMedia[media];
  }
  return Object.values(byMedia)[0];
}

/** Accept header → preference list, in the order sent (the client sends its preference first). */
function acceptList(accept: string | null): string[] {
  return (accept ?? "")
    .split(",")
    .map((part) => mediaTypeEssence(part))
    .filter((part) => part !== "" && part !== "*/*");
}

/**
 * Turns an answer into wire form: the body is the answer's own (checked against the
 * documented schema: a mock must not answer what the provider never would) or the
 * spec's example, encoded in the media type the request accepts.
 */
export async function renderAnswer(
  operation: OperationDescriptor,
  answer: MockAnswer,
  accept: string | null,
  examples: OperationExamples | undefined,
  codecs: readonly BodyCodec[],
): Promise<{ rendered: RenderedAnswer; violations: MockViolation[] }> {
  const response = responseFor(operation, answer.status);
  const media: MediaDescriptor | undefined =
    answer.mediaType !== undefined
      ? (response?.media.find((m) => mediaTypeEssence(m.mediaType) === mediaTypeEssence(answer.mediaType ?? "")) ?? {
          mediaType: answer.mediaType,
        })
      : response && chooseMedia(response.media, acceptList(accept));
  const violations: MockViolation[] = [];
  let body = answer.body;
  if (body === undefined && response !== undefined) {
    body = exampleFor(examples, response, media?.mediaType);
  } else if (body !== undefined && media?.schema !== undefined) {
    for (const issue of schemaIssues(media.schema, body, ["response", "body"])) {
      violations.push({
        operation: operation.id,
        pointer: issuePointer(issue),
        rule: issueRule(issue, valueAt({ response: { body } }, issue.path)),
        message: `the mock's answer breaks the spec: ${issue.message}`,
      });
    }
  }
  const headers: Record<string, string> = { ...answer.headers };
  let text: string | null = null;
  if (body !== undefined && answer.status !== 204 && answer.status !== 304) {
    const mediaType = media?.mediaType ?? "application/json";
    const codec = findCodec(codecs, mediaType);
    let encoded: string | Blob | undefined;
    if (typeof body === "string" && (codec === undefined || !/json/.test(mediaType))) {
      text = body;
    } else if (codec !== undefined) {
      // A multipart answer is a Blob whose type carries the boundary: the wire text and header follow it.
      encoded = await codec.encode(body, media ?? { mediaType });
      text = typeof encoded === "string" ? encoded : await encoded.text();
    } else {
      text = JSON.stringify(body);
    }
    headers["content-type"] ??= contentTypeFor(media ?? { mediaType }, codec, encoded);
  }
  return {
    rendered: {
      status: answer.status,
      ...(media !== undefined && text !== null ? { mediaType: media.mediaType } : {}),
      headers,
      body,
      text,
    },
    violations,
  };
}
