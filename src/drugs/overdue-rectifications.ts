/**
 * D6 — job `rectification-overdue`: an item still open or reported after its deadline (China day) becomes one
 * supervision signal (`rectification-overdue`, de-duplicated by item), marked on the item in the same
 * transaction so a repeated run or a second runner raises nothing more.
 */
import { and, asc, eq, isNull, lt, ne } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDayOf } from '../calendar/index.js';
import { raiseSignal } from '../supervision/index.js';
import { rectifications } from './schema.js';

export async function signalOverdueRectifications(db: Db, ctx: Ctx): Promise<{ signalled: number }> {
  const today = chinaDayOf(ctx.now);
  const due = and(ne(rectifications.status, 'closed'), lt(rectifications.deadline, today), isNull(rectifications.overdueSignalledAt));
  let signalled = 0;
  for (let pass = 0; pass < 10_000; pass++) {
    const page = await db.select().from(rectifications).where(due).orderBy(asc(rectifications.deadline), asc(rectifications.id)).limit(200);
    if (page.length === 0) break;
    for (const r of page) {
      await db.transaction(async (tx) => {
        const [marked] = await tx
          .update(rectifications)
          .set({ overdueSignalledAt: ctx.now })
          .where(and(eq(rectifications.enterpriseId, r.enterpriseId), eq(rectifications.id, r.id), due))
          .returning({ id: rectifications.id });
        if (!marked) return;
        const raised = await raiseSignal(tx, ctx.now, {
          kind: 'rectification-overdue',
          severity: 'medium',
          dedupeKey: `rectification-overdue:${r.id}`,
          enterpriseId: r.enterpriseId,
          departmentId: r.departmentId,
          detail: { rectificationId: r.id, title: `整改事项「${r.title}」逾期未完成（期限 ${r.deadline}）`, deadline: r.deadline, status: r.status },
        });
        if (raised) signalled++;
        await recordAudit(tx, ctx, { action: 'drugs.rectification.overdue', targetType: 'rectification', targetId: r.id, enterpriseId: r.enterpriseId, detail: { deadline: r.deadline, raised } });
      });
    }
  }
  return { signalled };
}
