import { z } from "zod";
import { isObject, type JsonObject } from "../openapi-document.js";
import { IDENTIFIER } from "./placements.js";
import { ignoreProblems, type Report, type Segments } from "./reader.js";

/** `x-billforge-client-option`: a parameter set once per client; `mediaTypes` when its value picks a format. */
export interface ClientOption {
  readonly name: string;
  readonly mediaTypes?: Readonly<Record<string, string>>;
}

const Named = z.object({ name: z.string().regex(IDENTIFIER) });
const MediaTypes = z.record(z.string(), z.string());

/**
 * Reads a parameter's client option; `schema` is the parameter's resolved schema, which
 * with `mediaTypes` needs an enum whose every value has a media type, and a default.
 */
export function readClientOption(
  parameter: JsonObject,
  schema: unknown,
  at: Segments,
  report: Report = ignoreProblems,
): ClientOption | undefined {
  const raw = parameter["x-billforge-client-option"];
  if (raw === undefined) {
    return undefined;
  }
  const where = [...at, "x-billforge-client-option"];
  const named = Named.safeParse(raw);
  if (!named.success || !isObject(raw)) {
    report(where, "x-billforge-client-option needs a `name` that is an identifier", "e.g. `{ name: format }`");
    return undefined;
  }
  if (raw.mediaTypes === undefined) {
    return { name: named.data.name };
  }
  const values = isObject(schema) && Array.isArray(schema.enum) ? schema.enum : undefined;
  const mediaTypes = MediaTypes.safeParse(raw.mediaTypes);
  if (!mediaTypes.success) {
    report(where, "mediaTypes must map option values to media types", "e.g. `{ json: application/json }`");
  } else if (!values?.every((v) => typeof mediaTypes.data[String(v)] === "string")) {
    report(
      where,
      "with mediaTypes, the parameter schema needs an enum whose every value has a media type",
      "list each enum value under mediaTypes",
    );
  } else if (!isObject(schema) || schema.default === undefined) {
    report(where, "with mediaTypes, the parameter schema needs a default", "add `default:` to the parameter schema");
  } else {
    return { name: named.data.name, mediaTypes: mediaTypes.data };
  }
  return undefined;
}
