import type { OperationDescriptor } from "@billforge/runtime";
import type { XmlMapping } from "@billforge/xml";
import * as operations from "../../../packages/invoicexpress/src/generated/operations.gen.js";
import { xmlMappings } from "../../../packages/invoicexpress/src/generated/xml-mappings.gen.js";

const descriptors = Object.values(operations) as OperationDescriptor[];

/**
 * The XML mapping one operation body uses, `<operationId>.<status | request>`, found as the
 * runtime finds it: through the name on the descriptor's XML media (bodies of one schema
 * share one mapping, so the table is not keyed by operation).
 */
export function xmlMappingOf(body: string): XmlMapping {
  const [id, where] = body.split(".") as [string, string];
  const operation = descriptors.find((d) => d.id === id);
  const media =
    where === "request" ? operation?.requestBody?.media : operation?.responses.find((r) => r.status === where)?.media;
  const name = media?.find((m) => m.xmlMapping !== undefined)?.xmlMapping;
  const mapping = name === undefined ? undefined : xmlMappings[name];
  if (mapping === undefined) {
    throw new Error(`no XML mapping for ${body}`);
  }
  return mapping;
}
