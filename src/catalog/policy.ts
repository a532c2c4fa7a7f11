/**
 * Who may read and change the catalog (A1), in one place. Built on the platform policy layer, so a refusal is a
 * DeniedError and is audited by the error handler.
 *
 *   items      → admin (any department), dept_admin (own department only)
 *   scenarios  → admin, supervisor (they span departments); a dept_admin those its department takes part in
 *                (a new or changed scenario must hold an item of its department; an existing one it may change
 *                only when it holds one)
 *   reading    → any signed-in user; unpublished items and scenarios only for staff
 */
import type { Role } from '../platform/auth/schema.js';
import type { Actor, UserActor } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { assertDepartment, DeniedError, requireUser } from '../platform/policy/policy.js';
import { routePolicy, SIGNED_IN } from '../platform/policy/route-policy.js';

export const ITEM_EDITORS: readonly Role[] = ['admin', 'dept_admin'];
/** Who downloads the catalog as a workbook (the staff who keep it). */
export const CATALOG_EXPORTERS: readonly Role[] = ['admin', 'dept_admin', 'supervisor'];
export const SCENARIO_EDITORS: readonly Role[] = ['admin', 'supervisor', 'dept_admin'];

/** The caller may change the items of this department (admin: any; dept_admin: its own). */
export function assertItemEditor(actor: Actor, departmentId: string): UserActor {
  const user = requireUser(actor, ITEM_EDITORS);
  if (user.role !== 'admin') assertDepartment(user, departmentId);
  return user;
}

export function assertScenarioEditor(actor: Actor): UserActor {
  return requireUser(actor, SCENARIO_EDITORS);
}

/** The department a scenario editor is bound to: a dept_admin's own; null for the admin and the supervisor. */
export function scenarioDepartmentOf(user: UserActor): string | null {
  return user.role === 'dept_admin' ? (user.departmentId ?? '') : null;
}

/**
 * A dept_admin saves only scenarios its department takes part in: 422 when the items chosen hold none of its
 * department's (a clear answer about the input); an existing scenario without one is another's (404, audited).
 */
export function assertScenarioDepartments(user: UserActor, departmentIds: readonly string[], existing = false): void {
  const own = scenarioDepartmentOf(user);
  if (own === null || departmentIds.includes(own)) return;
  if (existing) throw new DeniedError(404, 'scenario-other-departments');
  throw new AppError(422, 'scenario-own-department-required');
}

/** Drafts (unpublished items and scenarios) are internal: enterprises see only what is published. */
export function seesUnpublished(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.role !== 'enterprise');
}

/** The door of each catalog route (the operations above check the department as well). */
export const catalogPolicies = {
  listItems: SIGNED_IN('catalog.list-items'),
  createItem: routePolicy('catalog.create-item', { roles: ITEM_EDITORS }),
  updateItem: routePolicy('catalog.update-item', { roles: ITEM_EDITORS }),
  publishItem: routePolicy('catalog.publish-item', { roles: ITEM_EDITORS }),
  importItems: routePolicy('catalog.import-items', { roles: ITEM_EDITORS }),
  listScenarios: SIGNED_IN('catalog.list-scenarios'),
  createScenario: routePolicy('catalog.create-scenario', { roles: SCENARIO_EDITORS }),
  updateScenario: routePolicy('catalog.update-scenario', { roles: SCENARIO_EDITORS }),
  importScenarios: routePolicy('catalog.import-scenarios', { roles: SCENARIO_EDITORS }),
  exportItems: routePolicy('catalog.export-items', { roles: CATALOG_EXPORTERS }),
  exportScenarios: routePolicy('catalog.export-scenarios', { roles: CATALOG_EXPORTERS }),
  figures: SIGNED_IN('catalog.figures'),
};
