import { desc } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { INBOX_READERS } from './access.js';
import { signals } from './schema.js';
import { pageAnswer, paginate, type Paging } from '../platform/http/paging.js';
import { signalConditions, presentSignal, selectSignals, type SignalFilter } from './signals.js';
import { countWithEnterprise } from '../enterprises/index.js';

/** B1 — the inbox: signals of every source, newest first, filtered. Supervisors and administrators. */
export async function listSignals(db: Db, ctx: Ctx, f: SignalFilter & Paging) {
  requireUser(ctx.actor, INBOX_READERS);
  const where = signalConditions(f);
  const { total, rows } = await paginate(f, {
    count: countWithEnterprise(db, signals, signals.enterpriseId, where),
    rows: selectSignals(db)
      .where(where)
      .orderBy(desc(signals.createdAt), desc(signals.id)),
  });
  return pageAnswer(f, total, rows.map(presentSignal));
}
