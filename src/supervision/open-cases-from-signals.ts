import { z } from 'zod';
import { type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { loadCalendar } from '../calendar/index.js';
import { requireSupervisor } from './access.js';
import { lockOpenSignals, openOne, openCaseInput } from './open-case.js';

export const openCasesInput = openCaseInput.omit({ title: true, enterpriseUscc: true, source: true }).extend({
  signalIds: z.array(z.uuid()).min(1).max(100),
  /** `together`: one case from all the signals; `each`: one case per signal. */
  mode: z.enum(['together', 'each']).default('each'),
});

/** B1 bulk action — opens cases from several signals at once, all or none. */
export async function openCasesFromSignals(db: Db, ctx: Ctx, input: z.infer<typeof openCasesInput>) {
  const supervisor = requireSupervisor(ctx.actor);
  return db.transaction(async (tx) => {
    const sigs = await lockOpenSignals(tx, [...new Set(input.signalIds)], ctx.locale);
    const cal = await loadCalendar(tx);
    const groups = input.mode === 'together' ? [sigs] : sigs.map((s) => [s]);
    const cases = [];
    for (const g of groups) cases.push(await openOne(tx, ctx, supervisor, cal, { ...input }, g));
    return { cases };
  });
}
