/**
 * `npm run bench -- --scale small --citus` (issue 18): the issuance and scan rows (benchIssuanceAndScan, the same
 * code as the main run's) on one PostgreSQL and on a 3-node loopback Citus cluster (scripts/citus/up.sh: a
 * coordinator and two workers, 4 shards per table) in the same run, each in a throwaway database seeded with the
 * same demo city and served by the built server; then, on the cluster, an online scale-out timed under write load
 * (test/support/scale-out.ts, the same as test/citus/scale-out.test.ts: a third worker added, shards rebalanced
 * while 4 writers issue codes and file penalties over HTTP, every acknowledged write counted by id afterwards).
 * Run by CI after the small bench (.ci/run); it needs Citus installed into PostgreSQL 15 (../shared/citus/install-citus.sh
 * as root, or Citus's own packages) and takes about two minutes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { openDatabase, type Database } from '../../src/platform/db/client.js';
import { seedDemo } from '../../src/demo/seed.js';
import { createThrowawayPostgres } from '../../scripts/lib/databases.js';
import { startLocalCluster } from '../../scripts/lib/postgres-cluster.js';
import { acknowledgedPresent, onlineScaleOut, type ScaleOutResult } from '../../test/support/scale-out.js';
import { ROOT, startNode, type Child } from '../lib/processes.js';
import { summarise, type BenchRow } from '../lib/stats.js';
import { benchIssuanceAndScan } from './inspections.js';

type Issued = Awaited<ReturnType<typeof benchIssuanceAndScan>>;

/** A throwaway database on `server`, migrated and seeded, served by the built server while `run` runs. */
async function withSeededApp<T>(server: string, enterprises: number, run: (x: { database: Database; url: string; app: Child }) => Promise<T>): Promise<T> {
  const throwaway = await createThrowawayPostgres(server, 'qq_bench');
  const database = await openDatabase({ databaseUrl: throwaway.url, poolSize: 40 });
  try {
    const migrated = Date.now();
    await database.migrate();
    console.log(`migrated in ${((Date.now() - migrated) / 1000).toFixed(1)} s; seeding ${enterprises} enterprises …`);
    const seeded = Date.now();
    await seedDemo(database, new Date(), { enterpriseCount: enterprises });
    console.log(`seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);
    const app = await startNode(['dist/server/main.js'], { DATABASE_URL: throwaway.url, QINQING_DEMO: '0', DATABASE_POOL_SIZE: '40', RATE_LIMIT: '0' }, '/api/health');
    try {
      return await run({ database, url: throwaway.url, app });
    } finally {
      await app.stop();
    }
  } finally {
    await database.close();
    await throwaway.drop();
  }
}

/** Starts the 3-node cluster with scripts/citus/up.sh; a clear error when Citus is not installed. */
function citusUp(): { url: string; dir: string; down(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qinqing-bench-citus-'));
  let url: string;
  try {
    url = execFileSync('bash', [path.join(ROOT, 'scripts/citus/up.sh'), '2'], { env: { ...process.env, CITUS_DIR: dir }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error('--citus: could not start a Citus cluster with scripts/citus/up.sh (above, why). Citus must be installed into PostgreSQL 15: as root, bash ../shared/citus/install-citus.sh (or Citus 13 from its own packages).');
  }
  const down = () => {
    if (fs.existsSync(path.join(dir, 'env'))) execFileSync('bash', [path.join(ROOT, 'scripts/citus/down.sh'), dir], { stdio: 'inherit' });
  };
  process.once('exit', down);
  return { url, dir, down };
}

export async function benchCitus(opts: { adminUrl?: string; enterprises: number; clients: number; seconds: number }): Promise<{ rows: BenchRow[]; notes: string[]; ok: boolean }> {
  const started = Date.now();
  const cluster = citusUp();
  const local = opts.adminUrl ? undefined : await startLocalCluster('BENCH_DATABASE_URL');
  try {
    console.log('issuance and scan on one PostgreSQL …');
    const single = await withSeededApp(opts.adminUrl ?? local!.url, opts.enterprises, ({ database, app }) => benchIssuanceAndScan(database, app.url, opts));
    console.log('issuance and scan on the Citus cluster (coordinator + 2 workers) …');
    let scaleOut: ScaleOutResult | undefined;
    let present = { inspections: 0, penalties: 0, waitedForRecovery: 0 };
    const citus = await withSeededApp(cluster.url, opts.enterprises, async ({ database, url, app }) => {
      const issued = await benchIssuanceAndScan(database, app.url, opts);
      console.log('online scale-out: a third worker, rebalanced under write load …');
      scaleOut = await onlineScaleOut({
        database,
        url,
        clusterDir: cluster.dir,
        now: new Date(),
        send: async (q) => {
          const res = await request(`${app.url}${q.url}`, { method: q.method, headers: { 'content-type': 'application/json', ...q.headers }, body: JSON.stringify(q.payload) });
          return { status: res.statusCode, body: await res.body.text() };
        },
        log: (line) => console.log(line),
      });
      const seen = (list: { op: string; status: number; body: string }[]) => [...new Set(list.map((x) => `${x.op} ${x.status} ${x.body.slice(0, 200)}`))];
      if (scaleOut.retries.length) console.log('retries (distinct answers):', seen(scaleOut.retries));
      if (scaleOut.failures.length) console.log('failures (distinct answers):', seen(scaleOut.failures));
      if (scaleOut.clusterErrors.length) console.log(`the nodes' errors meanwhile:\n${scaleOut.clusterErrors.join('\n')}`);
      if (scaleOut.failures.length || scaleOut.retries.length) console.log(`the server's errors:\n${app.output().split('\n').filter((l) => /"level":(50|60)/.test(l)).slice(-20).join('\n')}`);
      present = await acknowledgedPresent(database, scaleOut);
      await scaleOut.dropOnNewNode();
      return issued;
    });
    const rows: BenchRow[] = [...issuanceRows(single, 'one PostgreSQL', opts.clients), ...issuanceRows(citus, 'Citus, coordinator + 2 workers', opts.clients, single)];
    const s = scaleOut!;
    const acknowledged = s.inspections.length + s.penalties.length;
    const writes = summarise(s.latencies, s.failures.length, s.writerSeconds);
    const lost = acknowledged - present.inspections - present.penalties;
    rows.push({
      figure: `online scale-out: a 3rd worker added and citus_rebalance_start() (${s.mode}) under write load (4 writers: planned code + penalty)`,
      measured: writes,
      baseline: '—',
      baselineMeasured: writes,
      note:
        `add node + rebalance ${s.seconds.toFixed(1)} s (rebalance alone ${s.rebalanceSeconds.toFixed(1)} s, job ${s.jobState}, ${s.moves} shard-group moves, ${s.shardsOnNewNode} of ${s.shards} shards now on the new worker); ` +
        `${acknowledged} writes acknowledged (${s.inspections.length} codes, ${s.penalties.length} penalties), ${s.duringRebalance} of them during the rebalance; ` +
        `${lost === 0 ? 'every one present afterwards (counted by id)' : `${lost} MISSING afterwards`}${present.waitedForRecovery ? ` (${present.waitedForRecovery} of them visible only after two-phase commit recovery)` : ''}; ${s.failures.length} failures, ${s.retries.length} retries; throughput and latency are the writes', over the writer's ${s.writerSeconds.toFixed(0)} s`,
    });
    const notes = [
      '**What this is.** The issuance and scan rows of the main run (`bench/figures/inspections.ts`, the same code), on one PostgreSQL and on a',
      'Citus 13 cluster of three PostgreSQL 15 servers (a coordinator and two workers, 4 shards per distributed table, `scripts/citus/up.sh`) in the',
      `same run, each in a fresh database seeded with the same demo city (${opts.enterprises} enterprises) and served by the built server. All of it — load generator,`,
      'server and every node — shares one 2-core machine, so **the cluster here is for plan correctness and overhead, not speed**: a cluster',
      'only adds throughput when its workers have machines of their own. The Citus rows\' baseline is the same row on one PostgreSQL; their',
      'ratio is what the coordinator\'s routing (and one more network hop per statement) costs. Then an online scale-out, timed: a third',
      'worker started (`scripts/citus/add-worker.sh`), registered (`citus_add_node`) and `citus_rebalance_start()` awaited while four writers',
      'issue planned codes and file penalties over HTTP, every acknowledged write counted by id afterwards (`test/support/scale-out.ts`,',
      'the same procedure as the CI test `test/citus/scale-out.test.ts`). Shards move by logical replication (`wal_level = logical`), so',
      'writes continue during a move and wait only for its switch-over. CI runs it after the small bench: `npm run bench -- --scale small --citus`.',
      `Whole run ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ];
    return { rows, notes, ok: lost === 0 && s.failures.length === 0 };
  } finally {
    cluster.down();
    local?.stop();
  }
}

function issuanceRows(a: Issued, on: string, clients: number, baseline?: Issued): BenchRow[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  // On one PostgreSQL a row is its own baseline; on the cluster its baseline is the same row on one PostgreSQL.
  const base = (own: BenchRow['measured'], single?: BenchRow['measured']) => (single ? { baseline: 'the same on one PostgreSQL', baselineMeasured: single } : { baseline: '—', baselineMeasured: own });
  return [
    {
      figure: `code issuance on ${on} (POST /api/inspections, ${clients} clients)`,
      measured: a.issuance,
      ...base(a.issuance, baseline?.issuance),
      note: `answers by status: ${Object.entries(a.statuses).map(([k, v]) => `${k} × ${v}`).join(', ')}`,
    },
    { figure: `scan verification on ${on} (GET /api/codes/{code}, ${clients} clients)`, measured: a.scan, ...base(a.scan, baseline?.scan), note: `answered from memory: ${pct(a.hitRate)} of scans` },
    {
      figure: `first (cold) scan of each code on ${on} (${a.codesIssued} codes once, ${clients} clients)`,
      measured: a.coldScan,
      ...base(a.coldScan, baseline?.coldScan),
      note: `one prepared read and a signature check each; answered from memory: ${pct(a.coldHitRate)}`,
    },
  ];
}
