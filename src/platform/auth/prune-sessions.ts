import { sql } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';
import type { SessionLimits } from './rules.js';

/** Sessions are removed this long after they can no longer be live (instances' clocks may differ a little). */
export const SESSION_GRACE_MS = 86_400_000;

/**
 * Deletes the sessions that can never be live again (`sessionLive`: ended, idle past the limit, or older than the
 * absolute lifetime) by more than a day. A dead session's row is only auth state: the sign-in and sign-out are in
 * the audit log. Returns how many went.
 */
export async function pruneSessions(db: Db, now: Date, limits: SessionLimits): Promise<number> {
  const grace = now.getTime() - SESSION_GRACE_MS;
  const at = (ms: number) => new Date(ms).toISOString();
  const [r] = await rows<{ n: number }>(
    db,
    sql`WITH gone AS (DELETE FROM session WHERE ended_at < ${at(grace)}::timestamptz
        OR last_seen_at < ${at(grace - limits.idleMinutes * 60_000)}::timestamptz
        OR created_at < ${at(grace - limits.maxHours * 3_600_000)}::timestamptz RETURNING 1)
      SELECT count(*)::int AS n FROM gone`,
  );
  return r?.n ?? 0;
}
