import { Pool } from 'undici';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/platform/db/client.js';
import { departments } from '../../src/organisation/schema.js';
import { inspectionItems } from '../../src/catalog/schema.js';
import { newId } from '../../src/platform/db/ids.js';
import { enterprises, enterpriseUsccs } from '../../src/enterprises/schema.js';
import { enterpriseAt } from '../../scripts/gen/enterprises.js';
import { createOfficerSessions } from '../../test/support/officers.js';
import { runLoad, type Measured } from '../lib/stats.js';
import { cpuPerCall, cpuSnapshot } from '../lib/cpu.js';

/**
 * Issuances before the measured ones, not timed (at most a fifth of the enterprises): the server's connection pool
 * filled and its code compiled, as in a server that has been running — pgbench's rate, the baseline, likewise
 * leaves out its connections' start.
 */
const WARM_UP = 2000;

/**
 * Issue 3 figures: codes issued per second by 32 clients (each request a planned code for a different
 * enterprise with no planned code near the window, so A3 never refuses; the answers by status are returned),
 * after a warm-up (`WARM_UP`), with the CPU each issuance cost the server, PostgreSQL and the load generator;
 * then scans per second of the issued codes: first each code once (cold: read from the database), then over and over
 * (from memory), with the share the server answered from memory.
 */

export async function benchIssuanceAndScan(
  database: Database,
  url: string,
  opts: { clients: number; seconds: number; serverPid?: number; extraEnterprises?: number },
) {
  const now = new Date();
  const { db } = database;
  if (opts.extraEnterprises) await registerEnterprises(database, opts.extraEnterprises);
  const [dept] = await db.select().from(departments).where(eq(departments.code, 'WH-SCJG'));
  const itemId = newId();
  await db
    .insert(inspectionItems)
    .values({
      id: itemId,
      departmentId: dept!.id,
      code: `BENCH-${itemId.slice(-6)}`,
      name: '基准测试检查事项',
      legalBasis: '《中华人民共和国食品安全法》第八十七条',
      published: true,
      publishedAt: now,
    });
  const staff = await createOfficerSessions(db, 'WH-SCJG', opts.clients * 2, now);
  const start = new Date(now.getTime() + 86_400_000);
  const end = new Date(start.getTime() + 4 * 3_600_000);
  // Enterprises A3 would not refuse (no planned window within 7 days of this one — A3 is about windows, up to 30
  // days long; earlier runs on the same province leave some), so every call is an issuance and not a refusal.
  const firms = (
    await database.query<{ uscc: string }>(
      `SELECT e.uscc FROM enterprise e WHERE e.status = 'active' AND NOT EXISTS (
         SELECT 1 FROM inspection i WHERE i.enterprise_id = e.id AND i.kind = 'planned' AND i.status <> 'revoked'
           AND i.window_end > $1::timestamptz - interval '7 days' AND i.window_start < $2::timestamptz + interval '7 days')
       LIMIT 200000`,
      [start, end],
    )
  ).map((e) => e.uscc);
  const pool = new Pool(url, { connections: opts.clients, pipelining: 1 });
  const statuses: Record<number, number> = {};
  const window = { start: start.toISOString(), end: end.toISOString() };
  const codes: string[] = [];
  let next = 0;
  const issue = async (client: number) => {
    const uscc = firms[next++];
    if (!uscc) return false;
    const a = staff[client * 2]!;
    const b = staff[client * 2 + 1]!;
    const res = await pool.request({
      method: 'POST',
      path: '/api/inspections',
      headers: { 'content-type': 'application/json', cookie: a.cookie },
      body: JSON.stringify({
        enterpriseUscc: uscc,
        kind: 'planned',
        itemIds: [itemId],
        officerIds: [a.officerId, b.officerId],
        window,
      }),
    });
    const body = (await res.body.json()) as { code?: string };
    statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
    if (res.statusCode === 201 && body.code) codes.push(body.code);
    return res.statusCode === 201;
  };
  const warm = Math.min(WARM_UP, Math.floor(firms.length / 4));
  await runLoad({ clients: opts.clients, seconds: opts.seconds, maxCalls: warm, task: issue });
  const cpuBefore = cpuSnapshot(opts.serverPid);
  const issuance = await runLoad({
    clients: opts.clients,
    seconds: opts.seconds,
    maxCalls: firms.length - warm,
    task: issue,
  });
  const issuanceCpu = cpuPerCall(cpuBefore, cpuSnapshot(opts.serverPid), issuance.count);
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
  const coldScan = await runLoad({
    clients: opts.clients,
    seconds: opts.seconds,
    maxCalls: codes.length,
    task: (_c, i) => scanOnce(codes[i]!, coldCounts),
  });
  // Then the codes scanned again and again, as phones at many gates do.
  const hotCounts = { hits: 0, calls: 0 };
  const scan = await runLoad({
    clients: opts.clients,
    seconds: opts.seconds,
    task: (_c, i) => scanOnce(codes[i % codes.length]!, hotCounts),
  });
  await pool.close();
  const rate = (c: { hits: number; calls: number }) => (c.calls ? c.hits / c.calls : 0);
  return {
    issuance,
    issuanceCpu,
    warmUp: warm,
    scan,
    coldScan,
    hitRate: rate(hotCounts),
    coldHitRate: rate(coldCounts),
    codesIssued: codes.length,
    statuses,
  };
}

export type { Measured };

/**
 * Registers `count` more active enterprises (the province generator's, far past the demo's), without history: enough
 * for a measured run of issuances each at an enterprise of its own, without growing the seeded city whose other
 * figures (dashboards, the enterprise file) the bench compares run to run.
 */
async function registerEnterprises(database: Database, count: number) {
  const BATCH = 1000;
  for (let from = 0; from < count; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - from) }, (_, i) => ({ ...enterpriseAt(2026, 5_000_000 + from + i), id: newId() }));
    const claimed = await database.db
      .insert(enterpriseUsccs)
      .values(batch.map((e) => ({ uscc: e.uscc, enterpriseId: e.id })))
      .onConflictDoNothing()
      .returning({ uscc: enterpriseUsccs.uscc });
    const fresh = new Set(claimed.map((c) => c.uscc));
    const rows = batch.filter((e) => fresh.has(e.uscc));
    if (rows.length === 0) continue;
    await database.db.insert(enterprises).values(
      rows
        .map((e) => ({ id: e.id, uscc: e.uscc, name: e.name, legalRepresentative: e.legalRepresentative, address: e.address, divisionCode: e.divisionCode, industry: e.industry, aboveDesignatedSize: e.aboveDesignatedSize, status: 'active' as const, registeredOn: e.registeredOn })),
    );
  }
}
