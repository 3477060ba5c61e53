import { describe, expect, it } from "vitest";
import type { PaginationIR } from "../ir/types.js";
import { describePaginationChange } from "./describe-pagination-change.js";

const page: PaginationIR = { style: "page", page: "/query/page", firstPage: 1, items: "/data" };
const offset: PaginationIR = { style: "offset", offset: "/query/offset", limit: "/query/limit", items: "/data" };
const cursor: PaginationIR = { style: "cursor", cursor: "/query/cursor", nextCursor: "/next", items: "/data" };

// The `pagination-changed` message: which key moved, what it is to a caller, and its value
// before → after, so a changelog reader knows what a paging loop must now send or read.
describe("describePaginationChange", () => {
  it.each<[string, PaginationIR, PaginationIR, string]>([
    ["nothing when nothing moved", page, { ...page }, ""],
    ["the first page number", page, { ...page, firstPage: 0 }, "firstPage 1 → 0"],
    ["the page parameter", page, { ...page, page: "/query/p" }, "page parameter /query/page → /query/p"],
    ["the items field", page, { ...page, items: "/results" }, "items field /data → /results"],
    [
      "a page size parameter added",
      page,
      { ...page, pageSize: "/query/per_page" },
      "pageSize parameter /query/per_page added",
    ],
    ["a counter removed", { ...page, totalPages: "/meta/pages" }, page, "totalPages counter /meta/pages removed"],
    [
      "several moves, in the extension's key order",
      { ...page, totalItems: "/total" },
      { ...page, page: "/query/p", items: "/rows", totalItems: "/count", hasMore: "/more" },
      "page parameter /query/page → /query/p, items field /data → /rows, totalItems counter /total → /count, hasMore flag /more added",
    ],
    [
      "the offset style's parameters",
      offset,
      { ...offset, offset: "/query/skip", limit: "/query/take" },
      "offset parameter /query/offset → /query/skip, limit parameter /query/limit → /query/take",
    ],
    [
      "the cursor style's parameter and next-cursor field",
      cursor,
      { ...cursor, cursor: "/query/after", nextCursor: "/meta/next" },
      "cursor parameter /query/cursor → /query/after, nextCursor field /next → /meta/next",
    ],
    ["a new style only, its pointers meaning something else", page, cursor, "style page → cursor"],
    ["a new style even when the items stay", offset, { ...page, items: "/data" }, "style offset → page"],
  ])("describes %s", (_name, before, after, want) => {
    expect(describePaginationChange(before, after)).toBe(want);
  });
});
