/**
 * The one way lists are paged: a `page`/`pageSize` query (page from 1; one default size and one largest size, a
 * route that promised other numbers names them), `paginate()` (count the matching rows, then read one page) and
 * `pageAnswer()` (the answer, `paged()` in responses.ts).
 */
import { z } from 'zod';

/** The page size a list gives when none is asked for, and the largest one it accepts. */
export const PAGE_SIZE = { default: 20, max: 200 } as const;
/** Past this page nobody reads a list page by page (a larger page is a 422, not a slow scan). */
export const MAX_PAGE = 100_000;

export interface Paging {
  page: number;
  pageSize: number;
}

export interface PageSizes {
  defaultSize?: number;
  maxSize?: number;
}

/**
 * The query fields `page` and `pageSize`, to spread into a route's query object (`{ ...pagingFields(), status }`);
 * `defaultSize`/`maxSize` only where a route already promised other numbers.
 */
export function pagingFields(opts: PageSizes = {}) {
  return {
    page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(opts.maxSize ?? PAGE_SIZE.max)
      .default(opts.defaultSize ?? PAGE_SIZE.default),
  };
}

/** A query of `page` and `pageSize` alone. */
export const pagingQuery = (opts: PageSizes = {}) => z.object(pagingFields(opts));

/** The rows to skip before the page. */
export const pageOffset = (p: Paging) => (p.page - 1) * p.pageSize;

/** A query builder that is not run until awaited, such as Drizzle's `db.select({ n: count() }).from(t).where(w)`. */
type CountQuery = PromiseLike<{ n: number | string }[]>;
/** A query builder still open to `.limit().offset()`, such as Drizzle's `db.select().from(t).where(w).orderBy(o)`. */
interface PageableQuery<T> {
  limit(n: number): { offset(n: number): PromiseLike<T[]> };
}

/**
 * Counts the rows `count` matches, then reads the page of `rows` (in that order, on one connection). `rows` must
 * be ordered to a total order (end with the id) or pages could repeat or skip a row.
 */
export async function paginate<T>(
  paging: Paging,
  query: { count: CountQuery; rows: PageableQuery<T> },
): Promise<{ total: number; rows: T[] }> {
  const [total] = await query.count;
  const rows = await query.rows.limit(paging.pageSize).offset(pageOffset(paging));
  return { total: Number(total?.n ?? 0), rows };
}

/** A list's answer (`paged()` in responses.ts): the page's items, how many match in all, and the page asked for. */
export const pageAnswer = <T>(paging: Paging, total: number, items: T[]) => ({
  items,
  total,
  page: paging.page,
  pageSize: paging.pageSize,
});
