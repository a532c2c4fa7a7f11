/**
 * D2 — the daily job `licence-expiry-reminders`: for each kind and each of its windows, the licences whose
 * expiry day falls in that window today (`valid_until BETWEEN from AND to`, reminded statuses only) and that
 * have no reminder for it yet, in batches. Each batch is one transaction that first claims the reminders
 * (`INSERT … ON CONFLICT DO NOTHING` on the key (enterprise, licence, window)) and then notifies the holder's
 * enterprise accounts of exactly the claimed ones, and audits them. So a window is reminded once per licence:
 * a repeated run finds nothing, a second instance running at once loses every claim the first made (it waits on
 * the key, then skips), and a crash rolls back the claim with its notifications. A renewed, cancelled or
 * revoked licence is not selected; a licence registered inside a window is selected for that window only.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { rows } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { notifyMany } from '../notifications/index.js';
import { chinaDayOf } from '../calendar/index.js';
import { applyBy, windowRanges } from './rules/reminder-windows.js';
import { loadKinds } from './licence-kinds.js';
import { enterpriseAccounts } from './issue-compliance-notice.js';
import { licenceReminders, licences, REMINDED_STATUSES } from './schema.js';

const BATCH = 2_000;

export interface ReminderSweepResult {
  reminded: number;
  notified: number;
  byWindow: Record<string, number>;
}

interface Candidate {
  enterprise_id: string;
  id: string;
  number: string;
  valid_until: string;
}

/** `signal`: the runner lost its lease (or is stopping) — the sweep stops between batches; the rest is found next run. */
export async function sendExpiryReminders(db: Db, ctx: Ctx, opts: { batchSize?: number; signal?: AbortSignal } = {}): Promise<ReminderSweepResult> {
  const today = chinaDayOf(ctx.now);
  const batch = opts.batchSize ?? BATCH;
  const result: ReminderSweepResult = { reminded: 0, notified: 0, byWindow: {} };
  for (const kind of await loadKinds(db)) {
    for (const range of windowRanges(today, kind.reminderWindows)) {
      let after: { validUntil: string; id: string } | null = null;
      // Keyset pages over the window's range; every page is handled before the next is read.
      for (;;) {
        const page: Candidate[] = await rows<Candidate>(
          db,
          sql`SELECT l.enterprise_id, l.id, l.number, l.valid_until::text AS valid_until
              FROM ${licences} l
              WHERE l.kind = ${kind.code}
                AND l.status IN (${sql.join(REMINDED_STATUSES.map((s) => sql`${s}`), sql`, `)})
                AND l.valid_until BETWEEN ${range.from}::date AND ${range.to}::date
                ${after ? sql`AND (l.valid_until, l.id) > (${after.validUntil}::date, ${after.id}::uuid)` : sql``}
                AND NOT EXISTS (SELECT 1 FROM ${licenceReminders} r
                                WHERE r.enterprise_id = l.enterprise_id AND r.licence_id = l.id AND r.window_days = ${range.windowDays})
              ORDER BY l.valid_until, l.id
              LIMIT ${batch}`,
        );
        if (page.length === 0 || opts.signal?.aborted) break;
        const last = page[page.length - 1]!;
        after = { validUntil: last.valid_until, id: last.id };
        const sent = await remindBatch(db, ctx, kind, range.windowDays, page);
        result.reminded += sent.reminded;
        result.notified += sent.notified;
        const key = String(range.windowDays);
        result.byWindow[key] = (result.byWindow[key] ?? 0) + sent.reminded;
        if (page.length < batch) break;
      }
    }
  }
  return result;
}

async function remindBatch(
  db: Db,
  ctx: Ctx,
  kind: { code: string; nameZh: string; renewalLeadDays: number },
  windowDays: number,
  page: Candidate[],
): Promise<{ reminded: number; notified: number }> {
  // Claims in key order, so two instances claiming overlapping pages queue instead of deadlocking.
  const sorted = [...page].sort((a, b) => (a.enterprise_id + a.id < b.enterprise_id + b.id ? -1 : 1));
  return db.transaction(async (tx) => {
    const accounts = await enterpriseAccounts(tx, [...new Set(sorted.map((c) => c.enterprise_id))]);
    // The claims as one set-based INSERT (arrays, not a parameter per cell), in key order.
    const recipients = (enterpriseId: string) => accounts.filter((a) => a.enterpriseId === enterpriseId).length;
    const claimed = await rows<{ licenceId: string }>(
      tx,
      sql`INSERT INTO ${licenceReminders} (enterprise_id, licence_id, window_days, valid_until, apply_by, recipients, sent_at)
          SELECT t.e, t.l, ${windowDays}::int, t.v, t.a, t.r, ${ctx.now.toISOString()}::timestamptz
          FROM unnest(${sql.param(sorted.map((c) => c.enterprise_id))}::uuid[], ${sql.param(sorted.map((c) => c.id))}::uuid[],
                      ${sql.param(sorted.map((c) => c.valid_until))}::date[],
                      ${sql.param(sorted.map((c) => applyBy(c.valid_until, kind.renewalLeadDays)))}::date[],
                      ${sql.param(sorted.map((c) => recipients(c.enterprise_id)))}::int[]) AS t(e, l, v, a, r)
          ON CONFLICT DO NOTHING
          RETURNING licence_id AS "licenceId"`,
    );
    const mine = new Set(claimed.map((c) => c.licenceId));
    // One batch of notifications for the page (one INSERT, one address look-up), each licence its own cause.
    const notified = await notifyMany(
      tx,
      ctx.now,
      sorted
        .filter((x) => mine.has(x.id))
        .map((c) => ({
          userIds: accounts.filter((a) => a.enterpriseId === c.enterprise_id).map((a) => a.id),
          kind: 'licence-expiry',
          params: { windowDays, kindName: kind.nameZh, number: c.number, validUntil: c.valid_until, applyBy: applyBy(c.valid_until, kind.renewalLeadDays) },
          target: { type: 'licence', id: c.id },
          link: '/drugs/my-licences',
          dedupeKey: `licence-expiry:${c.id}:${windowDays}`,
        })),
    );
    if (mine.size > 0) {
      await recordAudit(tx, ctx, {
        action: 'drugs.licence.remind',
        targetType: 'licence-kind',
        targetId: kind.code,
        detail: { windowDays, licenceIds: [...mine] },
      });
    }
    return { reminded: mine.size, notified };
  });
}
