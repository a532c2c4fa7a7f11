import { api } from '../api/client';
import type { CatalogItem } from './types';

export const CATALOG_ITEMS_PATH = '/api/catalog/items';
export const CATALOG_SCENARIOS_PATH = '/api/catalog/scenarios';
export const CATALOG_FIGURES_PATH = '/api/catalog/figures';
/** The API's largest page: a department's items and the scenarios fit in one. */
export const CATALOG_PAGE_SIZE = 200;

/** Publishes or withdraws an item (admin, or the dept_admin of its department). */
export const setItemPublished = (id: string, published: boolean) =>
  api.post<CatalogItem>(
    `${CATALOG_ITEMS_PATH}/${encodeURIComponent(id)}/${published ? 'publish' : 'unpublish'}`,
  );
