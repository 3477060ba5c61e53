import { z } from "zod";
import type { JsonObject } from "../openapi-document.js";
import { ignoreProblems, type Report, readExtension, type Segments } from "./reader.js";

const ServerName = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/);

/** `servers[i].x-billforge-name`: the short name a client picks the server by (`sandbox`). */
export function readServerName(server: JsonObject, at: Segments, report: Report = ignoreProblems): string | undefined {
  return readExtension(
    ServerName,
    server,
    "x-billforge-name",
    at,
    report,
    "server name must be a short lower-case word",
    "e.g. `sandbox`",
  );
}

const Flag = z.boolean();

/** `x-billforge-placeholder` on a server variable: its default is an example, not a value. */
export function readPlaceholder(variable: JsonObject, at: Segments, report: Report = ignoreProblems): boolean {
  return (
    readExtension(
      Flag,
      variable,
      "x-billforge-placeholder",
      at,
      report,
      "x-billforge-placeholder must be true or false",
      "write `true`",
    ) ?? false
  );
}
