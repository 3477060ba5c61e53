import { z } from "zod";
import type { JsonObject } from "../openapi-document.js";
import { ignoreProblems, type Report, readExtension, type Segments } from "./reader.js";

// Built once: a zod schema costs far more to build than to run, and these read every operation.
const Flag = z.boolean();
const HeaderName = z.string();

/** `x-billforge-idempotent`: whether a retry may repeat the call (overrides the method's default). */
export function readIdempotent(
  operation: JsonObject,
  at: Segments,
  report: Report = ignoreProblems,
): boolean | undefined {
  return readExtension(
    Flag,
    operation,
    "x-billforge-idempotent",
    at,
    report,
    "x-billforge-idempotent must be true or false",
    "use a boolean",
  );
}

/**
 * `x-billforge-idempotency-key`: the header that carries an idempotency key, as the
 * operation declares it among `headers` (header names are case-insensitive).
 */
export function readIdempotencyKey(
  operation: JsonObject,
  at: Segments,
  headers: readonly string[],
  report: Report = ignoreProblems,
): string | undefined {
  if (operation["x-billforge-idempotency-key"] === undefined) {
    return undefined;
  }
  const declared = (key: string) => headers.find((h) => h.toLowerCase() === key.toLowerCase());
  const key = readExtension(
    HeaderName.refine((key) => declared(key) !== undefined),
    operation,
    "x-billforge-idempotency-key",
    at,
    report,
    "idempotency key must name a declared header parameter",
    "declare the header under `parameters` with `in: header`",
  );
  return key === undefined ? undefined : declared(key);
}
