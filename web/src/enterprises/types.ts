// Shapes of the enterprise registry API (src/enterprises/*), as generated.
import type { Answer, Item } from '../api/typed';

/** GET /api/enterprises item. */
export type Enterprise = Item<'listEnterprises'>;
export type EnterpriseStatus = Enterprise['status'];

/** A page of a list answer (every paged list route answers this shape, `src/platform/http/paging.ts`). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * GET /api/enterprises/{uscc}: sections by the name a part registered them under (rows typed by their
 * presenters in ./sections); a section is absent when no part registers it.
 */
export type EnterpriseFile = Answer<'getEnterpriseFile'>;

/** POST /api/enterprises/import: `message` is in the caller's language; `column` names the field at fault. */
export type ImportResult = Answer<'importEnterprises'>;

/** The list filter; the same names are used in the page URL and in the API query. */
export interface EnterpriseFilter {
  q: string;
  industry: string;
  divisionCode: string;
}
