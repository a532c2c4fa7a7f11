import { z } from 'zod';
import { and, count, desc, eq, gte, inArray, like, lt, not, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../policy/actor.js';
import { hiddenFrom } from '../policy/firewall.js';
import type { RegisterRoutes } from '../http/types.js';
import type { DbOrTx } from '../db/client.js';
import type { Role } from '../auth/schema.js';
import { requireUser } from '../policy/policy.js';
import { recordAudit } from './record.js';
import { auditLog } from './schema.js';
import { sealAllPending } from './seal.js';
import { describeAuditReport, verifyAuditChain } from './verify.js';
import { auditPolicies as P } from './policy.js';
import * as R from './responses.js';

/** Who reads the audit log and checks its chain. */
const AUDIT_READERS: readonly Role[] = ['admin', 'supervisor'];

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

export async function listAuditLog(db: DbOrTx, f: AuditFilter & { page: number; pageSize: number }, hide?: SQL) {
  const base = auditConditions(f);
  const where = hide ? (base ? and(base, hide) : hide) : base;
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total: Number(total?.n ?? 0), rows };
}

type AuditRowOut = typeof auditLog.$inferSelect;
const presentAuditRow = (r: AuditRowOut) => ({
  id: r.id,
  at: r.at.toISOString(),
  actorType: r.actorType,
  actorId: r.actorId,
  actorName: r.actorName,
  role: r.role,
  action: r.action,
  targetType: r.targetType,
  targetId: r.targetId,
  enterpriseId: r.enterpriseId,
  requestId: r.requestId,
  outcome: r.outcome,
  detail: r.detail,
  ip: r.ip,
  seq: r.seq,
  prevHash: r.prevHash,
  hash: r.hash,
  sealed: r.seq !== null,
});

export const auditRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/admin/audit/verify',
    { config: { policy: P.verify },
      schema: { operationId: 'verifyAuditChain', response: R.verifyAuditChain,
        tags: ['audit'],
        summary:
          'Seal pending audit rows, then verify the SM3 hash chain (admin, supervisor); the check is itself audited',
        querystring: z.object({ fromSeq: z.coerce.number().int().min(1).optional() }),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor, AUDIT_READERS);
      const anchor = deps.auditAnchor;
      const newlySealed = await sealAllPending(db, { anchor });
      const report = await verifyAuditChain(db, { fromSeq: req.query.fromSeq, anchor });
      await recordAudit(db, req.ctx, {
        action: 'audit.verify',
        targetType: 'audit_log',
        detail: {
          chainOk: report.ok,
          sealed: report.sealed,
          unsealed: report.unsealed,
          newlySealed,
          fromSeq: req.query.fromSeq ?? 1,
          firstBroken: report.firstBroken ?? null,
        },
      });
      const [zh, en] = describeAuditReport(report, newlySealed);
      return { ...report, newlySealed, summary: req.ctx.locale === 'zh-CN' ? zh : en };
    },
  );

  app.get(
    '/api/admin/audit',
    { config: { policy: P.search },
      schema: { operationId: 'searchAuditLog', response: R.searchAuditLog,
        tags: ['audit'],
        summary: 'Search the audit log, newest first (admin, supervisor)',
        querystring: auditFilterQuery.extend({
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (req) => {
      const user = requireUser(req.ctx.actor, AUDIT_READERS);
      const { total, rows } = await listAuditLog(db, req.query, firewallCondition(user));
      // Who searched the log for what is itself recorded (issue #10 item 13).
      const { page, pageSize, ...filter } = req.query;
      await recordAudit(db, req.ctx, {
        action: 'audit.search',
        targetType: 'audit_log',
        detail: { filter, page, pageSize, total },
      });
      return { items: rows.map(presentAuditRow), total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );
};
