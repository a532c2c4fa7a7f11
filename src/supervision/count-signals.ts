import { eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { enterprises } from '../enterprises/schema.js';
import { INBOX_READERS } from './access.js';
import { signals } from './schema.js';
import { signalConditions, type SignalFilter } from './signals.js';

/** B1 — counts by kind (total and still open), by status, source and severity, for the same filters but kind. */
export async function countSignals(db: Db, ctx: Ctx, f: SignalFilter) {
  requireUser(ctx.actor, INBOX_READERS);
  const where = signalConditions(f, { withKind: false });
  const group = async (
    col: typeof signals.kind | typeof signals.status | typeof signals.source | typeof signals.severity,
  ) => {
    const rows = await db
      .select({
        key: col,
        n: sql<number>`count(*)::int`,
        open: sql<number>`count(*) FILTER (WHERE ${signals.status} = 'open')::int`,
      })
      .from(signals)
      .leftJoin(enterprises, eq(enterprises.id, signals.enterpriseId))
      .where(where)
      .groupBy(col);
    return rows;
  };
  const byKind = await group(signals.kind);
  return {
    total: byKind.reduce((a, r) => a + r.n, 0),
    open: byKind.reduce((a, r) => a + r.open, 0),
    byKind: Object.fromEntries(byKind.map((r) => [r.key, { total: r.n, open: r.open }])),
    byStatus: Object.fromEntries((await group(signals.status)).map((r) => [r.key, r.n])),
    bySource: Object.fromEntries((await group(signals.source)).map((r) => [r.key, r.n])),
    bySeverity: Object.fromEntries((await group(signals.severity)).map((r) => [r.key, r.n])),
  };
}
