/** The audit log's search: its filter fields, their conditions, and the rows a reader may not see. */
import { z } from 'zod';
import { and, eq, gte, inArray, like, lt, not, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../policy/actor.js';
import { hiddenFrom } from '../policy/firewall.js';
import type { Role } from '../auth/schema.js';
import { auditLog } from './schema.js';

/** Who reads the audit log and checks its chain. */
export const AUDIT_READERS: readonly Role[] = ['admin', 'supervisor'];

export const auditFilterQuery = z.object({
  /** The actor's id or name (username, integration name, job name). */
  actor: z.string().trim().min(1).max(100).optional(),
  actorType: z.enum(['user', 'integration', 'anonymous', 'system']).optional(),
  /** Exact action, or a prefix ending in `*` (e.g. `auth.*`). */
  action: z.string().trim().min(1).max(200).optional(),
  targetType: z.string().trim().min(1).max(100).optional(),
  targetId: z.string().trim().min(1).max(200).optional(),
  enterpriseId: z.uuid().optional(),
  outcome: z.enum(['ok', 'denied', 'failed']).optional(),
  requestId: z.string().trim().min(1).max(100).optional(),
  /** Time range, `from` inclusive, `to` exclusive. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterQuery>;

export function auditConditions(f: AuditFilter): SQL | undefined {
  const conds: SQL[] = [];
  if (f.actor) conds.push(or(eq(auditLog.actorId, f.actor), eq(auditLog.actorName, f.actor))!);
  if (f.actorType) conds.push(eq(auditLog.actorType, f.actorType));
  if (f.action) {
    if (f.action.endsWith('*')) {
      const prefix = f.action.slice(0, -1).replace(/[\\%_]/g, (c) => '\\' + c);
      conds.push(like(auditLog.action, `${prefix}%`));
    } else conds.push(eq(auditLog.action, f.action));
  }
  if (f.targetType) conds.push(eq(auditLog.targetType, f.targetType));
  if (f.targetId) conds.push(eq(auditLog.targetId, f.targetId));
  if (f.enterpriseId) conds.push(eq(auditLog.enterpriseId, f.enterpriseId));
  if (f.outcome) conds.push(eq(auditLog.outcome, f.outcome));
  if (f.requestId) conds.push(eq(auditLog.requestId, f.requestId));
  if (f.from) conds.push(gte(auditLog.at, new Date(f.from)));
  if (f.to) conds.push(lt(auditLog.at, new Date(f.to)));
  return conds.length ? and(...conds) : undefined;
}

/**
 * The rows a reader may not see: audit rows about data behind the firewall (their target type, their action, or
 * a refused request to one of the class's routes) are hidden from roles that may not read the class.
 */
export function firewallCondition(actor: Actor): SQL | undefined {
  const h = hiddenFrom(actor);
  const hide: SQL[] = [];
  // target_type may be NULL: compare its coalesced value so `NOT (…)` never turns NULL and hides an unrelated row.
  if (h.targetTypes.length) hide.push(inArray(sql`coalesce(${auditLog.targetType}, '')`, h.targetTypes));
  for (const p of h.actionPrefixes) hide.push(like(auditLog.action, `${escapeLike(p)}%`));
  for (const p of h.routePrefixes) hide.push(like(auditLog.action, `% ${escapeLike(p)}%`));
  return hide.length ? not(or(...hide)!) : undefined;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

