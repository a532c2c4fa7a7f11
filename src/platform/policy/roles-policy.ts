/**
 * The doors of several routes open to the same roles, as `SIGNED_IN` and `STAFF` are for theirs —
 *
 *   const itemEditors = rolesPolicy(ITEM_EDITORS);
 *   export const catalogPolicies = { createItem: itemEditors('catalog.create-item'), … };
 */
import type { Role } from '../auth/schema.js';
import { routePolicy, type RoutePolicy } from './route-policy.js';

export const rolesPolicy =
  (roles: readonly Role[]) =>
  (name: string): RoutePolicy =>
    routePolicy(name, { roles });
