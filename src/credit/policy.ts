/**
 * Who sees and does what in credit repair (on top of src/platform/policy):
 *   credit_officer        every department's records (the credit authority is the single window, 信用中国
 *                         practice); records penalties, invites, decides applications, resends deliveries
 *   admin, supervisor     every record (read); admin keeps the rule sets
 *   officer, dept_admin   their own department's records (read)
 *   enterprise            its own records; applies for repair
 *   integration           records penalties (scope `credit:write`), reads the credit status (scope `credit:read`)
 */
import { eq, or, sql, type SQL } from 'drizzle-orm';
import { penaltyRecords } from './schema.js';
import type { Actor } from '../platform/policy/actor.js';
import { DeniedError, requireIntegration, requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { routePolicy, SIGNED_IN } from '../platform/policy/route-policy.js';

/** The scopes of integration keys: recording penalties, reading the credit status. */
export const CREDIT_WRITE_SCOPE = 'credit:write';
export const CREDIT_READ_SCOPE = 'credit:read';

export type CreditScope = { all: true } | { departmentId: string } | { enterpriseId: string };

export function creditScope(actor: Actor): CreditScope {
  if (actor.kind === 'system') return { all: true };
  if (actor.kind === 'integration') {
    requireIntegration(actor, CREDIT_READ_SCOPE);
    return { all: true };
  }
  const user = requireUser(actor);
  switch (user.role) {
    case 'credit_officer':
    case 'admin':
    case 'supervisor':
      return { all: true };
    case 'enterprise':
      if (user.enterpriseId) return { enterpriseId: user.enterpriseId };
      break;
    case 'officer':
    case 'dept_admin':
      if (user.departmentId) return { departmentId: user.departmentId };
      break;
    default:
      break;
  }
  throw new DeniedError(403, 'no-credit-scope');
}

/** The scope as a condition on credit_penalty. */
export function scopeCondition(scope: CreditScope): SQL {
  if ('all' in scope) return sql`true`;
  if ('enterpriseId' in scope) return eq(penaltyRecords.enterpriseId, scope.enterpriseId)!;
  return eq(penaltyRecords.departmentId, scope.departmentId)!;
}

/**
 * Which records of an enterprise the caller may read where records are shown beside other parts' data (the
 * enterprise file): published records are public; the others (not published, repaired, expired) only to those
 * in the caller's credit scope — the deciding department, the credit office, the enterprise itself (and the
 * supervisor and admin, who read every record). A role without a credit scope sees published records only.
 */
export function penaltyVisibility(actor: Actor): SQL {
  const published = eq(penaltyRecords.status, 'published')!;
  let scope: CreditScope;
  try {
    scope = creditScope(actor);
  } catch {
    return published;
  }
  return 'all' in scope ? sql`true` : or(published, scopeCondition(scope))!;
}

/** A record in the caller's scope, else 404 (its existence is not revealed). */
export function assertInScope(scope: CreditScope, r: { enterpriseId: string; departmentId: string }): void {
  if ('all' in scope) return;
  if ('enterpriseId' in scope && scope.enterpriseId === r.enterpriseId) return;
  if ('departmentId' in scope && scope.departmentId === r.departmentId) return;
  throw new DeniedError(404, 'credit-out-of-scope');
}

/** Records penalties: a credit officer, or an integration with the `credit:write` scope. */
export function requirePenaltyWriter(actor: Actor): void {
  if (actor.kind === 'integration') {
    requireIntegration(actor, CREDIT_WRITE_SCOPE);
    return;
  }
  requireUser(actor, ['credit_officer']);
}

/** Reads the credit status: any signed-in user (an enterprise only its own) or an integration. */
export function requireStatusReader(actor: Actor): void {
  if (actor.kind === 'integration') {
    requireIntegration(actor, CREDIT_READ_SCOPE);
    return;
  }
  if (actor.kind !== 'user') throw new AppError(401, 'unauthenticated');
}

export const requireCreditOfficer = (actor: Actor) => requireUser(actor, ['credit_officer']);

/** Roles with a credit scope (`creditScope` above narrows the rows). */
const RECORD_READERS = ['credit_officer', 'admin', 'supervisor', 'officer', 'dept_admin', 'enterprise'] as const;
const CREDIT_STAFF = ['credit_officer', 'admin', 'supervisor'] as const;

/** The door of each credit route. */
export const creditPolicies = {
  recordPenalty: routePolicy('credit.record-penalty', { roles: ['credit_officer'], scopes: [CREDIT_WRITE_SCOPE] }),
  importPenalties: routePolicy('credit.import-penalties', { roles: ['credit_officer'] }),
  listPenalties: routePolicy('credit.list-penalties', { roles: RECORD_READERS }),
  getPenalty: routePolicy('credit.get-penalty', { roles: RECORD_READERS }),
  repairNotice: routePolicy('credit.repair-notice', { roles: RECORD_READERS }),
  invite: routePolicy('credit.invite', { roles: ['credit_officer'] }),
  status: SIGNED_IN('credit.status', [CREDIT_READ_SCOPE]),
  apply: routePolicy('credit.apply', { roles: ['enterprise'] }),
  listApplications: routePolicy('credit.list-applications', { roles: ['enterprise', ...CREDIT_STAFF] }),
  getApplication: routePolicy('credit.get-application', { roles: ['enterprise', ...CREDIT_STAFF] }),
  gather: routePolicy('credit.gather', { roles: ['enterprise', 'credit_officer'] }),
  addProof: routePolicy('credit.add-proof', { roles: ['enterprise'] }),
  decide: routePolicy('credit.decide', { roles: ['credit_officer'] }),
  listDeliveries: routePolicy('credit.list-deliveries', { roles: CREDIT_STAFF }),
  resendDelivery: routePolicy('credit.resend-delivery', { roles: ['credit_officer', 'admin'] }),
  listRuleSets: routePolicy('credit.list-rule-sets', { roles: CREDIT_STAFF }),
  listRuleSetVersions: routePolicy('credit.list-rule-set-versions', { roles: CREDIT_STAFF }),
  writeRuleSet: routePolicy('credit.write-rule-set', { roles: ['admin'] }),
  assignRuleSet: routePolicy('credit.assign-rule-set', { roles: ['admin'] }),
  figures: routePolicy('credit.figures', { roles: CREDIT_STAFF }),
};
