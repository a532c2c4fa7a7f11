/** A1 — inspection items and joint scenarios, the integration rate. */
import { definePart } from '../platform/parts/part.js';
import { catalogRoutes } from './routes.js';
import { catalogMessages } from './messages.js';
import { seedDemoCatalog } from './demo-catalog.js';

export const catalogPart = definePart({
  name: 'catalog',
  routes: catalogRoutes,
  messages: catalogMessages,
  seeders: [seedDemoCatalog],
});
