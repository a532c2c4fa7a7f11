/**
 * Figures that need a large data set (`--scale province` runs them on the generated province; `--scale small`
 * on the small seeded city): the enterprise file (一企一档) of the busiest enterprise, its inspection list, the
 * credit status query, and scans of generated codes (the generated data verifies). Each is timed through HTTP
 * with the same client as the other figures; the baseline is a light authenticated route (GET /api/me).
 */
import pg from 'pg';
import { Pool } from 'undici';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { runLoad, type Measured } from '../lib/stats.js';

export async function signIn(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`sign-in as ${username} failed: ${res.status}`);
  return cookie;
}

/** The enterprise with the most inspections (one aggregate over the table: done once per run). */
export async function busiestEnterprise(databaseUrl: string): Promise<{ id: string; uscc: string; inspections: number; penalties: number }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const r = await c.query<{ id: string; uscc: string; n: string }>(
      `SELECT e.id, e.uscc, t.n FROM (SELECT enterprise_id, count(*) AS n FROM inspection GROUP BY 1 ORDER BY 2 DESC LIMIT 1) t JOIN enterprise e ON e.id = t.enterprise_id`,
    );
    const row = r.rows[0];
    if (!row) throw new Error('no inspections in the database');
    const p = await c.query<{ n: string }>(`SELECT count(*) AS n FROM credit_penalty WHERE enterprise_id = $1`, [row.id]).catch(() => ({ rows: [{ n: '0' }] }));
    return { id: row.id, uscc: row.uscc, inspections: Number(row.n), penalties: Number(p.rows[0]?.n ?? 0) };
  } finally {
    await c.end();
  }
}

/** Random stored codes (TABLESAMPLE: no full scan on ten million rows). */
export async function sampleCodes(databaseUrl: string, n: number): Promise<string[]> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const total = Number((await c.query<{ n: string }>(`SELECT reltuples::bigint AS n FROM pg_class WHERE relname = 'inspection'`)).rows[0]?.n ?? 0);
    const pct = total > 0 ? Math.min(100, Math.max(0.01, ((n * 5) / total) * 100)) : 100;
    const r = await c.query<{ code: string }>(`SELECT code FROM inspection TABLESAMPLE SYSTEM (${pct}) LIMIT ${n}`);
    return r.rows.map((x) => x.code);
  } finally {
    await c.end();
  }
}

/** GET `path` from `clients` loops for `seconds` (at most `maxCalls`), `ok` judging each answer. */
export async function benchGet(
  url: string,
  opts: { clients: number; seconds: number; maxCalls?: number; cookie?: string; path: (i: number) => string; ok?: (status: number, body: unknown) => boolean },
): Promise<Measured> {
  const pool = new Pool(url, { connections: opts.clients, pipelining: 1, headersTimeout: 600_000, bodyTimeout: 600_000 });
  try {
    return await runLoad({
      clients: opts.clients,
      seconds: opts.seconds,
      maxCalls: opts.maxCalls,
      task: async (_c, i) => {
        const res = await pool.request({ method: 'GET', path: opts.path(i), headers: opts.cookie ? { cookie: opts.cookie } : {} });
        const text = await res.body.text();
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        return opts.ok ? opts.ok(res.statusCode, body) : res.statusCode === 200;
      },
    });
  } finally {
    await pool.close();
  }
}

export interface ScaleFigures {
  busiest: { uscc: string; inspections: number; penalties: number };
  me: Measured;
  enterpriseFile: Measured;
  enterpriseFileBytes: number;
  inspectionList: Measured;
  creditStatus: Measured | null;
  scan: Measured;
  scanned: number;
}

export async function benchScaleFigures(databaseUrl: string, url: string, opts: { clients: number; seconds: number }): Promise<ScaleFigures> {
  const busiest = await busiestEnterprise(databaseUrl);
  const supervisor = await signIn(url, 'supervisor');
  const me = await benchGet(url, { ...opts, cookie: supervisor, path: () => '/api/me' });
  let bytes = 0;
  const enterpriseFile = await benchGet(url, {
    ...opts,
    cookie: supervisor,
    path: () => `/api/enterprises/${busiest.uscc}`,
    ok: (status, body) => {
      bytes = JSON.stringify(body).length;
      return status === 200 && typeof body === 'object' && body !== null && 'sections' in body;
    },
  });
  const inspectionList = await benchGet(url, { ...opts, cookie: supervisor, path: (i) => `/api/inspections?enterpriseUscc=${busiest.uscc}&page=${1 + (i % 5)}&pageSize=20` });
  let creditStatus: Measured | null = null;
  try {
    const credit = await signIn(url, 'credit');
    const probe = await fetch(`${url}/api/credit/${busiest.uscc}/status`, { headers: { cookie: credit } });
    if (probe.status === 200) creditStatus = await benchGet(url, { ...opts, cookie: credit, path: () => `/api/credit/${busiest.uscc}/status` });
  } catch {
    creditStatus = null;
  }
  const codes = await sampleCodes(databaseUrl, 2000);
  const scan = await benchGet(url, {
    ...opts,
    path: (i) => `/api/codes/${codes[i % codes.length]}`,
    ok: (status, body) => status === 200 && (body as { status?: string }).status !== 'invalid',
  });
  return { busiest, me, enterpriseFile, enterpriseFileBytes: bytes, inspectionList, creditStatus, scan, scanned: codes.length };
}
