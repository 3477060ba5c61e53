import type { z } from "zod";
import type { JsonObject } from "../openapi-document.js";

export type Segments = readonly (string | number)[];
export type Report = (segments: Segments, message: string, fix: string) => void;

/** For readers called after lint: the lint rule has already reported every problem. */
export const ignoreProblems: Report = () => {};

/**
 * Reads `node[key]` through `schema`: absent → undefined; malformed → one diagnostic at
 * the extension's position and undefined; otherwise the typed value.
 */
export function readExtension<T>(
  schema: z.ZodType<T>,
  node: JsonObject,
  key: string,
  at: Segments,
  report: Report,
  message: string,
  fix: string,
): T | undefined {
  const raw = node[key];
  if (raw === undefined) {
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) {
    return parsed.data;
  }
  report([...at, key], message, fix);
  return undefined;
}
