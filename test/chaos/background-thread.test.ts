/**
 * On PostgreSQL the server runs its background workers in a thread of their own (src/background.ts): the process
 * started as operators start it (src/main.ts, through tsx) seals an audited act from that thread, logs its loops
 * as the thread's, and stops them — thread and all — on SIGTERM with exit code 0.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Server } from '../../scripts/chaos/server.js';

const adminUrl = process.env.TEST_DATABASE_URL;

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.runIf(adminUrl)('background workers in their own thread (PostgreSQL)', () => {
  const name = `qq_bg_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  let databaseUrl = '';
  let server: Server | undefined;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(adminUrl!);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    server = await startServer({ databaseUrl, fromSource: true, env: { LOG_LEVEL: 'info', QINQING_DEMO: '0' } });
  }, 180_000);

  afterAll(async () => {
    if (server && server.process.exitCode === null) await server.kill('SIGKILL');
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('seals an audited act from the thread, and stops with the server', async () => {
    const s = server!;
    await until('the thread to start its loops', async () =>
      /"thread":"background".*"msg":"background workers started"/.test(s.output()) ? true : undefined,
    );
    // A refused sign-in is audited; the sealer (in the thread) gives the row its place in the chain.
    const res = await fetch(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'nobody-here', password: 'wrong-password' }),
    });
    expect(res.status).toBe(401);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const sealed = await until('the refused sign-in to be sealed', async () => {
        const { rows } = await db.query<{ total: number; unsealed: number }>(
          `SELECT count(*)::int AS total, count(*) FILTER (WHERE seq IS NULL)::int AS unsealed FROM audit_log WHERE action LIKE 'auth.%'`,
        );
        return rows[0]!.total > 0 && rows[0]!.unsealed === 0 ? rows[0]! : undefined;
      });
      expect(sealed.total).toBeGreaterThan(0);
      const seals = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_seal');
      expect(seals.rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
    // The scheduler's runs are logged as the thread's, never as the server's event loop's.
    const jobLines = await until('a scheduled job run', async () => {
      const lines = s.output().split('\n').filter((l) => l.includes('"runner":"jobs:'));
      return lines.length > 0 ? lines : undefined;
    });
    expect(jobLines.every((l) => l.includes('"thread":"background"'))).toBe(true);

    const exited = new Promise<number | null>((resolve) => s.process.once('exit', (code) => resolve(code)));
    s.process.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(s.output()).toMatch(/"thread":"background".*"msg":"background workers stopped"/);
  }, 120_000);
});
