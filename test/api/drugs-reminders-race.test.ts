/**
 * D2 — each window's reminder exactly once per licence: two instances sweeping at once (PostgreSQL; PGlite has
 * one connection), and a run stopped between batches then resumed (both databases).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { onPostgres } from '../support/database.js';
import { enterpriseOf } from '../support/fixtures.js';
import { openDatabase } from '../../src/platform/db/client.js';
import { rows } from '../../src/platform/db/client.js';
import { newId } from '../../src/platform/db/ids.js';
import { systemCtx } from '../../src/platform/policy/actor.js';
import { sendExpiryReminders } from '../../src/drugs/send-expiry-reminders.js';

let t: TestApp;
let enterpriseId: string;
let uscc: string;

const NOW = new Date('2026-11-27T02:00:00Z');
const day = (offset: number) => new Date(NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** n licences of enterprise2 spread over the three windows (and a few outside). */
async function addLicences(prefix: string, n: number): Promise<void> {
  const values = Array.from({ length: n }, (_, i) => sql`(${enterpriseId}::uuid, ${newId()}::uuid, ${uscc}, 'drug-retail', ${`${prefix}-${i}`}, ${day(-1000)}::date, ${day((i * 7) % 200)}::date, 'valid', 'api', now(), now())`);
  await t.database.db.execute(sql`INSERT INTO drug_licence (enterprise_id, id, holder_uscc, kind, number, valid_from, valid_until, status, source, created_at, updated_at) VALUES ${sql.join(values, sql`, `)}`);
}

async function duplicates(prefix: string) {
  return rows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM (
          SELECT n.user_id, n.target_id, n.params->>'windowDays' FROM notification n
          WHERE n.kind = 'licence-expiry' AND n.target_id IN (SELECT l.id::text FROM drug_licence l WHERE l.number LIKE ${`${prefix}-%`})
          GROUP BY 1, 2, 3 HAVING count(*) > 1) d`,
  );
}

async function counts(prefix: string) {
  const [r] = await rows<{ reminders: number; expected: number; notified: number }>(
    t.database.db,
    sql`SELECT (SELECT count(*) FROM drug_licence_reminder r JOIN drug_licence l ON l.enterprise_id = r.enterprise_id AND l.id = r.licence_id WHERE l.number LIKE ${`${prefix}-%`})::int AS reminders,
               (SELECT count(*) FROM drug_licence l WHERE l.number LIKE ${`${prefix}-%`} AND l.valid_until BETWEEN ${day(0)}::date AND ${day(180)}::date)::int AS expected,
               (SELECT count(*) FROM notification n
                 WHERE n.kind = 'licence-expiry' AND n.target_id IN (SELECT l.id::text FROM drug_licence l WHERE l.number LIKE ${`${prefix}-%`}))::int AS notified`,
  );
  return r!;
}

beforeAll(async () => {
  t = await testApp({ now: NOW.toISOString(), enterpriseCount: 10 });
  const e = await enterpriseOf(t, 'enterprise2');
  enterpriseId = e.id;
  uscc = e.uscc;
  await sendExpiryReminders(t.database.db, systemCtx('test', NOW)); // the demo's own licences first
});
afterAll(() => t?.close());

describe('licence-expiry-reminders exactly once', () => {
  it('a run stopped between batches, then run again, then again, reminds each licence once for its window', async () => {
    await addLicences('STOP', 120);
    const stop = new AbortController();
    let batches = 0;
    const first = await sendExpiryReminders(t.database.db, systemCtx('test', NOW), {
      batchSize: 10,
      signal: new Proxy(stop.signal, { get: (target, p) => (p === 'aborted' ? ++batches > 3 : Reflect.get(target, p)) }) as AbortSignal,
    });
    const c = await counts('STOP');
    expect(first.reminded).toBeLessThan(c.expected);
    await sendExpiryReminders(t.database.db, systemCtx('test', NOW), { batchSize: 10 });
    await sendExpiryReminders(t.database.db, systemCtx('test', NOW), { batchSize: 10 });
    const after = await counts('STOP');
    expect(after.reminders).toBe(after.expected);
    expect(after.notified).toBe(after.expected); // enterprise2 has one account
    expect(await duplicates('STOP')).toEqual([{ n: 0 }]);
  });

  it.runIf(onPostgres())('two instances sweeping at once (separate connection pools) send each reminder once', async () => {
    const url = (t.database as { url?: string }).url!;
    const other = await openDatabase({ databaseUrl: url, poolSize: 4 });
    try {
      await addLicences('RACE', 400);
      const results = await Promise.all([
        sendExpiryReminders(t.database.db, systemCtx('instance-a', NOW), { batchSize: 15 }),
        sendExpiryReminders(other.db, systemCtx('instance-b', NOW), { batchSize: 15 }),
        sendExpiryReminders(other.db, systemCtx('instance-c', NOW), { batchSize: 40 }),
      ]);
      const c = await counts('RACE');
      expect(c.expected).toBeGreaterThan(300);
      expect(results.reduce((s, r) => s + r.reminded, 0)).toBe(c.expected);
      expect(c.reminders).toBe(c.expected);
      expect(c.notified).toBe(c.expected);
      expect(await duplicates('RACE')).toEqual([{ n: 0 }]);
    } finally {
      await other.close();
    }
  });
});
