import { z } from "zod";
import type { JsonObject } from "../openapi-document.js";
import { BODY_POINTER } from "./placements.js";
import { ignoreProblems, type Report, readExtension } from "./reader.js";

const PascalName = z.string().regex(/^[A-Z][A-Za-z0-9]*$/);

/** `info.x-billforge-name`: the PascalCase name of the API (`PetStore`). */
export function readApiName(info: JsonObject, report: Report = ignoreProblems): string | undefined {
  return readExtension(
    PascalName,
    info,
    "x-billforge-name",
    ["info"],
    report,
    "x-billforge-name must be PascalCase",
    "e.g. `PetStore`",
  );
}

/** Where a provider's error body and headers keep the error's parts. */
export interface ErrorFields {
  readonly code: readonly string[];
  readonly message: readonly string[];
  readonly messages: readonly string[];
  readonly requestId: readonly string[];
  readonly requestIdHeaders: readonly string[];
}

const POINTER_KEYS = ["code", "message", "messages", "requestId"] as const;
const StringList = z.array(z.string());
const PointerList = z.array(z.string().regex(BODY_POINTER));

/** `info.x-billforge-errors`; every malformed key is reported on its own, and read as empty. */
export function readErrorFields(info: JsonObject, report: Report = ignoreProblems): ErrorFields {
  const fields: Record<keyof ErrorFields, readonly string[]> = {
    code: [],
    message: [],
    messages: [],
    requestId: [],
    requestIdHeaders: [],
  };
  const raw = info["x-billforge-errors"];
  if (raw === undefined) {
    return fields;
  }
  const entries = z.record(z.string(), z.unknown()).safeParse(raw);
  if (!entries.success || Array.isArray(raw)) {
    report(["info", "x-billforge-errors"], "x-billforge-errors must be an object", "see specs/README.md");
    return fields;
  }
  for (const [key, value] of Object.entries(entries.data)) {
    const at = ["info", "x-billforge-errors", key];
    if (key === "requestIdHeaders") {
      const list = StringList.safeParse(value);
      if (list.success) {
        fields.requestIdHeaders = list.data;
      } else {
        report(at, "requestIdHeaders must list header names", "e.g. `[x-request-id]`");
      }
    } else if ((POINTER_KEYS as readonly string[]).includes(key)) {
      const list = PointerList.safeParse(value);
      if (list.success) {
        fields[key as (typeof POINTER_KEYS)[number]] = list.data;
      } else {
        report(at, `${key} must list JSON pointers into the error body`, "e.g. `[/error/code]`");
      }
    } else {
      report(at, `unknown key ${key}`, "use code, message, messages, requestId, requestIdHeaders");
    }
  }
  return fields;
}
