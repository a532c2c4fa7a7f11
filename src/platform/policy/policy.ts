/**
 * The policy layer — the one place that decides who may read or write what. Routes and operations call these
 * functions; queries take the scopes they return. A refusal is audited by the error handler (`denied`).
 *
 *   officer, dept_admin   → records of their own department
 *   supervisor            → everything (read), supervision actions
 *   enterprise            → its own enterprise only
 *   admin                 → configuration, registry, jobs
 *   credit_officer        → credit records
 */
import { AppError } from '../errors/app-error.js';
import type { Role } from '../auth/schema.js';
import type { Actor, UserActor } from './actor.js';

export class DeniedError extends AppError {
  constructor(status: 403 | 404 = 403, reason = 'forbidden', extra: Record<string, unknown> = {}) {
    super(status, status === 404 ? 'not-found' : 'forbidden', {}, extra);
    this.reason = reason;
  }
  readonly reason: string;
}

export function requireUser(actor: Actor, roles?: readonly Role[]): UserActor {
  if (actor.kind !== 'user') {
    if (actor.kind === 'integration') throw new DeniedError(403, 'integration-not-allowed');
    throw new AppError(401, 'unauthenticated');
  }
  if (roles && !roles.includes(actor.role)) throw new DeniedError(403, `role-${actor.role}`);
  return actor;
}

export function requireIntegration(actor: Actor, scope: string): Extract<Actor, { kind: 'integration' }> {
  if (actor.kind !== 'integration') throw new AppError(401, 'invalid-api-key');
  if (!actor.scopes.includes(scope) && !actor.scopes.includes('*')) {
    throw new AppError(403, 'insufficient-scope', { scope });
  }
  return actor;
}

/** Roles that see every department's records. */
const ALL_DEPARTMENTS: readonly Role[] = ['admin', 'supervisor'];
/** Roles bound to their own department's records. */
const OWN_DEPARTMENT: readonly Role[] = ['officer', 'dept_admin', 'credit_officer', 'service_officer', 'expert'];

export type DepartmentScope = { all: true } | { all: false; departmentId: string } | { none: true };

export function departmentScope(actor: Actor): DepartmentScope {
  if (actor.kind === 'system') return { all: true };
  if (actor.kind !== 'user') return { none: true };
  if (ALL_DEPARTMENTS.includes(actor.role)) return { all: true };
  if (OWN_DEPARTMENT.includes(actor.role) && actor.departmentId) {
    return { all: false, departmentId: actor.departmentId };
  }
  return { none: true };
}

/** A record owned by a department: readable/writable only inside the caller's department scope. */
export function assertDepartment(actor: Actor, departmentId: string): void {
  const scope = departmentScope(actor);
  if ('none' in scope) throw new DeniedError(403, 'no-department-scope');
  if (!scope.all && scope.departmentId !== departmentId) throw new DeniedError(404, 'other-department');
}

export type EnterpriseScope = { all: true } | { all: false; enterpriseId: string } | { none: true };

/** Which enterprises' files the caller may open: staff see the registry, an enterprise only itself. */
export function enterpriseScope(actor: Actor): EnterpriseScope {
  if (actor.kind === 'system') return { all: true };
  if (actor.kind !== 'user') return { none: true };
  if (actor.role === 'enterprise') {
    return actor.enterpriseId ? { all: false, enterpriseId: actor.enterpriseId } : { none: true };
  }
  return { all: true };
}

export function assertEnterprise(actor: Actor, enterpriseId: string): void {
  const scope = enterpriseScope(actor);
  if ('none' in scope) throw new DeniedError(403, 'no-enterprise-scope');
  if (!scope.all && scope.enterpriseId !== enterpriseId) throw new DeniedError(403, 'other-enterprise');
}

export const isAdmin = (actor: Actor): boolean => actor.kind === 'user' && actor.role === 'admin';
