/**
 * Online scale-out (issue 18): on the cluster scripts/citus/up.sh made (CITUS_DIR names its folder; CI's
 * scripts/citus/ci-suite.sh passes it), while four writers issue planned codes and file penalties through the
 * application's routes (`fastify.inject`), a third worker is started (scripts/citus/add-worker.sh), the file's
 * database is made on it with Citus, `citus_add_node` registers it, and `citus_rebalance_start()` moves shards to
 * it, awaited with `citus_rebalance_wait()` (test/support/scale-out.ts does all of it; the benchmark times the
 * same). Afterwards: shards live on the new worker, every acknowledged write is there (counted by id), the codes
 * whose shards moved scan, and no request failed — or each failure was retried to success, the retries listed.
 *
 * Shards move with `shard_transfer_mode => 'auto'`: logical replication (every node has `wal_level = logical`,
 * scripts/citus/lib.sh) — every distributed table has a primary key, so writes go on during a move and wait only
 * for its brief switch-over.
 *
 * Skipped, with the reason, unless TEST_DATABASE_URL names a Citus coordinator and CITUS_DIR its folder. The new
 * worker stays up until scripts/citus/down.sh stops the cluster; the file's database on it is dropped here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { citusSkipReason } from '../support/citus.js';
import { acknowledgedPresent, onlineScaleOut, type ScaleOutResult } from '../support/scale-out.js';

const skipReason =
  (await citusSkipReason()) ?? (process.env.CITUS_DIR ? undefined : 'no CITUS_DIR: the scale-out test starts a worker in the folder scripts/citus/up.sh made (scripts/citus/ci-suite.sh passes it)');

describe.skipIf(Boolean(skipReason))(`online scale-out on Citus${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let t: TestApp;
  let r: ScaleOutResult | undefined;

  beforeAll(async () => {
    t = await testApp({ enterpriseCount: 40 });
  });
  afterAll(async () => {
    await t?.close();
    await r?.dropOnNewNode();
  });

  it('adds a worker and moves shards to it while codes are issued and penalties filed, losing no acknowledged write', async () => {
    const started = performance.now();
    const url = (t.database as { url?: string }).url!;
    r = await onlineScaleOut({
      database: t.database,
      url,
      clusterDir: process.env.CITUS_DIR!,
      now: t.clock.now,
      send: async (q) => {
        const res = await t.app.inject({ method: q.method, url: q.url, headers: q.headers, payload: q.payload as Record<string, unknown> });
        return { status: res.statusCode, body: res.body };
      },
      log: (line) => console.log(line),
    });
    console.log(
      `scale-out test: ${((performance.now() - started) / 1000).toFixed(1)} s; node added and rebalanced in ${r.seconds.toFixed(1)} s (rebalance ${r.rebalanceSeconds.toFixed(1)} s, ${r.moves} moves, ${r.mode}); ` +
        `${r.inspections.length} codes and ${r.penalties.length} penalties acknowledged (${r.duringRebalance} during the rebalance); ${r.retries.length} retries, ${r.failures.length} failures`,
    );
    if (r.retries.length) console.log('retries:', JSON.stringify(r.retries, null, 1));
    if (r.clusterErrors.length) console.log(`the nodes' errors meanwhile:\n${r.clusterErrors.join('\n')}`);

    expect(r.failures, 'requests that failed and were not retried to success').toEqual([]);
    expect(r.jobState).toBe('finished');
    expect(r.moves).toBeGreaterThan(0);
    expect(r.shardsOnNewNode).toBeGreaterThan(0);
    expect(r.duringRebalance, 'writes acknowledged while shards moved').toBeGreaterThan(0);

    // Every acknowledged write, by id, once (after Citus's two-phase commit recovery: acknowledgedPresent).
    expect(new Set(r.inspections).size).toBe(r.inspections.length);
    expect(new Set(r.penalties).size).toBe(r.penalties.length);
    const present = await acknowledgedPresent(t.database, r);
    if (present.waitedForRecovery) console.log(`scale-out: ${present.waitedForRecovery} acknowledged writes were visible only after two-phase commit recovery`);
    expect(present.inspections).toBe(r.inspections.length);
    expect(present.penalties).toBe(r.penalties.length);

    // The codes whose enterprise's shard now lives on the new worker scan (a cold read routed there).
    const shardsOnNew = (await t.database.query<{ shardid: string }>(`SELECT shardid::text FROM citus_shards WHERE table_name = 'inspection'::regclass AND nodeport = $1`, [r.port])).map((s) => s.shardid);
    const firms = (await t.database.query<{ e: string }>('SELECT DISTINCT enterprise_id::text AS e FROM inspection WHERE id = ANY($1::uuid[])', [r.inspections])).map((f) => f.e);
    const shardOf = await t.database.query<{ e: string; shardid: string }>(`SELECT e::text, get_shard_id_for_distribution_column('inspection', e)::text AS shardid FROM unnest($1::uuid[]) e`, [firms]);
    const movedFirms = shardOf.filter((s) => shardsOnNew.includes(s.shardid)).map((s) => s.e);
    const moved = await t.database.query<{ id: string }>('SELECT id FROM inspection WHERE id = ANY($1::uuid[]) AND enterprise_id = ANY($2::uuid[]) LIMIT 10', [r.inspections, movedFirms]);
    expect(moved.length).toBeGreaterThan(0);
    for (const { id } of moved) {
      const code = r.codes.get(id);
      if (!code) continue;
      const res = await t.app.inject({ url: `/api/codes/${encodeURIComponent(code)}` });
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('not-yet-valid');
    }
    // Minutes, not CI's default half-minute: the rebalance alone takes ~35 s on a loaded 2-core machine.
  }, 300_000);
});
