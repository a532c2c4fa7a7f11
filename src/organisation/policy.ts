/**
 * The organisation (departments, divisions, officers) is read by every signed-in user; officers and their
 * certificates are kept by the admin (any department) and a dept_admin (its own department only).
 */
import type { Role } from '../platform/auth/schema.js';
import type { Actor, UserActor } from '../platform/policy/actor.js';
import { assertDepartment, requireUser } from '../platform/policy/policy.js';
import { routePolicy, SIGNED_IN } from '../platform/policy/route-policy.js';

export const OFFICER_EDITORS: readonly Role[] = ['admin', 'dept_admin'];

/** The caller may keep the officers of this department (admin: any; dept_admin: its own, else 404). */
export function assertOfficerEditor(actor: Actor, departmentId: string): UserActor {
  const user = requireUser(actor, OFFICER_EDITORS);
  if (user.role !== 'admin') assertDepartment(user, departmentId);
  return user;
}

export const organisationPolicies = {
  departments: SIGNED_IN('organisation.departments'),
  divisions: SIGNED_IN('organisation.divisions'),
  officers: SIGNED_IN('organisation.officers'),
  teams: SIGNED_IN('organisation.teams'),
  createOfficer: routePolicy('organisation.create-officer', { roles: OFFICER_EDITORS }),
  updateOfficer: routePolicy('organisation.update-officer', { roles: OFFICER_EDITORS }),
};
