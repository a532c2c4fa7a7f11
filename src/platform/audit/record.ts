import type { DbOrTx } from '../db/client.js';
import { newId } from '../db/ids.js';
import type { Ctx } from '../policy/actor.js';
import { auditLog } from './schema.js';

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
  await db.insert(auditLog).values({
    id: newId(),
    at: ctx.now,
    ...auditActorColumns(ctx),
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    enterpriseId: entry.enterpriseId ?? null,
    requestId: ctx.requestId,
    outcome: entry.outcome ?? 'ok',
    detail: entry.detail ?? null,
    ip: ctx.ip,
  });
}
