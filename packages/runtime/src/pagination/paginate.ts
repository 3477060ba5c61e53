import type { ClientCore } from "../client-core.js";
import type { OperationDescriptor, PaginationDescriptor } from "../descriptors.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import { getByPointer, setByPointer } from "../json-pointer.js";
import type { CallOptions } from "../options.js";
import type { RequestArgs } from "../validation/validate-request.js";

/** Fetches one page: the arguments with the page position set, resolving to the page's body. */
export type FetchPage = (args: RequestArgs) => Promise<unknown>;

/** Where the next page starts, or why there is none. */
type Position = string | number | undefined;

/**
 * Every item of a paginated operation, fetched through `client` page by page as the
 * iteration goes. A standalone function rather than a ClientCore method, so that only
 * packages with a paginated operation bundle it.
 */
export function paginate<TItem>(
  client: ClientCore,
  op: OperationDescriptor,
  args: RequestArgs = {},
  options?: CallOptions,
): AsyncIterableIterator<TItem> {
  return pageItems<TItem>(op, args, (pageArgs) => client.request<unknown>(op, pageArgs, options));
}

/**
 * Iterates every item of a paginated list operation, lazily: a page is fetched only
 * when the previous one is used up. Iteration ends on the first stop signal the
 * descriptor offers (total items, total pages, has-more flag, missing next cursor),
 * and always on an empty page. A page or offset list whose answer carries none of its
 * counters also ends on the first short page (fewer items than the largest page so far):
 * the server has run out, and asking again would cost one more request for nothing. No position is ever asked for twice, so a provider
 * repeating a cursor ends the iteration instead of looping forever.
 */
export async function* pageItems<TItem>(
  op: OperationDescriptor,
  args: RequestArgs,
  fetchPage: FetchPage,
): AsyncGenerator<TItem, void, undefined> {
  const pagination = op.pagination;
  if (pagination === undefined) {
    throw new ConfigurationError(`${op.id} is not paginated`);
  }
  const requested = new Set<Position>();
  let position = startPosition(pagination, args);
  let seen = 0;
  let largest = 0;
  for (;;) {
    requested.add(position);
    const page = await fetchPage(withPosition(pagination, args, position));
    const items = itemsOf(op, pagination, page);
    seen += items.length;
    const short = items.length < largest;
    largest = Math.max(largest, items.length);
    // The item type is the generated package's claim about `op`; the page body was validated against its schema.
    yield* items as TItem[];
    const next = nextPosition(pagination, page, position, { count: items.length, seen, short });
    if (next === undefined || items.length === 0 || requested.has(next)) {
      return;
    }
    position = next;
  }
}

function startPosition(pagination: PaginationDescriptor, args: RequestArgs): Position {
  switch (pagination.style) {
    case "page":
      return countOf(getByPointer(args, pagination.page)) ?? pagination.firstPage;
    case "offset":
      return countOf(getByPointer(args, pagination.offset)) ?? 0;
    case "cursor":
      return cursorOf(getByPointer(args, pagination.cursor));
  }
}

function withPosition(pagination: PaginationDescriptor, args: RequestArgs, position: Position): RequestArgs {
  const pointer =
    pagination.style === "page"
      ? pagination.page
      : pagination.style === "offset"
        ? pagination.offset
        : pagination.cursor;
  return position === undefined ? args : setByPointer(args, pointer, position);
}

/** What the iteration knows after a page: its item count, the total so far, and whether it fell short of earlier pages. */
interface PageTally {
  readonly count: number;
  readonly seen: number;
  readonly short: boolean;
}

function nextPosition(pagination: PaginationDescriptor, page: unknown, position: Position, tally: PageTally): Position {
  const { count, seen, short } = tally;
  switch (pagination.style) {
    case "page": {
      const current = typeof position === "number" ? position : pagination.firstPage;
      const total =
        pagination.totalItems === undefined ? undefined : countOf(getByPointer(page, pagination.totalItems));
      if (total !== undefined) {
        return seen < total ? current + 1 : undefined;
      }
      const pages =
        pagination.totalPages === undefined ? undefined : countOf(getByPointer(page, pagination.totalPages));
      if (pages !== undefined) {
        return current - pagination.firstPage + 1 < pages ? current + 1 : undefined;
      }
      return noMore(pagination.hasMore, page, short) ? undefined : current + 1;
    }
    case "offset": {
      const next = (typeof position === "number" ? position : 0) + count;
      const total =
        pagination.totalItems === undefined ? undefined : countOf(getByPointer(page, pagination.totalItems));
      if (total !== undefined) {
        return next < total ? next : undefined;
      }
      return noMore(pagination.hasMore, page, short) ? undefined : next;
    }
    case "cursor":
      return cursorOf(getByPointer(page, pagination.nextCursor));
  }
}

function itemsOf(op: OperationDescriptor, pagination: PaginationDescriptor, page: unknown): unknown[] {
  const items = getByPointer(page, pagination.items);
  if (items === undefined || items === null) {
    return [];
  }
  if (!Array.isArray(items)) {
    throw new ConfigurationError(`${op.id}: pagination items pointer ${pagination.items} does not point to a list`);
  }
  return items;
}

/** Counts may arrive as numeric strings (HostUp's `"total": "42"`). */
function countOf(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) {
    return value;
  }
  if (typeof value === "string" && /^\d+$/.test(value)) {
    return Number(value);
  }
  return undefined;
}

/** Without counts: the has-more flag decides when the page carries one, else a short page ends the list. */
function noMore(pointer: string | undefined, page: unknown, short: boolean): boolean {
  const more = hasMore(pointer, page);
  return more === undefined ? short : !more;
}

/** Flags may arrive as strings (Exsited's `"true"`); undefined when the page does not say. */
function hasMore(pointer: string | undefined, page: unknown): boolean | undefined {
  const value = pointer === undefined ? undefined : getByPointer(page, pointer);
  if (typeof value === "boolean") {
    return value;
  }
  if (value === "true" || value === "false") {
    return value === "true";
  }
  return undefined;
}

function cursorOf(value: unknown): string | number | undefined {
  if (typeof value === "string") {
    return value === "" ? undefined : value;
  }
  return typeof value === "number" ? value : undefined;
}
