/**
 * Who sees which check-ups (row scoping; the firewall in src/platform/policy/firewall.ts has already kept the
 * enforcement roles out of every /api/checkups/ route and every shared read path).
 *
 *   admin                   → all check-ups (operations)
 *   expert, service_officer → the check-ups of their own department (the environmental department)
 *   enterprise              → its own
 */
import { and, eq, type SQL } from 'drizzle-orm';
import type { Role } from '../platform/auth/schema.js';
import type { Actor, UserActor } from '../platform/policy/actor.js';
import { DeniedError, requireUser } from '../platform/policy/policy.js';
import { assertMayReadClass } from '../platform/policy/firewall.js';
import { checkupInvitations } from './schema.js';

export const CHECKUP_CLASS = 'checkup';
/** The check-up side. Never an enforcement role (officer, dept_admin, supervisor). */
export const CHECKUP_READERS: readonly Role[] = ['admin', 'expert', 'service_officer', 'enterprise'];
export const CHECKUP_STAFF: readonly Role[] = ['admin', 'expert', 'service_officer'];
/** Who visits and signs (experts) and who follows rectification (service officers as liaisons). */
export const VISIT_ROLES: readonly Role[] = ['expert', 'service_officer'];

export type CheckupScope = { all: true } | { departmentId: string } | { enterpriseId: string };

export function checkupScope(actor: Actor): CheckupScope {
  assertMayReadClass(actor, CHECKUP_CLASS);
  const user = requireUser(actor, CHECKUP_READERS);
  if (user.role === 'admin') return { all: true };
  if (user.role === 'enterprise') {
    if (!user.enterpriseId) throw new DeniedError(403, 'no-enterprise-scope');
    return { enterpriseId: user.enterpriseId };
  }
  if (!user.departmentId) throw new DeniedError(403, 'no-department-scope');
  return { departmentId: user.departmentId };
}

export function scopeCondition(scope: CheckupScope): SQL | undefined {
  if ('all' in scope) return undefined;
  if ('enterpriseId' in scope) return eq(checkupInvitations.enterpriseId, scope.enterpriseId);
  return eq(checkupInvitations.departmentId, scope.departmentId);
}

export const andScope = (scope: CheckupScope, cond: SQL) => {
  const s = scopeCondition(scope);
  return s ? and(cond, s)! : cond;
};

export function requireStaff(actor: Actor, roles: readonly Role[] = CHECKUP_STAFF): UserActor {
  assertMayReadClass(actor, CHECKUP_CLASS);
  return requireUser(actor, roles);
}
