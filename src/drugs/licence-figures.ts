/**
 * D2 figures (seed: 1,026 licences of 664 firms reminded): licences reminded, firms reached, and of the reminded
 * licences those renewed before expiry and those that lapsed (expired with neither renewal nor cancellation).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { rows } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { chinaDayOf } from '../calendar/index.js';
import { licenceReminders, licences } from './schema.js';

export interface LicenceFigures {
  licences: number;
  reminders: number;
  licencesReminded: number;
  firmsReached: number;
  renewedBeforeExpiry: number;
  lapsed: number;
  byWindow: { windowDays: number; reminders: number }[];
}

export async function licenceFigures(db: Db, ctx: Ctx): Promise<LicenceFigures> {
  const today = chinaDayOf(ctx.now);
  // One aggregate over a join per statement: Citus pushes it down to the shards (no scalar subquery beside the join).
  const [main] = await rows<Omit<LicenceFigures, 'byWindow' | 'licences' | 'reminders'>>(
    db,
    sql`WITH reminded AS (SELECT DISTINCT enterprise_id, licence_id FROM ${licenceReminders})
        SELECT count(*)::int AS "licencesReminded",
               count(DISTINCT r.enterprise_id)::int AS "firmsReached",
               count(*) FILTER (WHERE l.status = 'renewed' AND l.status_changed_at::date <= l.valid_until)::int AS "renewedBeforeExpiry",
               count(*) FILTER (WHERE l.status IN ('valid', 'suspended') AND l.valid_until < ${today}::date)::int AS lapsed
        FROM reminded r JOIN ${licences} l ON l.enterprise_id = r.enterprise_id AND l.id = r.licence_id`,
  );
  const [all] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${licences}`);
  const byWindow = await rows<{ windowDays: number; reminders: number }>(
    db,
    sql`SELECT window_days AS "windowDays", count(*)::int AS reminders FROM ${licenceReminders} GROUP BY window_days ORDER BY window_days DESC`,
  );
  return {
    licences: all?.n ?? 0,
    reminders: byWindow.reduce((sum, w) => sum + w.reminders, 0),
    licencesReminded: main?.licencesReminded ?? 0,
    firmsReached: main?.firmsReached ?? 0,
    renewedBeforeExpiry: main?.renewedBeforeExpiry ?? 0,
    lapsed: main?.lapsed ?? 0,
    byWindow,
  };
}
