import type { PaginationIR } from "../ir/types.js";

type AllKeys<T> = T extends unknown ? keyof T : never;
type Key = Exclude<AllKeys<PaginationIR>, "style">;

/**
 * What moved between two paginations of one operation, for the `pagination-changed` message:
 * `page parameter /query/page → /query/p, totalItems counter /total added`. A new style says
 * only that: each style's pointers mean something else in another.
 */
export function describePaginationChange(before: PaginationIR, after: PaginationIR): string {
  if (before.style !== after.style) {
    return `style ${before.style} → ${after.style}`;
  }
  /**
   * Every `x-billforge-pagination` key but `style`, in the IR's order, with what it is to a
   * caller: an argument the client fills, a body field it reads, a counter or flag that ends
   * paging. Typed as a full record, so a key added to PaginationIR cannot be left out here.
   * Built per call (eleven keys): a module-level table is built at import, before any
   * mutant is active, so mutation testing could not check it.
   */
  const roles: Readonly<Record<Key, string>> = {
    page: "parameter",
    firstPage: "",
    pageSize: "parameter",
    offset: "parameter",
    limit: "parameter",
    cursor: "parameter",
    items: "field",
    nextCursor: "field",
    totalItems: "counter",
    totalPages: "counter",
    hasMore: "flag",
  };
  const was: Partial<Record<Key, string | number>> = before;
  const now: Partial<Record<Key, string | number>> = after;
  const moves: string[] = [];
  for (const [key, role] of Object.entries(roles) as [Key, string][]) {
    const name = role === "" ? key : `${key} ${role}`;
    const old = was[key];
    const value = now[key];
    if (old === value) {
      continue;
    }
    if (old === undefined) {
      moves.push(`${name} ${value} added`);
    } else if (value === undefined) {
      moves.push(`${name} ${old} removed`);
    } else {
      moves.push(`${name} ${old} → ${value}`);
    }
  }
  return moves.join(", ");
}
