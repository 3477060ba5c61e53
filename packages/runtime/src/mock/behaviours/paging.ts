import type { OperationDescriptor, PaginationDescriptor } from "../../descriptors.js";
import { getByPointer, setByPointer } from "../../json-pointer.js";

/**
 * Serves a list operation's items page by page, by the operation's pagination
 * descriptor: the page asked for (page number, offset or cursor in the request) and the
 * counters the provider returns (total count, total pages, has-more, next cursor).
 */
export class Paging {
  private readonly items = new Map<string, { items: readonly unknown[]; pageSize: number }>();

  set(operation: OperationDescriptor, items: readonly unknown[], pageSize: number): void {
    if (operation.pagination === undefined) {
      throw new TypeError(`${operation.id} is not a paginated operation`);
    }
    this.items.set(operation.id, { items, pageSize });
  }

  /** The template body (the spec's example) with this request's page and counters, if items were set. */
  shape(operation: OperationDescriptor, args: unknown, template: unknown): unknown {
    const entry = this.items.get(operation.id);
    const pagination = operation.pagination;
    if (entry === undefined || pagination === undefined) {
      return template;
    }
    const base = typeof template === "object" && template !== null ? template : {};
    return pageOf(pagination, args, base, entry.items, entry.pageSize);
  }

  reset(): void {
    this.items.clear();
  }
}

function pageOf(
  pagination: PaginationDescriptor,
  args: unknown,
  template: object,
  items: readonly unknown[],
  defaultSize: number,
): unknown {
  const numberAt = (pointer: string | undefined, fallback: number) => {
    const value = pointer === undefined ? undefined : Number(getByPointer(args, pointer));
    return value === undefined || Number.isNaN(value) ? fallback : value;
  };
  let start: number;
  let size: number;
  if (pagination.style === "page") {
    size = numberAt(pagination.pageSize, defaultSize);
    start = (numberAt(pagination.page, pagination.firstPage) - pagination.firstPage) * size;
  } else if (pagination.style === "offset") {
    size = numberAt(pagination.limit, defaultSize);
    start = numberAt(pagination.offset, 0);
  } else {
    size = defaultSize;
    start = numberAt(pagination.cursor, 0);
  }
  const end = Math.min(items.length, start + size);
  let body = setByPointer(template, pagination.items, items.slice(start, end));
  const more = end < items.length;
  if (pagination.style === "cursor") {
    return setByPointer(body, pagination.nextCursor, more ? String(end) : null);
  }
  if (pagination.totalItems !== undefined) {
    body = setByPointer(body, pagination.totalItems, items.length);
  }
  if ("totalPages" in pagination && pagination.totalPages !== undefined) {
    body = setByPointer(body, pagination.totalPages, Math.max(1, Math.ceil(items.length / size)));
  }
  if (pagination.hasMore !== undefined) {
    body = setByPointer(body, pagination.hasMore, more);
  }
  return body;
}
