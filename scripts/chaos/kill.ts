/**
 * SIGKILL of the server during an issuance burst, then a restart: every code that got a 201 is stored and
 * verifies; A3 holds for every enterprise; no half-written task (audit row, code, two officers).
 */
import { call, demoStaff, sleep, withClient, type Rng, type ScenarioResult, type Staff } from './lib.js';
import { halfWrittenViolations, plannedFrequencyViolations, seededPairs } from './invariants.js';
import { startServer, type ServerOptions } from './server.js';

const DAY = 86_400_000;

export async function killDuringIssuance(o: ServerOptions & { rounds: number; clients: number; rng: Rng; log: (s: string) => void }): Promise<ScenarioResult> {
  const result: ScenarioResult = { name: 'SIGKILL during issuance', counts: { rounds: 0, requests: 0, created: 0, refusedA3: 0, otherRefusals: 0, cutOff: 0, verified: 0 }, violations: [], notes: [] };
  const existing = await withClient(o.databaseUrl, async (c) => (await c.query<{ id: string }>('SELECT id FROM inspection')).rows.map((r) => r.id));
  const usccs = await withClient(o.databaseUrl, async (c) => (await c.query<{ uscc: string }>(`SELECT uscc FROM enterprise WHERE status = 'active' ORDER BY uscc`)).rows.map((r) => r.uscc));
  let server = await startServer(o);
  let staff: Staff[] = await demoStaff(server.url, o.databaseUrl);
  const created: { id: string; code: string }[] = [];
  const base = Date.now() + 2 * DAY;
  try {
    for (let round = 0; round < o.rounds; round++) {
      result.counts.rounds!++;
      // A few enterprises per round, so planned requests collide (A3) while the process dies.
      const firms = Array.from({ length: 12 }, () => o.rng.pick(usccs));
      const killAfter = o.rng.int(1500, 4000);
      let stop = false;
      const started = Date.now();
      const burst = Promise.all(
        Array.from({ length: o.clients }, async (_, client) => {
          while (!stop) {
            const s = staff[client % staff.length]!;
            const start = new Date(base + round * 40 * DAY + o.rng.int(0, 20) * DAY + o.rng.int(0, 8) * 3_600_000);
            const planned = o.rng.next() < 0.8;
            const body = { enterpriseUscc: o.rng.pick(firms), kind: planned ? 'planned' : 'triggered', ...(planned ? {} : { trigger: 'complaint' }), itemIds: s.itemIds, officerIds: s.officerIds, window: { start: start.toISOString(), end: new Date(start.getTime() + 4 * 3_600_000).toISOString() } };
            const r = await call(server.url, 'POST', '/api/inspections', { json: body, cookie: s.cookie, timeoutMs: 10_000 });
            result.counts.requests!++;
            const b = r.body as { id?: string; code?: string; code_?: string } & { code?: string };
            if (r.status === 201 && b.id && typeof b.code === 'string') created.push({ id: b.id, code: b.code });
            else if (r.status === 409) result.counts.refusedA3!++;
            else if (r.status === 0) {
              result.counts.cutOff!++;
              if (Date.now() - started < killAfter - 50) result.violations.push({ scenario: result.name, what: 'request failed before the kill', detail: r.error });
              return;
            } else {
              result.counts.otherRefusals!++;
              if (r.status >= 500 && Date.now() - started < killAfter - 50) result.violations.push({ scenario: result.name, what: `${r.status} before the kill`, detail: r.body });
            }
          }
        }),
      );
      await sleep(killAfter);
      await server.kill('SIGKILL');
      stop = true;
      await burst;
      o.log(`  round ${round + 1}: killed after ${killAfter} ms; ${created.length} codes acknowledged so far`);
      server = await startServer(o);
      staff = await demoStaff(server.url, o.databaseUrl);
    }
    // Every acknowledged code is stored and verifies.
    const stored = await withClient(o.databaseUrl, async (c) => new Set((await c.query<{ id: string }>('SELECT id FROM inspection WHERE id = ANY($1::uuid[])', [created.map((x) => x.id)])).rows.map((r) => r.id)));
    for (const x of created) {
      if (!stored.has(x.id)) result.violations.push({ scenario: result.name, what: 'a code answered 201 is not in the database', detail: x.id });
      const r = await call(server.url, 'GET', `/api/codes/${encodeURIComponent(x.code)}`);
      const status = (r.body as { status?: string } | null)?.status;
      if (r.status === 200 && status && status !== 'invalid') result.counts.verified!++;
      else result.violations.push({ scenario: result.name, what: 'a code answered 201 does not verify', detail: { id: x.id, http: r.status, status } });
    }
    await withClient(o.databaseUrl, async (c) => {
      result.violations.push(...(await plannedFrequencyViolations(c, result.name, existing)));
      const seeded = await seededPairs(c, existing);
      if (seeded) result.notes.push(`the demo seed itself holds ${seeded} pair(s) of planned codes less than 7 days apart (written directly, not through the API): not counted`);
      result.violations.push(...(await halfWrittenViolations(c, result.name, existing)));
    });
    result.counts.created = created.length;
  } finally {
    await server.kill('SIGTERM');
  }
  return result;
}
