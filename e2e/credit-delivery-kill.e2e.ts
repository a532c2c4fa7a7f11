import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../src/sandbox/server.js';
import { startServer, type RunningServer } from './support/server.js';
import { apiSession, type ApiSession } from './support/api.js';
import { throwawayDatabase, type ThrowawayDatabase } from './support/database.js';

/**
 * C5 under a crash: the built server is SIGKILLed while it delivers repairs to 信用中国, 公示系统 and the
 * industry platform, restarted on the same database, and every repair reaches every platform exactly once.
 *
 * The platforms are the sandbox (src/sandbox/server.ts) in this test process, so what they received survives
 * the server. It answers slowly (a repair is applied 300 ms after it arrives), so a batch of deliveries is in
 * flight when the server dies. Of the requests whose sender died while they waited, the sandbox applies every
 * other one and drops the rest unapplied — a receiver may or may not have done the work when its caller
 * vanished — so both crash windows are exercised: a repair the platform never applied must be sent again (else
 * it is lost), and one it applied whose answer never came back is sent again and must not be applied twice.
 * The sandbox applies a repair once per `Idempotency-Key` and counts every request under it; the test reads
 * that ledger and requires, for every record and platform, exactly one applied repair, under the key
 * `repair:{record}:{platform}` — a redelivery under another key would show as a second one — and that the
 * platforms saw more requests than they applied (the crash really forced redeliveries).
 *
 * The database: PostgreSQL when TEST_DATABASE_URL or PG_ADMIN_URL names a server (CI exports PG_ADMIN_URL, so
 * CI shows PostgreSQL); otherwise the embedded PGlite in a temporary DATA_DIR. PGlite mounts DATA_DIR through
 * Emscripten's NODEFS, so each write reaches the operating system at once and a SIGKILL of the process (not a
 * power cut) keeps every commit: the test passes on both.
 *
 * A message in flight at the kill stays leased to the dead worker for the deliverer's timeout plus 30 s (60 s
 * for `credit.repair`), so the drain after the restart takes about a minute: that lease sets the test's length.
 */

const RECORDS = 120;
const DELAY_MS = 300;
const SANDBOX_PLATFORMS = { 'credit-china': 'creditchina', gsxt: 'gsxt', industry: 'industry' } as const;
type Platform = keyof typeof SANDBOX_PLATFORMS;
const PLATFORMS = Object.keys(SANDBOX_PLATFORMS) as Platform[];

interface DeliveryCounts {
  counts: { platform: string; status: string; count: number }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const chinaDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

/** The sandbox on loopback, slowed down and counting requests in flight and those dropped after their sender died. */
async function slowSandbox() {
  const sandbox = createSandbox();
  const state = { inFlight: 0, killedAt: Infinity, droppedAfterSenderDied: 0, appliedAfterSenderDied: 0 };
  const arrivedAt = new WeakMap<object, number>();
  const isRepair = (method: string, url: string) => method === 'POST' && url.endsWith('/repairs');
  sandbox.app.addHook('onRequest', async (req) => {
    if (!isRepair(req.method, req.url)) return;
    state.inFlight++;
    arrivedAt.set(req.raw, Date.now());
  });
  sandbox.app.addHook('onResponse', async (req) => {
    if (isRepair(req.method, req.url)) state.inFlight--;
  });
  // Runs after the sandbox's own preHandler (the delay), just before the repair would be applied: a request
  // that arrived before the kill and got here after it lost its sender while it waited.
  sandbox.app.addHook('preHandler', async (req, reply) => {
    if (
      !isRepair(req.method, req.url) ||
      Date.now() < state.killedAt ||
      (arrivedAt.get(req.raw) ?? Infinity) >= state.killedAt
    )
      return;
    if ((state.droppedAfterSenderDied + state.appliedAfterSenderDied) % 2 === 0) {
      state.droppedAfterSenderDied++;
      state.inFlight--;
      reply.hijack();
      return reply;
    }
    state.appliedAfterSenderDied++;
  });
  const url = await sandbox.listen();
  for (const platform of Object.values(SANDBOX_PLATFORMS)) {
    const r = await fetch(`${url}/_sandbox/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ platform, delayMs: DELAY_MS }),
    });
    expect(r.status).toBe(200);
  }
  return { sandbox, url, state };
}

/** Repairs applied (per platform and in all) and requests that reached the sandbox's handler. */
function ledger(sandbox: Sandbox) {
  const perPlatform = {} as Record<Platform, number>;
  let applied = 0;
  let requests = 0;
  for (const p of PLATFORMS) {
    perPlatform[p] = sandbox.repairs[SANDBOX_PLATFORMS[p]].size;
    applied += perPlatform[p];
    for (const r of sandbox.repairs[SANDBOX_PLATFORMS[p]].values()) requests += r.times;
  }
  return { perPlatform, applied, requests };
}

/** Minor records (通报批评, no fine) decided 10 days ago: due for automatic repair (免申即享) today. */
async function recordMinorPenalties(credit: ApiSession, n: number): Promise<string[]> {
  const departments = await credit.get<{ items: { id: string; field: string }[] }>('/api/departments');
  // Any department outside market regulation keeps the national rule set: minor → no minimum period.
  const department = departments.items.find((d) => d.field !== 'market')!;
  const firms = await credit.get<{ items: { uscc: string }[] }>('/api/enterprises?pageSize=200');
  const decisionDate = chinaDay(Date.now() - 10 * 86_400_000);
  const tag = Date.now().toString(36);
  const ids: string[] = [];
  for (let i = 0; i < n; i += 6) {
    const batch = Array.from({ length: Math.min(6, n - i) }, (_, j) => i + j);
    const created = await Promise.all(
      batch.map((k) =>
        credit.post<{ id: string; status: string }>('/api/credit/penalties', {
          subjectUscc: firms.items[k % firms.items.length]!.uscc,
          decisionNo: `芜断电〔${tag}〕${k}号`,
          departmentId: department.id,
          decisionDate,
          kinds: ['circulated-criticism'],
        }),
      ),
    );
    for (const c of created) {
      expect(c.status).toBe('published');
      ids.push(c.id);
    }
  }
  return ids;
}

async function deliveryCounts(credit: ApiSession): Promise<Record<string, Record<string, number>>> {
  const r = await credit.get<DeliveryCounts>('/api/credit/deliveries?pageSize=1');
  const out: Record<string, Record<string, number>> = {};
  for (const c of r.counts) (out[c.platform] ??= {})[c.status] = Number(c.count);
  return out;
}

let db: ThrowawayDatabase | undefined;
let server: RunningServer | undefined;
let sandbox: Sandbox | undefined;

afterAll(async () => {
  if (server?.process.exitCode === null) await server.stop('SIGKILL');
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  await sandbox?.close();
  await db?.drop();
});

describe('credit repair deliveries across a SIGKILL', () => {
  it('every repair reaches every platform exactly once after the server is killed mid-delivery and restarted', async () => {
    const slow = await slowSandbox();
    sandbox = slow.sandbox;
    db = await throwawayDatabase();
    const env = { CREDIT_PLATFORMS_URL: slow.url, QINQING_DEMO: '1', ...db.env };
    server = await startServer({ env });

    const credit = await apiSession(server.url, 'credit');
    const admin = await apiSession(server.url, 'admin');
    const ids = await recordMinorPenalties(credit, RECORDS);
    // The demo's history holds deliveries of its own (delivered long ago, never to this sandbox).
    const countsBefore = await deliveryCounts(credit);
    const pendingBefore = PLATFORMS.reduce((n, p) => n + (countsBefore[p]?.pending ?? 0), 0);
    const before = ledger(slow.sandbox);

    const run = await admin.post<{
      status: string;
      result: { repaired: number; expired: number; queued: number };
    }>('/api/admin/jobs/credit-auto-repair/run');
    expect(run.status).toBe('succeeded');
    expect(run.result.repaired).toBeGreaterThanOrEqual(RECORDS);
    const total = before.applied + pendingBefore + run.result.queued;

    // Kill while a fair share is applied and deliveries are in flight.
    const deadline = Date.now() + 30_000;
    while (!(
      ledger(slow.sandbox).applied - before.applied >= run.result.queued / 4 && slow.state.inFlight >= 4
    )) {
      if (Date.now() > deadline)
        throw new Error(
          `deliveries never got going: ${JSON.stringify({ ...ledger(slow.sandbox), ...slow.state })}`,
        );
      await sleep(5);
    }
    slow.state.killedAt = Date.now();
    await server.stop('SIGKILL');
    const atKill = ledger(slow.sandbox);
    expect(atKill.applied).toBeGreaterThan(before.applied);
    expect(atKill.applied).toBeLessThan(total);

    // Let the requests in flight finish (applied or dropped), then start again on the same database.
    await sleep(DELAY_MS * 2);
    server = await startServer({ dataDir: server.dataDir, env });
    const credit2 = await apiSession(server.url, 'credit');
    let counts = await deliveryCounts(credit2);
    const until = Date.now() + 100_000;
    while (PLATFORMS.some((p) => (counts[p]?.pending ?? 0) > 0) && Date.now() < until) {
      await sleep(1_000);
      counts = await deliveryCounts(credit2);
    }

    const end = ledger(slow.sandbox);
    console.info(
      `credit deliveries across SIGKILL (${db.kind}): ${total} repairs to deliver; ${atKill.applied - before.applied} of ${run.result.queued} ` +
        `applied at the kill; ${slow.state.droppedAfterSenderDied} in-flight requests dropped unapplied and ` +
        `${slow.state.appliedAfterSenderDied} applied after the sender died; in the end ${end.applied} applied from ${end.requests} requests`,
    );

    // At every platform, each record's repair applied exactly once, under its own key: none lost, none twice.
    const verdict = PLATFORMS.map((platform) => {
      const perRecord = new Map<string, string[]>();
      for (const [key, r] of slow.sandbox.repairs[SANDBOX_PLATFORMS[platform]])
        perRecord.set(r.recordId, [...(perRecord.get(r.recordId) ?? []), key]);
      return {
        platform,
        lost: ids.filter((id) => !perRecord.has(id)),
        twice: [...perRecord].filter(([, keys]) => keys.length > 1),
        wrongKey: ids.filter(
          (id) => perRecord.has(id) && perRecord.get(id)![0] !== `repair:${id}:${platform}`,
        ),
      };
    });
    expect(verdict).toEqual(PLATFORMS.map((platform) => ({ platform, lost: [], twice: [], wrongKey: [] })));
    // The server agrees: nothing pending, no new dead letter, as many delivered as the platform applied.
    for (const platform of PLATFORMS) {
      const { pending: _, ...settledBefore } = countsBefore[platform] ?? {};
      const appliedSince = end.perPlatform[platform] - before.perPlatform[platform];
      expect(counts[platform], platform).toEqual({
        ...settledBefore,
        delivered: (settledBefore.delivered ?? 0) + appliedSince,
      });
    }
    expect(end.applied).toBe(total);
    // The crash forced redeliveries: some the platform had dropped, some it had applied (deduplicated).
    expect(slow.state.droppedAfterSenderDied).toBeGreaterThan(0);
    expect(slow.state.appliedAfterSenderDied).toBeGreaterThan(0);
    expect(end.requests).toBeGreaterThan(end.applied);
  }, 180_000);
});
