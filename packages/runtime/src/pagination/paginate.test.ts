import { describe, expect, it } from "vitest";
import type { PaginationDescriptor } from "../descriptors.js";
import { operation } from "../testing/descriptors.js";
import type { RequestArgs } from "../validation/validate-request.js";
import { pageItems } from "./paginate.js";

function pager(pagination: PaginationDescriptor, pages: (args: RequestArgs) => unknown) {
  const asked: RequestArgs[] = [];
  const iterate = (args: RequestArgs = {}) =>
    pageItems<number>(operation({ id: "listInvoices", pagination }), args, async (pageArgs) => {
      asked.push(pageArgs);
      return pages(pageArgs);
    });
  return { iterate, asked };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) {
    items.push(item);
  }
  return items;
}

const pageOf = (args: RequestArgs): number => (args.query as { page: number }).page;

describe("pageItems", () => {
  it("page style: stops at totalItems (numeric strings accepted)", async () => {
    const { iterate, asked } = pager(
      { style: "page", page: "/query/page", firstPage: 1, items: "/data", totalItems: "/meta/total_count" },
      (args) => ({ data: pageOf(args) === 1 ? [1, 2] : [3], meta: { total_count: "3" } }),
    );
    expect(await collect(iterate({ query: { page_size: 2 } }))).toEqual([1, 2, 3]);
    expect(asked).toEqual([{ query: { page_size: 2, page: 1 } }, { query: { page_size: 2, page: 2 } }]);
  });

  it("page style: stops at totalPages, counting from firstPage", async () => {
    const { iterate, asked } = pager(
      { style: "page", page: "/query/page", firstPage: 0, items: "/entries", totalPages: "/pages" },
      (args) => ({ entries: [pageOf(args)], pages: 3 }),
    );
    expect(await collect(iterate())).toEqual([0, 1, 2]);
    expect(asked).toHaveLength(3);
  });

  it("page style: stops when hasMore says so, as a boolean or a string", async () => {
    const { iterate } = pager(
      { style: "page", page: "/body/filters/page", firstPage: 1, items: "/data/invoices", hasMore: "/data/hasMore" },
      (args) => {
        const page = (args.body as { filters: { page: number } }).filters.page;
        return { data: { invoices: [page], hasMore: page === 1 ? true : "false" } };
      },
    );
    expect(await collect(iterate({ body: { filters: { status: "unpaid" } } }))).toEqual([1, 2]);
  });

  it("page style: without any stop signal, the empty page ends it", async () => {
    const { iterate, asked } = pager({ style: "page", page: "/query/page", firstPage: 1, items: "/items" }, (args) => ({
      items: pageOf(args) <= 2 ? [pageOf(args)] : [],
    }));
    expect(await collect(iterate())).toEqual([1, 2]);
    expect(asked).toHaveLength(3);
  });

  describe("a list answer with no counters at all ends at the first short or empty page", () => {
    const DATA = [1, 2, 3, 4, 5];
    it.each([
      { name: "a short last page", size: 2, want: [1, 2, 3, 4, 5], requests: 3 },
      { name: "an exact last page, then an empty one", size: 5, want: DATA, requests: 2 },
      { name: "one page larger than the list, then an empty one", size: 10, want: DATA, requests: 2 },
    ])("page style, $name", async ({ size, want, requests }) => {
      // The counters the descriptor names are absent from every answer (a server that omits them).
      const { iterate, asked } = pager(
        { style: "page", page: "/query/page", firstPage: 1, items: "/items", totalPages: "/pagination/total_pages" },
        (args) => ({ items: DATA.slice((pageOf(args) - 1) * size, pageOf(args) * size) }),
      );
      expect(await collect(iterate())).toEqual(want);
      expect(asked).toHaveLength(requests);
    });

    it("offset style, a short last page", async () => {
      const { iterate, asked } = pager(
        { style: "offset", offset: "/query/offset", limit: "/query/limit", items: "/items", hasMore: "/more" },
        (args) => {
          const { offset } = args.query as { offset: number };
          return { items: DATA.slice(offset, offset + 2) };
        },
      );
      expect(await collect(iterate({ query: { limit: 2 } }))).toEqual(DATA);
      expect(asked).toHaveLength(3);
    });

    it("a counter that is present still decides, even after a short page", async () => {
      const sizes = [3, 1, 3];
      const { iterate, asked } = pager(
        { style: "page", page: "/query/page", firstPage: 1, items: "/items", totalPages: "/pages" },
        (args) => ({ items: Array.from({ length: sizes[pageOf(args) - 1] ?? 0 }, () => pageOf(args)), pages: 3 }),
      );
      expect(await collect(iterate())).toEqual([1, 1, 1, 2, 3, 3, 3]);
      expect(asked).toHaveLength(3);
    });
  });

  it("offset style: advances by the items received and stops at totalItems", async () => {
    const data = [10, 11, 12, 13, 14];
    const { iterate, asked } = pager(
      {
        style: "offset",
        offset: "/query/offset",
        limit: "/query/limit",
        items: "/accounts",
        totalItems: "/pagination/records",
      },
      (args) => {
        const { offset } = args.query as { offset: number };
        return { accounts: data.slice(offset, offset + 2), pagination: { records: data.length } };
      },
    );
    expect(await collect(iterate({ query: { limit: 2 } }))).toEqual(data);
    expect(asked.map((args) => (args.query as { offset: number }).offset)).toEqual([0, 2, 4]);
  });

  it("cursor style: follows next cursors until there is none", async () => {
    const pages: Record<string, { data: number[]; nextCursor: string | null }> = {
      start: { data: [1, 2], nextCursor: "c2" },
      c2: { data: [3], nextCursor: "" },
    };
    const { iterate, asked } = pager(
      { style: "cursor", cursor: "/query/cursor", nextCursor: "/nextCursor", items: "/data" },
      (args) => {
        const cursor = (args.query as { cursor?: string } | undefined)?.cursor ?? "start";
        return pages[cursor];
      },
    );
    expect(await collect(iterate())).toEqual([1, 2, 3]);
    expect(asked).toEqual([{}, { query: { cursor: "c2" } }]);
  });

  it("never asks for the same position twice, even when the provider repeats a cursor", async () => {
    const { iterate, asked } = pager(
      { style: "cursor", cursor: "/query/cursor", nextCursor: "/next", items: "/data" },
      () => ({
        data: [1],
        next: "same",
      }),
    );
    expect(await collect(iterate())).toEqual([1, 1]);
    expect(asked).toHaveLength(2);
  });

  it("fetches lazily: the next page only when the current one is used up", async () => {
    const { iterate, asked } = pager({ style: "page", page: "/query/page", firstPage: 1, items: "/data" }, (args) => ({
      data: [pageOf(args) * 10, pageOf(args) * 10 + 1],
    }));
    const iterator = iterate();
    await iterator.next();
    await iterator.next();
    expect(asked).toHaveLength(1);
    await iterator.next();
    expect(asked).toHaveLength(2);
    await iterator.return();
  });

  it("refuses an operation without pagination", async () => {
    await expect(collect(pageItems(operation(), {}, async () => ({})))).rejects.toThrow("getInvoice is not paginated");
  });

  it("refuses an items pointer that points to something other than a list", async () => {
    const { iterate } = pager({ style: "page", page: "/query/page", firstPage: 1, items: "/data" }, () => ({
      data: { id: 1 },
    }));
    await expect(collect(iterate())).rejects.toThrow(/does not point to a list/);
  });
});
