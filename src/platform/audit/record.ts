import type { DbOrTx } from '../db/client.js';
import { newId } from '../db/ids.js';
import type { Ctx } from '../policy/actor.js';
import { runStatement, type Statement } from '../db/pipeline.js';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  enterpriseId?: string | null;
  outcome?: 'ok' | 'denied' | 'failed';
  detail?: Record<string, unknown>;
}

/** Who acted, as the audit row's actor columns (also for audit rows written set-based in SQL). */
export function auditActorColumns(ctx: Ctx) {
  const a = ctx.actor;
  switch (a.kind) {
    case 'user':
      return { actorType: 'user' as const, actorId: a.userId, actorName: a.username, role: a.role };
    case 'integration':
      return { actorType: 'integration' as const, actorId: a.clientId, actorName: a.name, role: 'integration' };
    case 'system':
      return { actorType: 'system' as const, actorId: null, actorName: a.name, role: 'system' };
    default:
      return { actorType: 'anonymous' as const, actorId: null, actorName: null, role: null };
  }
}

/**
 * H4 — writes one audit row. Call it with the transaction of the act itself, so the row commits or rolls back
 * with the act. The sealer adds it to the hash chain later.
 */
export async function recordAudit(db: DbOrTx, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await runStatement(db, auditStatement(ctx, entry));
}

/** The audit row's insert as a prepared statement (`recordAudit`'s, for a pipelined transaction: pipeline.ts). */
export function auditStatement(ctx: Ctx, entry: AuditEntry): Statement {
  const a = auditActorColumns(ctx);
  return {
    name: 'audit-insert',
    text: `INSERT INTO audit_log (id, at, actor_type, actor_id, actor_name, role, action, target_type, target_id, enterprise_id, request_id, outcome, detail, ip)
      VALUES ($1::uuid, $2::timestamptz, $3, $4, $5, $6, $7, $8, $9, $10::uuid, $11, $12, $13::jsonb, $14)`,
    values: [newId(), ctx.now, a.actorType, a.actorId, a.actorName, a.role, entry.action, entry.targetType ?? null, entry.targetId ?? null, entry.enterpriseId ?? null, ctx.requestId, entry.outcome ?? 'ok', entry.detail ? JSON.stringify(entry.detail) : null, ctx.ip],
  };
}
