import { z } from "zod";
import type { JsonObject } from "../openapi-document.js";
import { IDENTIFIER } from "./placements.js";
import { ignoreProblems, type Report, readExtension, type Segments } from "./reader.js";

/** `x-billforge-options`: option names for a credential's parts, `extra` for token-request fields. */
export interface CredentialOptions {
  /** Credential part (`value`, `username`, `clientId`…) → option name. */
  readonly names: Readonly<Record<string, string>>;
  /** Extra token-request field → option name. */
  readonly extra: Readonly<Record<string, string>>;
}

const Identifier = z.string().regex(IDENTIFIER);
const Options = z
  .record(z.string(), z.union([Identifier, z.record(z.string(), Identifier)]))
  .refine((options) => Object.entries(options).every(([key, value]) => key === "extra" || typeof value === "string"))
  .transform(
    (options): CredentialOptions => ({
      names: Object.fromEntries(
        Object.entries(options).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])),
      ),
      extra: typeof options.extra === "object" ? options.extra : {},
    }),
  );

const NO_OPTIONS: CredentialOptions = { names: {}, extra: {} };

export function readCredentialOptions(
  scheme: JsonObject,
  at: Segments,
  report: Report = ignoreProblems,
): CredentialOptions {
  const raw = scheme["x-billforge-options"];
  if (Array.isArray(raw)) {
    report([...at, "x-billforge-options"], MESSAGE, FIX);
    return NO_OPTIONS;
  }
  return readExtension(Options, scheme, "x-billforge-options", at, report, MESSAGE, FIX) ?? NO_OPTIONS;
}

const MESSAGE = "x-billforge-options must map credential parts to option names";
const FIX = "e.g. `{ value: apiKey }`";

/** `x-billforge-token-request` on an OAuth2 flow: how the token request is encoded and what it adds. */
export interface TokenRequest {
  readonly encoding: "form" | "json";
  readonly extraFields: readonly string[];
}

const TokenRequestSchema = z.object({
  encoding: z.enum(["form", "json"]).default("form"),
  // `extraFields: null` reads as none, as an absent list does.
  extraFields: z
    .array(z.string())
    .nullish()
    .transform((fields) => fields ?? []),
});

export function readTokenRequest(flow: JsonObject, at: Segments, report: Report = ignoreProblems): TokenRequest {
  return (
    readExtension(
      TokenRequestSchema,
      flow,
      "x-billforge-token-request",
      at,
      report,
      "token request must be `{ encoding: form|json, extraFields: [name...] }`",
      "fix its shape",
    ) ?? { encoding: "form", extraFields: [] }
  );
}
