// Shapes of the catalog API (src/catalog/*): inspection items and joint scenarios (A1), as generated.
import type { Answer, Item } from '../api/typed';

/** GET /api/catalog/items item. */
export type CatalogItem = Item<'listCatalogItems'>;
export type DepartmentRef = CatalogItem['department'];

/** GET /api/catalog/scenarios item. */
export type Scenario = Item<'listScenarios'>;

/** GET /api/catalog/figures. */
export type CatalogFigures = Answer<'getCatalogFigures'>;
