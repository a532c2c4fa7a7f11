import { inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordRowAudit } from '../platform/audit/record-row-audit.js';
import { requireSupervisor } from './access.js';
import { changingSignals } from './signal-changes.js';
import { lockSignals } from './lock-signals.js';
import { signals } from './schema.js';

/**
 * B1 — dismisses open signals with a reason (supervisor; each audited). Signals already handled or unknown are
 * reported, not changed.
 */
export async function dismissSignals(db: Db, ctx: Ctx, input: { signalIds: string[]; reason: string }) {
  const supervisor = requireSupervisor(ctx.actor);
  const ids = [...new Set(input.signalIds)];
  return db.transaction(async (tx) => {
    const found = await lockSignals(tx, ids);
    const open = found.filter((s) => s.status === 'open');
    if (open.length) {
      await changingSignals(tx, open.map((s) => s.id), () =>
        tx
          .update(signals)
          .set({
            status: 'dismissed',
            dismissReason: input.reason,
            handledBy: supervisor.userId,
            handledAt: ctx.now,
          })
          .where(
            inArray(
              signals.id,
              open.map((s) => s.id),
            ),
          ),
      );
    }
    for (const s of open) {
      await recordRowAudit(tx, ctx, 'supervision.signal.dismiss', 'supervision-signal', s, { kind: s.kind, reason: input.reason });
    }
    const skipped = [
      ...found.filter((s) => s.status !== 'open').map((s) => ({ id: s.id, reason: s.status })),
      ...ids.filter((id) => !found.some((s) => s.id === id)).map((id) => ({ id, reason: 'not-found' })),
    ];
    return { dismissed: open.map((s) => s.id), skipped };
  });
}
