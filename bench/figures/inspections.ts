import { Pool } from 'undici';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/platform/db/client.js';
import { departments } from '../../src/organisation/schema.js';
import { inspectionItems } from '../../src/catalog/schema.js';
import { newId } from '../../src/platform/db/ids.js';
import { createOfficerSessions } from '../../test/support/officers.js';
import { runLoad, type Measured } from '../lib/stats.js';

/**
 * Issue 3 figures: codes issued per second by 32 clients (each request a planned code for a different
 * enterprise with no planned code near the window, so A3 never refuses; the answers by status are returned),
 * then scans per second of the issued codes: first each code once (cold: read from the database), then over and over
 * (from memory), with the share the server answered from memory.
 */
export async function benchIssuanceAndScan(database: Database, url: string, opts: { clients: number; seconds: number }) {
  const now = new Date();
  const { db } = database;
  const [dept] = await db.select().from(departments).where(eq(departments.code, 'WH-SCJG'));
  const itemId = newId();
  await db.insert(inspectionItems).values({ id: itemId, departmentId: dept!.id, code: `BENCH-${itemId.slice(-6)}`, name: '基准测试检查事项', legalBasis: '《中华人民共和国食品安全法》第八十七条', published: true, publishedAt: now });
  const staff = await createOfficerSessions(db, 'WH-SCJG', opts.clients * 2, now);
  const start = new Date(now.getTime() + 86_400_000);
  // Enterprises A3 would not refuse (no planned code within 7 days of the window — earlier runs on the same
  // province leave some), so every call is an issuance and not a refusal.
  const firms = (
    await database.query<{ uscc: string }>(
      `SELECT e.uscc FROM enterprise e WHERE e.status = 'active' AND NOT EXISTS (
         SELECT 1 FROM inspection i WHERE i.enterprise_id = e.id AND i.kind = 'planned' AND i.status <> 'revoked'
           AND i.window_start > $1::timestamptz - interval '7 days' AND i.window_start < $1::timestamptz + interval '7 days')
       LIMIT 200000`,
      [start],
    )
  ).map((e) => e.uscc);
  const pool = new Pool(url, { connections: opts.clients, pipelining: 1 });
  const statuses: Record<number, number> = {};
  const window = { start: start.toISOString(), end: new Date(start.getTime() + 4 * 3_600_000).toISOString() };
  const codes: string[] = [];
  let next = 0;
  const issuance = await runLoad({
    clients: opts.clients,
    seconds: opts.seconds,
    maxCalls: firms.length,
    task: async (client) => {
      const uscc = firms[next++];
      if (!uscc) return false;
      const a = staff[client * 2]!;
      const b = staff[client * 2 + 1]!;
      const res = await pool.request({
        method: 'POST',
        path: '/api/inspections',
        headers: { 'content-type': 'application/json', cookie: a.cookie },
        body: JSON.stringify({ enterpriseUscc: uscc, kind: 'planned', itemIds: [itemId], officerIds: [a.officerId, b.officerId], window }),
      });
      const body = (await res.body.json()) as { code?: string };
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      if (res.statusCode === 201 && body.code) codes.push(body.code);
      return res.statusCode === 201;
    },
  });
  if (!codes.length) throw new Error('no code was issued');
  const scanOnce = async (code: string, counts: { hits: number; calls: number }) => {
    const res = await pool.request({ method: 'GET', path: `/api/codes/${code}` });
    const body = (await res.body.json()) as { status?: string };
    counts.calls++;
    if (res.headers['x-cache'] === 'hit') counts.hits++;
    return res.statusCode === 200 && body.status === 'not-yet-valid';
  };
  // The first scan of each code: the server has not read it yet (one prepared read and a signature check each).
  const coldCounts = { hits: 0, calls: 0 };
  const coldScan = await runLoad({ clients: opts.clients, seconds: opts.seconds, maxCalls: codes.length, task: (_c, i) => scanOnce(codes[i]!, coldCounts) });
  // Then the codes scanned again and again, as phones at many gates do.
  const hotCounts = { hits: 0, calls: 0 };
  const scan = await runLoad({ clients: opts.clients, seconds: opts.seconds, task: (_c, i) => scanOnce(codes[i % codes.length]!, hotCounts) });
  await pool.close();
  const rate = (c: { hits: number; calls: number }) => (c.calls ? c.hits / c.calls : 0);
  return { issuance, scan, coldScan, hitRate: rate(hotCounts), coldHitRate: rate(coldCounts), codesIssued: codes.length, statuses };
}

export type { Measured };
