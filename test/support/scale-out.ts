/**
 * Online scale-out of a Citus cluster made by scripts/citus/up.sh, under write load through the application — shared
 * by the test (test/citus/scale-out.test.ts, requests by `fastify.inject`) and the benchmark (`npm run bench --
 * --citus`, requests over HTTP to a running server), so both measure the same thing:
 *
 * 1. a writer starts: `loops` concurrent loops, each alternating a planned code (POST /api/inspections, each for
 *    an (enterprise, window) no other request uses, so A3 never refuses it) and a penalty (POST
 *    /api/credit/penalties by the demo integration key, a decision number of its own);
 * 2. a further worker is started (scripts/citus/add-worker.sh), the database is made on it with `CREATE EXTENSION
 *    citus`, and `citus_add_node` registers it — in this database's node list only (Citus keeps one per database),
 *    so other databases on the cluster, other test files', do not see it;
 * 3. `citus_rebalance_start(shard_transfer_mode => …)` and `citus_rebalance_wait()` while the writer goes on;
 * 4. the writer goes on for a few more writes, then stops.
 *
 * A write is acknowledged when its answer says so (201 with the id). A request that fails (a 5xx or no answer) is
 * retried, up to `maxAttempts` times, and each retry is recorded; a retry answered 409 naming the existing row
 * (the planned code of that enterprise and window, the penalty of that decision number) means the failed attempt
 * had committed: that row is the acknowledged write. Any other answer is a failure.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import pg from 'pg';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/platform/db/client.js';
import { departments } from '../../src/organisation/schema.js';
import { inspectionItems } from '../../src/catalog/schema.js';
import { enterprises } from '../../src/enterprises/schema.js';
import { newId } from '../../src/platform/db/ids.js';
import { DEMO_API_KEY } from '../../src/demo/seed.js';
import { projectRoot } from '../../src/platform/config/project-root.js';
import { createOfficerSessions } from './officers.js';

/** One request to the application; `body` is the answer's text. */
export type Send = (r: { method: 'POST'; url: string; headers: Record<string, string>; payload: unknown }) => Promise<{ status: number; body: string }>;

export type ShardTransferMode = 'auto' | 'force_logical' | 'block_writes';

export interface ScaleOutResult {
  /** The new worker's port (127.0.0.1). */
  port: number;
  mode: ShardTransferMode;
  /** From `citus_add_node` to the end of `citus_rebalance_wait()`; and the rebalance alone. */
  seconds: number;
  rebalanceSeconds: number;
  /** The rebalance job's final state (`finished` when it worked) and the shard moves it ran. */
  jobState: string;
  moves: number;
  /** Shards (placements) on the new worker afterwards, of how many distributed shards. */
  shardsOnNewNode: number;
  shards: number;
  /** Acknowledged writes by id, and the writes acknowledged while the node was added and shards moved. */
  inspections: string[];
  penalties: string[];
  /** Each planned code's value, by inspection id (to scan them afterwards). */
  codes: Map<string, string>;
  duringRebalance: number;
  /** Writes that failed and were not retried to success (their last answer); retries that were needed. */
  failures: { op: string; status: number; body: string }[];
  retries: { op: string; attempt: number; status: number; body: string }[];
  /** Write latencies (ms) of acknowledged writes, in order. */
  latencies: number[];
  writerSeconds: number;
  /** When a request failed or was retried: the ERROR lines the cluster's nodes logged meanwhile (with their statements). */
  clusterErrors: string[];
  /** Drops the database on the new worker (the other nodes' copies are dropped by whoever made it). */
  dropOnNewNode(): Promise<void>;
}

async function onUrl<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const withNode = (url: string, port: number, database: string) => {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  u.pathname = `/${database}`;
  return u.toString();
};

/** What the writer needs, made in the application's database: officers with sessions, an item, enterprises. */
async function writerFixtures(database: Database, now: Date, loops: number) {
  const { db } = database;
  const [market] = await db.select().from(departments).where(eq(departments.code, 'WH-SCJG'));
  const [health] = await db.select().from(departments).where(eq(departments.code, 'WH-WJ'));
  const itemId = newId();
  await db.insert(inspectionItems).values({ id: itemId, departmentId: market!.id, code: `SO-${itemId.slice(-6)}`, name: '扩容测试检查事项', legalBasis: '《中华人民共和国行政处罚法》第四十二条', published: true, publishedAt: now });
  const staff = await createOfficerSessions(db, 'WH-SCJG', loops * 2, now);
  const firms = (await db.select({ uscc: enterprises.uscc }).from(enterprises).where(eq(enterprises.status, 'active')).orderBy(enterprises.uscc)).map((e) => e.uscc);
  if (!firms.length) throw new Error('scale-out: no active enterprise to write for');
  return { itemId, staff, firms, health: health!.id };
}

export async function onlineScaleOut(opts: {
  database: Database;
  /** The application database's URL on the coordinator. */
  url: string;
  /** The cluster's folder (up.sh's CITUS_DIR). */
  clusterDir: string;
  send: Send;
  /** The application's clock (codes' windows and penalties' dates are relative to it). */
  now: Date;
  mode?: ShardTransferMode;
  loops?: number;
  /** Writes acknowledged before the node is added, and after the rebalance ends. */
  before?: number;
  after?: number;
  maxAttempts?: number;
  log?: (line: string) => void;
}): Promise<ScaleOutResult> {
  const { database, url, send, now } = opts;
  const mode = opts.mode ?? 'auto';
  const loops = opts.loops ?? 4;
  const maxAttempts = opts.maxAttempts ?? 5;
  const log = opts.log ?? (() => undefined);
  const fx = await writerFixtures(database, now, loops);
  const [{ name }] = (await database.query<{ name: string }>('SELECT current_database() AS name')) as [{ name: string }];

  const inspections: string[] = [];
  const penalties: string[] = [];
  const codes = new Map<string, string>();
  const latencies: number[] = [];
  const failures: ScaleOutResult['failures'] = [];
  const retries: ScaleOutResult['retries'] = [];
  let acknowledged = 0;
  let stop = false;
  let serial = 0;
  const yesterday = new Date(now.getTime() - 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  const DAY = 86_400_000;

  /** One write, retried while it fails; the id of the acknowledged row, or undefined (a failure, recorded). */
  const write = async (op: 'code' | 'penalty', request: () => Parameters<Send>[0], existing: (status: number, body: Record<string, unknown>) => string | undefined) => {
    const t0 = performance.now();
    let last = { status: 0, body: '' };
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        const res = await send(request());
        last = res;
        if (res.status === 201) {
          const body = JSON.parse(res.body) as { id: string; code?: string };
          latencies.push(performance.now() - t0);
          return body;
        }
        if (attempt > 1 && res.status === 409) {
          const id = existing(res.status, JSON.parse(res.body) as Record<string, unknown>);
          if (id) {
            latencies.push(performance.now() - t0);
            return { id, code: undefined };
          }
        }
        if (res.status < 500) break;
      } catch (err) {
        last = { status: 0, body: String(err) };
      }
      retries.push({ op, attempt, status: last.status, body: last.body.slice(0, 300) });
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
    failures.push({ op, status: last.status, body: last.body.slice(0, 300) });
    return undefined;
  };

  const loop = async (k: number) => {
    const a = fx.staff[k * 2]!;
    const b = fx.staff[k * 2 + 1]!;
    while (!stop) {
      const n = serial++;
      // A planned code for an (enterprise, window) no other request uses: the enterprise by n, its window 8 days
      // after the previous round's (A3 allows one planned code per enterprise in 7 days), from 60 days ahead (clear
      // of the codes the seed and the benchmark's issuance rows issue for the next days).
      const uscc = fx.firms[n % fx.firms.length]!;
      const start = new Date(now.getTime() + 60 * DAY + Math.floor(n / fx.firms.length) * 8 * DAY);
      const window = { start: start.toISOString(), end: new Date(start.getTime() + 4 * 3_600_000).toISOString() };
      const code = await write(
        'code',
        () => ({ method: 'POST', url: '/api/inspections', headers: { cookie: a.cookie }, payload: { enterpriseUscc: uscc, kind: 'planned', itemIds: [fx.itemId], officerIds: [a.officerId, b.officerId], window } }),
        (_s, body) => (typeof body.existingInspectionId === 'string' ? body.existingInspectionId : undefined),
      );
      if (code) {
        inspections.push(code.id);
        if (code.code) codes.set(code.id, code.code);
        acknowledged++;
      }
      const decisionNo = `芜卫罚〔扩容〕${n}号`;
      const penalty = await write(
        'penalty',
        () => ({ method: 'POST', url: '/api/credit/penalties', headers: { 'x-api-key': DEMO_API_KEY }, payload: { subjectUscc: uscc, decisionNo, departmentId: fx.health, decisionDate: yesterday, kinds: ['warning'] } }),
        (_s, body) => (typeof body.existingId === 'string' ? body.existingId : undefined),
      );
      if (penalty) {
        penalties.push(penalty.id);
        acknowledged++;
      }
    }
  };

  const until = async (n: number) => {
    while (acknowledged < n && failures.length === 0) await new Promise((r) => setTimeout(r, 50));
  };
  const writerStarted = performance.now();
  const writers = Array.from({ length: loops }, (_, k) => loop(k));
  let result: Omit<ScaleOutResult, 'inspections' | 'penalties' | 'codes' | 'failures' | 'retries' | 'latencies' | 'writerSeconds' | 'clusterErrors' | 'dropOnNewNode'> | undefined;
  const since = new Date().toISOString().replace('T', ' ').slice(0, 23);
  let port = 0;
  try {
    await until(opts.before ?? 20);
    // A further worker in the cluster's folder, the database on it with Citus, registered in this database.
    const started = performance.now();
    const script = path.join(projectRoot(), 'scripts/citus/add-worker.sh');
    // Not execFileSync: a script that hangs must not stop the event loop (and with it every timeout).
    const { stdout } = await promisify(execFile)('bash', [script, opts.clusterDir], { encoding: 'utf8', timeout: 60_000 });
    port = Number(stdout.trim().split('\n').pop());
    if (!port) throw new Error('scale-out: add-worker.sh printed no port');
    await onUrl(withNode(url, port, 'postgres'), `CREATE DATABASE ${name}`);
    await onUrl(withNode(url, port, name), 'CREATE EXTENSION citus');
    await database.query(`SELECT citus_add_node('127.0.0.1', $1::int)`, [port]);
    const fromAck = acknowledged;
    log(`scale-out: worker :${port} added in ${((performance.now() - started) / 1000).toFixed(1)} s; rebalancing (${mode}) …`);
    const rebalanceStarted = performance.now();
    const [{ job }] = (await database.query<{ job: string | null }>(`SELECT citus_rebalance_start(shard_transfer_mode => $1::citus.shard_transfer_mode) AS job`, [mode])) as [{ job: string | null }];
    await database.query('SELECT citus_rebalance_wait()');
    const rebalanceSeconds = (performance.now() - rebalanceStarted) / 1000;
    const seconds = (performance.now() - started) / 1000;
    const duringRebalance = acknowledged - fromAck;
    const [state] = job
      ? await database.query<{ state: string; moves: number }>(
          `SELECT j.state::text AS state, (SELECT count(*)::int FROM pg_dist_background_task t WHERE t.job_id = j.job_id AND t.command ILIKE '%citus_move_shard_placement%') AS moves
             FROM pg_dist_background_job j WHERE j.job_id = $1`,
          [job],
        )
      : [{ state: 'nothing to move', moves: 0 }];
    const [placed] = (await database.query<{ on_new: number; shards: number }>(
      `SELECT count(*) FILTER (WHERE nodeport = $1)::int AS on_new, count(*)::int AS shards FROM citus_shards WHERE citus_table_type = 'distributed'`,
      [port],
    )) as [{ on_new: number; shards: number }];
    log(`scale-out: rebalance ${state?.state} in ${rebalanceSeconds.toFixed(1)} s, ${state?.moves ?? 0} moves, ${placed.on_new} of ${placed.shards} shards on :${port}; ${duringRebalance} writes acknowledged meanwhile`);
    result = { port, mode, seconds, rebalanceSeconds, jobState: state?.state ?? 'unknown', moves: state?.moves ?? 0, shardsOnNewNode: placed.on_new, shards: placed.shards, duringRebalance };
    await until(acknowledged + (opts.after ?? 10));
  } finally {
    stop = true;
    await Promise.all(writers);
  }
  const writerSeconds = (performance.now() - writerStarted) / 1000;
  return {
    ...result,
    inspections,
    penalties,
    codes,
    failures,
    retries,
    latencies,
    writerSeconds,
    clusterErrors: failures.length || retries.length ? nodeErrors(opts.clusterDir, since) : [],
    dropOnNewNode: async () => {
      if (port) await onUrl(withNode(url, port, 'postgres'), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** ERROR lines (and the STATEMENT line after each) of the cluster's node logs (`$DIR/node*.log`) at or after `since` (UTC). */
export function nodeErrors(dir: string, since: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => /^node\d+\.log$/.test(f)).sort()) {
    const lines = fs.readFileSync(`${dir}/${name}`, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!/ ERROR: /.test(line) || line.slice(0, 23) < since) return;
      const next = lines[i + 1] ?? '';
      out.push(`${name}: ${line}${/ STATEMENT: /.test(next) ? ` — ${next.replace(/^.* STATEMENT: +/, '').slice(0, 300)}` : ''}`);
    });
  }
  return out.slice(0, 50);
}

/**
 * How many of the acknowledged writes are there, counted by id. An issuance writes its shard and the coordinator's
 * audit log and outbox: a two-phase commit. A worker connection lost between PREPARE and COMMIT PREPARED (a shard
 * move's switch-over) leaves the decided, durable commit to Citus's recovery (every citus.recover_2pc_interval;
 * citusdata/citus#3780), and until then the row is not visible. The recovery is run before counting;
 * `waitedForRecovery` says how many acknowledged writes were invisible before it.
 */
export async function acknowledgedPresent(database: Database, r: Pick<ScaleOutResult, 'inspections' | 'penalties'>) {
  const count = async (table: string, ids: string[]) =>
    (await database.query<{ n: number }>(`SELECT count(DISTINCT id)::int AS n FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]))[0]!.n;
  const before = (await count('inspection', r.inspections)) + (await count('credit_penalty', r.penalties));
  await database.query('SELECT recover_prepared_transactions()');
  const present = { inspections: await count('inspection', r.inspections), penalties: await count('credit_penalty', r.penalties) };
  return { ...present, waitedForRecovery: present.inspections + present.penalties - before };
}
