import { eq, sql, type SQL } from 'drizzle-orm';
import type { Actor, UserActor } from '../platform/policy/actor.js';
import { DeniedError, requireUser } from '../platform/policy/policy.js';
import type { Role } from '../platform/auth/schema.js';
import { supervisionCases } from './schema.js';

/**
 * Who may do what with supervision (B):
 *   supervisor            → the signal inbox, opens, returns and closes cases; sees every case
 *   admin                 → reads everything (no supervision acts)
 *   dept_admin, officer   → the cases of their own department: read and answer
 *   everyone else         → nothing (an enterprise never sees a case)
 */
export const SUPERVISORS: readonly Role[] = ['supervisor'];
export const CASE_READERS: readonly Role[] = ['supervisor', 'admin', 'dept_admin', 'officer'];
export const CASE_ANSWERERS: readonly Role[] = ['dept_admin', 'officer'];
export const INBOX_READERS: readonly Role[] = ['supervisor', 'admin'];

export const requireSupervisor = (actor: Actor): UserActor => requireUser(actor, SUPERVISORS);

/** The cases the caller may see, as a condition on `supervision_case`. */
export function caseScope(actor: Actor): SQL {
  if (actor.kind === 'system') return sql`true`;
  if (actor.kind !== 'user') return sql`false`;
  if (actor.role === 'supervisor' || actor.role === 'admin') return sql`true`;
  if (CASE_ANSWERERS.includes(actor.role) && actor.departmentId)
    return eq(supervisionCases.departmentId, actor.departmentId);
  return sql`false`;
}

/** A department user of the case's department (the one that must answer). */
export function assertAnswerer(actor: Actor, departmentId: string): UserActor {
  const user = requireUser(actor, CASE_ANSWERERS);
  if (user.departmentId !== departmentId) throw new DeniedError(404, 'other-department');
  return user;
}
