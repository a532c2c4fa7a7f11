/**
 * PostgreSQL restarted under load (`pg_ctl restart -m fast`): the server reconnects by itself. A request may fail
 * (5xx, 503) only while the database is down: one that starts after PostgreSQL accepts connections again must not,
 * and the process must still be the same one.
 */
import { spawn } from 'node:child_process';
import { call, demoStaff, sleep, withClient, type Rng, type ScenarioResult } from './lib.js';
import { startServer, type ServerOptions } from './server.js';

/** Runs a command as the `postgres` user, output to nothing (the postmaster must not hold our pipes). */
function asPostgres(command: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('su', ['postgres', '-c', command], { stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: ${command}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} exited ${code}`));
    });
  });
}
const DAY = 86_400_000;

export async function restartPostgres(o: ServerOptions & { pgBin: string; pgDir: string; seconds: number; clients: number; restarts: number; rng: Rng; log: (s: string) => void }): Promise<ScenarioResult> {
  const result: ScenarioResult = { name: 'PostgreSQL restart under load', counts: { restarts: 0, requests: 0, ok: 0, failedWhileDown: 0, failedAfter: 0 }, violations: [], notes: [] };
  const server = await startServer(o);
  const pid = server.process.pid;
  try {
    const staff = await demoStaff(server.url, o.databaseUrl);
    const usccs = await withClient(o.databaseUrl, async (c) => (await c.query<{ uscc: string }>(`SELECT uscc FROM enterprise WHERE status = 'active'`)).rows.map((r) => r.uscc));
    const codes = await withClient(o.databaseUrl, async (c) => (await c.query<{ code: string }>('SELECT code FROM inspection LIMIT 200')).rows.map((r) => r.code));
    /** Times (ms) from which the database counts as down, and from which it is back. */
    const windows: { down: number; up: number }[] = [];
    let stop = false;
    let n = 0;
    const load = Promise.all(
      Array.from({ length: o.clients }, async (_, client) => {
        while (!stop) {
          const s = staff[client % staff.length]!;
          const at = Date.now();
          const kind = n++ % 4;
          let r;
          if (kind === 0) {
            // Triggered codes are never refused by A3, so a failure here is the database's doing.
            const start = new Date(Date.now() + o.rng.int(1, 60) * DAY);
            r = await call(server.url, 'POST', '/api/inspections', { cookie: s.cookie, timeoutMs: 15_000, json: { enterpriseUscc: o.rng.pick(usccs), kind: 'triggered', trigger: 'complaint', itemIds: s.itemIds, officerIds: s.officerIds, window: { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() } } });
          } else if (kind === 1 && codes.length) r = await call(server.url, 'GET', `/api/codes/${encodeURIComponent(o.rng.pick(codes))}`, { timeoutMs: 15_000 });
          else r = await call(server.url, 'GET', `/api/enterprises?page=${o.rng.int(1, 10)}&pageSize=20`, { cookie: s.cookie, timeoutMs: 15_000 });
          result.counts.requests!++;
          if (r.status >= 200 && r.status < 500 && r.status !== 0) {
            result.counts.ok!++;
            continue;
          }
          const w = windows.find((x) => at >= x.down - 100 && at < x.up);
          const pending = windows.length > 0 && windows[windows.length - 1]!.up === Infinity;
          if (w || pending) result.counts.failedWhileDown!++;
          else {
            result.counts.failedAfter!++;
            result.violations.push({ scenario: result.name, what: `request failed with ${r.status || r.error} while the database was up`, detail: { at: new Date(at).toISOString(), body: r.body } });
          }
          await sleep(50);
        }
      }),
    );
    const step = (o.seconds * 1000) / (o.restarts + 1);
    for (let i = 0; i < o.restarts; i++) {
      await sleep(step);
      const w = { down: Date.now(), up: Infinity };
      windows.push(w);
      try {
        await asPostgres(`${o.pgBin}/pg_ctl -D ${o.pgDir}/data -l ${o.pgDir}/log restart -m fast -w -t 60`, 90_000);
      } catch (err) {
        result.violations.push({ scenario: result.name, what: 'pg_ctl restart failed', detail: String(err) });
      }
      w.up = Date.now();
      result.counts.restarts!++;
      o.log(`  restart ${i + 1}: database down for ${w.up - w.down} ms`);
    }
    await sleep(step);
    stop = true;
    await load;
    // Afterwards, plain requests succeed without any restart of the process.
    for (let i = 0; i < 20; i++) {
      const r = await call(server.url, 'GET', '/api/health');
      if (r.status !== 200) result.violations.push({ scenario: result.name, what: `health ${r.status} after the restarts`, detail: r.body });
    }
    if (server.process.exitCode !== null || server.process.signalCode !== null || server.process.pid !== pid) {
      result.violations.unshift({ scenario: result.name, what: `the server process did not survive (exit ${server.process.exitCode ?? server.process.signalCode})` });
      result.notes.push(`server output at its end:\n${server.output().slice(-3000)}`);
    }
  } finally {
    await server.kill('SIGTERM');
  }
  return result;
}
