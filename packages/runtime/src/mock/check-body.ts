import { type BodyCodec, findCodec } from "../body/body-codec.js";
import { findMedia, mediaTypeEssence } from "../body/media-type.js";
import type { OperationDescriptor } from "../descriptors.js";
import { schemaIssues } from "../validation/schema-issues.js";
import { issuePointer, valueAt } from "./issue-location.js";
import { issueRule } from "./issue-rule.js";
import type { MockViolation } from "./violation.js";

/** The body decoded by its documented media type, and what broke the spec. */
export async function checkBody(
  operation: OperationDescriptor,
  text: string,
  contentType: string | null,
  codecs: readonly BodyCodec[],
): Promise<{ body: unknown; violations: MockViolation[] }> {
  const at = (pointer: string, rule: string, message: string): MockViolation => ({
    operation: operation.id,
    pointer,
    rule,
    message,
  });
  const documented = operation.requestBody;
  if (text === "") {
    return documented?.required
      ? { body: undefined, violations: [at("/body", "required", "the request body is required")] }
      : { body: undefined, violations: [] };
  }
  if (documented === undefined) {
    return { body: text, violations: [at("/body", "requestBody", `${operation.id} takes no request body`)] };
  }
  const accepted = documented.media.map((m) => m.mediaType).join(", ");
  const media = contentType === null ? undefined : findMedia(documented.media, contentType);
  if (media === undefined) {
    const sent = contentType === null ? "no Content-Type" : `Content-Type ${mediaTypeEssence(contentType)}`;
    return {
      body: text,
      violations: [at("/headers/Content-Type", "content-type", `${sent}; the spec documents ${accepted}`)],
    };
  }
  const codec = findCodec(codecs, media.mediaType);
  if (codec === undefined || media.schema === undefined) {
    return { body: text, violations: [] };
  }
  let body: unknown;
  try {
    body = await codec.decode(text, media);
  } catch (error) {
    return { body: text, violations: [at("/body", "syntax", `not valid ${media.mediaType}: ${String(error)}`)] };
  }
  const violations = schemaIssues(media.schema, body, ["body"]).map((issue) => {
    const pointer = issuePointer(issue);
    return at(pointer, issueRule(issue, valueAt({ body }, issue.path)), issue.message);
  });
  return { body, violations };
}
