import type { DbOrTx } from '../db/client.js';
import type { Ctx } from '../policy/actor.js';
import { recordAudit } from './record.js';

/** The row an act is on: its id, and the enterprise it belongs to (none for a row of no enterprise). */
export interface AuditedRow {
  id: string;
  enterpriseId?: string | null;
}

/**
 * H4 — audits an act on one row (`recordAudit` with the row as the target: its id, its enterprise). Call it with
 * the transaction of the act itself.
 */
export function recordRowAudit(
  db: DbOrTx,
  ctx: Ctx,
  action: string,
  targetType: string,
  row: AuditedRow,
  detail?: Record<string, unknown>,
): Promise<void> {
  return recordAudit(db, ctx, { action, targetType, targetId: row.id, enterpriseId: row.enterpriseId, detail });
}
