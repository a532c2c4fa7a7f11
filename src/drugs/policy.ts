/**
 * D — who may do what in drug regulation. Writes (licences, warnings, rectification, service records) belong to
 * staff of a department whose field is drug regulation; reads follow the enterprise scope (an enterprise sees
 * its own rows, staff all). The route policies are the door; these checks are the rows.
 */
import { eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../platform/db/client.js';
import type { Actor, Ctx, UserActor } from '../platform/policy/actor.js';
import { routePolicy } from '../platform/policy/route-policy.js';
import { DeniedError, enterpriseScope, requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { departments } from '../organisation/schema.js';

/** Enforcement fields of drug regulation (药品、医疗器械、化妆品). */
export const DRUG_FIELDS = ['drugs'] as const;

const STAFF = ['admin', 'supervisor', 'officer', 'dept_admin', 'credit_officer', 'service_officer', 'expert'] as const;

export const drugPolicies = {
  createLicence: routePolicy('drugs.licences-create', { roles: ['officer', 'dept_admin', 'admin'], scopes: ['licences:write'] }),
  readLicences: routePolicy('drugs.licences-read', { roles: [...STAFF, 'enterprise'], scopes: ['licences:read', 'licences:write'] }),
  manageLicences: routePolicy('drugs.licences-manage', { roles: ['officer', 'dept_admin', 'admin'] }),
  manageKinds: routePolicy('drugs.licence-kinds-manage', { roles: ['dept_admin', 'admin'] }),
  staffRead: routePolicy('drugs.staff-read', { roles: [...STAFF] }),
  publishWarning: routePolicy('drugs.warnings-publish', { roles: ['officer', 'dept_admin', 'admin'] }),
  enterpriseOrStaff: routePolicy('drugs.enterprise-or-staff', { roles: [...STAFF, 'enterprise'] }),
  enterprise: routePolicy('drugs.enterprise', { roles: ['enterprise'] }),
  drugOfficer: routePolicy('drugs.officer', { roles: ['officer', 'dept_admin'] }),
  /** Rows of an enterprise's own (service records, explanations, forms): the enterprise, the department, oversight. */
  serviceRead: routePolicy('drugs.service-read', { roles: ['enterprise', 'officer', 'dept_admin', 'admin', 'supervisor'] }),
  /** What the department sees of its own work (surveys, typical-case drafts, decisions to explain). */
  departmentRead: routePolicy('drugs.department-read', { roles: ['officer', 'dept_admin', 'admin', 'supervisor'] }),
  runJobs: routePolicy('drugs.admin', { roles: ['admin'] }),
};

/**
 * The caller's drug-regulation department: an officer or department administrator of a department whose field
 * is drug regulation; 403 `licence-department` otherwise. A system administrator, an integration key or a job
 * acts for the department named (or the first drug-regulation department).
 */
export async function drugDepartmentOf(db: DbOrTx, actor: Actor, named?: string | null): Promise<{ id: string; name: string }> {
  if (actor.kind === 'user' && (actor.role === 'officer' || actor.role === 'dept_admin')) {
    if (!actor.departmentId) throw new DeniedError(403, 'no-department');
    const [d] = await db.select({ id: departments.id, name: departments.name, field: departments.field }).from(departments).where(eq(departments.id, actor.departmentId));
    if (!d || !(DRUG_FIELDS as readonly string[]).includes(d.field)) throw new AppError(403, 'licence-department');
    return { id: d.id, name: d.name };
  }
  const admin = actor.kind === 'system' || actor.kind === 'integration' || (actor.kind === 'user' && actor.role === 'admin');
  if (!admin) throw new AppError(403, 'licence-department');
  const rows = await db.select({ id: departments.id, name: departments.name, field: departments.field }).from(departments);
  const drug = rows.filter((d) => (DRUG_FIELDS as readonly string[]).includes(d.field));
  const d = (named ? drug.find((x) => x.id === named) : undefined) ?? drug[0];
  if (!d) throw new AppError(403, 'licence-department');
  return { id: d.id, name: d.name };
}

/** The officer or department administrator of a drug-regulation department acting, and that department (else 403). */
export async function drugStaffOf(db: DbOrTx, actor: Actor): Promise<{ user: UserActor; department: { id: string; name: string } }> {
  const user = requireUser(actor, ['officer', 'dept_admin']);
  return { user, department: await drugDepartmentOf(db, actor) };
}

/**
 * Rows of drug regulation in the caller's scope, as a condition on a table with `enterprise_id` and `department_id`:
 * an enterprise its own; other staff their department's; the administrator, the supervisor and jobs all
 * (undefined: no condition). Staff without a department are refused.
 */
export function drugRowScope(ctx: Ctx, cols: { enterpriseId: AnyPgColumn; departmentId: AnyPgColumn }): SQL | undefined {
  const a = ctx.actor;
  if (a.kind === 'system') return undefined;
  if (a.kind !== 'user') throw new DeniedError(403, 'no-scope');
  if (a.role === 'enterprise') {
    const s = enterpriseScope(a);
    if ('none' in s || s.all) throw new DeniedError(403, 'no-enterprise-scope');
    return eq(cols.enterpriseId, s.enterpriseId);
  }
  if (a.role === 'admin' || a.role === 'supervisor') return undefined;
  if (!a.departmentId) throw new DeniedError(403, 'no-department');
  return eq(cols.departmentId, a.departmentId);
}
