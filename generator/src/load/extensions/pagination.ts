import { z } from "zod";
import { isObject, type JsonObject } from "../openapi-document.js";
import { ARG_POINTER, BODY_POINTER } from "./placements.js";
import { ignoreProblems, type Report, type Segments } from "./reader.js";

const Arg = z.string().regex(ARG_POINTER);
const Body = z.string().regex(BODY_POINTER);

// Keys in the order the IR has always listed them: emitters print them in this order.
const PaginationSchema = z.discriminatedUnion("style", [
  z.object({
    style: z.literal("page"),
    page: Arg,
    firstPage: z.number().int().default(1),
    items: Body,
    pageSize: Arg.exactOptional(),
    totalItems: Body.exactOptional(),
    totalPages: Body.exactOptional(),
    hasMore: Body.exactOptional(),
  }),
  z.object({
    style: z.literal("offset"),
    offset: Arg,
    limit: Arg,
    items: Body,
    totalItems: Body.exactOptional(),
    hasMore: Body.exactOptional(),
  }),
  z.object({ style: z.literal("cursor"), cursor: Arg, nextCursor: Body, items: Body }),
]);

/** `x-billforge-pagination`: how an operation pages, as JSON pointers into its arguments and body. */
export type Pagination = z.output<typeof PaginationSchema>;

/** `x-billforge-pagination`: reports the first problem in its own words, else the typed value. */
export function readPagination(
  operation: JsonObject,
  at: Segments,
  report: Report = ignoreProblems,
): Pagination | undefined {
  const raw = operation["x-billforge-pagination"];
  if (raw === undefined) {
    return undefined;
  }
  const problem = paginationProblem(raw);
  if (problem) {
    report(
      [...at, "x-billforge-pagination"],
      `x-billforge-pagination: ${problem}`,
      "see the pagination examples in specs/README.md",
    );
    return undefined;
  }
  return PaginationSchema.parse(raw);
}

const PAGINATION_FIELDS = {
  page: {
    args: ["page"],
    optionalArgs: ["pageSize"],
    body: ["items"],
    optionalBody: ["totalItems", "totalPages", "hasMore"],
  },
  offset: { args: ["offset", "limit"], optionalArgs: [], body: ["items"], optionalBody: ["totalItems", "hasMore"] },
  cursor: { args: ["cursor"], optionalArgs: [], body: ["items", "nextCursor"], optionalBody: [] },
} as const;

/** The first problem, in the order a spec author fixes them: style, unknown keys, arguments, body. */
function paginationProblem(pagination: unknown): string | undefined {
  if (!isObject(pagination)) {
    return "must be an object";
  }
  const style = pagination.style;
  if (style !== "page" && style !== "offset" && style !== "cursor") {
    return "style must be page, offset or cursor";
  }
  const fields = PAGINATION_FIELDS[style];
  const allowed = new Set<string>([
    "style",
    "firstPage",
    ...fields.args,
    ...fields.optionalArgs,
    ...fields.body,
    ...fields.optionalBody,
  ]);
  for (const key of Object.keys(pagination)) {
    if (!allowed.has(key)) {
      return `unknown key ${key} for style ${style}`;
    }
  }
  for (const key of [...fields.args, ...fields.optionalArgs]) {
    const value = pagination[key];
    if (value === undefined && (fields.args as readonly string[]).includes(key)) {
      return `${key} is required`;
    }
    if (value !== undefined && (typeof value !== "string" || !ARG_POINTER.test(value))) {
      return `${key} must point into the arguments, e.g. /query/${key}`;
    }
  }
  for (const key of [...fields.body, ...fields.optionalBody]) {
    const value = pagination[key];
    if (value === undefined && (fields.body as readonly string[]).includes(key)) {
      return `${key} is required`;
    }
    if (value !== undefined && (typeof value !== "string" || !BODY_POINTER.test(value))) {
      return `${key} must point into the response body, e.g. /data`;
    }
  }
  if (pagination.firstPage !== undefined && !Number.isInteger(pagination.firstPage)) {
    return "firstPage must be an integer";
  }
  return undefined;
}
