import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { onPostgres } from '../support/database.js';
import { anyEnterprise } from '../support/fixtures.js';
import { hotlineTickets } from '../../src/hotline/schema.js';
import { signals } from '../../src/supervision/schema.js';

// PGlite has a single connection; only a real PostgreSQL server shows the idempotency under contention.
describe.runIf(onPostgres())('12345 ticket resends under concurrency (PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ enterpriseCount: 10 });
  });
  afterAll(async () => t?.close());

  const send = (body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/hotline/tickets',
      headers: { 'x-api-key': 'qinqing-demo-key' },
      payload: body,
    });

  it('50 simultaneous sends of one ticket number yield one ticket, one 201, the same id for all, one signal', async () => {
    const e = await anyEnterprise(t, 0);
    const body = {
      ticketNo: 'RACE-0001',
      receivedAt: '2026-11-26T09:30:00+08:00',
      content: '反映一周内被重复检查三次',
      category: '涉企执法',
      enterpriseUscc: e.uscc,
    };
    const res = await Promise.all(Array.from({ length: 50 }, () => send(body)));
    expect(res.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(res.filter((r) => r.statusCode === 200)).toHaveLength(49);
    expect(new Set(res.map((r) => r.json().id)).size).toBe(1);
    expect(
      await t.database.db.select().from(hotlineTickets).where(eq(hotlineTickets.ticketNo, 'RACE-0001')),
    ).toHaveLength(1);
    expect(
      await t.database.db.select().from(signals).where(eq(signals.dedupeKey, 'hotline:RACE-0001')),
    ).toHaveLength(1);
  });

  it('simultaneous resends with differing content still make one ticket per number', async () => {
    const res = await Promise.all(
      Array.from({ length: 40 }, (_, k) =>
        send({
          ticketNo: `RACE-1${k % 4}`,
          receivedAt: '2026-11-26T10:00:00+08:00',
          content: `执法检查投诉，第 ${k} 次补充说明`,
        }),
      ),
    );
    expect(res.every((r) => r.statusCode === 200 || r.statusCode === 201)).toBe(true);
    expect(res.filter((r) => r.statusCode === 201)).toHaveLength(4);
    const rows = await t.database.db
      .select()
      .from(hotlineTickets)
      .where(like(hotlineTickets.ticketNo, 'RACE-1%'));
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const ids = new Set(res.filter((r, k) => `RACE-1${k % 4}` === row.ticketNo).map((r) => r.json().id));
      expect([...ids]).toEqual([row.id]);
    }
  });
});
