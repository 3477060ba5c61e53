import { isObject } from "../load/openapi-document.js";
import type { PaginationIR } from "./types.js";

/** `x-billforge-pagination` (already checked by the extensions lint rule) → PaginationIR. */
export function paginationOf(raw: unknown): PaginationIR | undefined {
  if (!isObject(raw)) return undefined;
  const s = (key: string) => (typeof raw[key] === "string" ? { [key]: raw[key] as string } : {});
  const items = raw.items as string;
  switch (raw.style) {
    case "page":
      return {
        style: "page",
        page: raw.page as string,
        firstPage: typeof raw.firstPage === "number" ? raw.firstPage : 1,
        items,
        ...s("pageSize"),
        ...s("totalItems"),
        ...s("totalPages"),
        ...s("hasMore"),
      };
    case "offset":
      return {
        style: "offset",
        offset: raw.offset as string,
        limit: raw.limit as string,
        items,
        ...s("totalItems"),
        ...s("hasMore"),
      };
    case "cursor":
      return { style: "cursor", cursor: raw.cursor as string, nextCursor: raw.nextCursor as string, items };
    default:
      return undefined;
  }
}
