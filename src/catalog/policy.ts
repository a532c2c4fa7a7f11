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
import { SIGNED_IN } from '../platform/policy/route-policy.js';
import { rolesPolicy } from '../platform/policy/roles-policy.js';

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

const itemEditors = rolesPolicy(ITEM_EDITORS);
const scenarioEditors = rolesPolicy(SCENARIO_EDITORS);
const exporters = rolesPolicy(CATALOG_EXPORTERS);

/** The door of each catalog route (the operations above check the department as well). */
export const catalogPolicies = {
  listItems: SIGNED_IN('catalog.list-items'),
  createItem: itemEditors('catalog.create-item'),
  updateItem: itemEditors('catalog.update-item'),
  publishItem: itemEditors('catalog.publish-item'),
  importItems: itemEditors('catalog.import-items'),
  listScenarios: SIGNED_IN('catalog.list-scenarios'),
  createScenario: scenarioEditors('catalog.create-scenario'),
  updateScenario: scenarioEditors('catalog.update-scenario'),
  importScenarios: scenarioEditors('catalog.import-scenarios'),
  exportItems: exporters('catalog.export-items'),
  exportScenarios: exporters('catalog.export-scenarios'),
  figures: SIGNED_IN('catalog.figures'),
};
