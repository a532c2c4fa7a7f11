/** Shared pieces of the chaos scenarios: HTTP calls, sign-in, the demo facts they need, violations. */
import pg from 'pg';
import { request } from 'undici';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';

export interface Violation {
  scenario: string;
  what: string;
  detail?: unknown;
}

export interface ScenarioResult {
  name: string;
  counts: Record<string, number>;
  violations: Violation[];
  notes: string[];
}

export interface Reply {
  status: number;
  body: unknown;
  error?: string;
}

/** One HTTP call; a refused or reset connection is status 0 with the error. */
export async function call(
  base: string,
  method: string,
  path: string,
  opts: { body?: string | Buffer; json?: unknown; contentType?: string; cookie?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | Buffer | undefined = opts.body;
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers['content-type'] = 'application/json';
  }
  if (opts.contentType) headers['content-type'] = opts.contentType;
  if (opts.cookie) headers.cookie = opts.cookie;
  try {
    const res = await request(base + path, { method: method as 'GET', headers, body, headersTimeout: opts.timeoutMs ?? 30_000, bodyTimeout: opts.timeoutMs ?? 30_000 });
    const text = await res.body.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.statusCode, body: parsed };
  } catch (err) {
    return { status: 0, body: null, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}

export async function login(base: string, username: string): Promise<string> {
  const r = await request(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  await r.body.text();
  const setCookie = r.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).map((c) => c.split(';')[0]).join('; ');
  if (r.statusCode !== 200 || !cookie) throw new Error(`login ${username} failed: ${r.statusCode}`);
  return cookie;
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export interface Staff {
  username: string;
  cookie: string;
  officerIds: string[];
  itemIds: string[];
}

/** The demo officers' teams (officer1+2 of 市场监管, officer3+4 of 生态环境) with a published item of their department. */
export async function demoStaff(base: string, databaseUrl: string): Promise<Staff[]> {
  const rows = await withClient(databaseUrl, async (c) =>
    (
      await c.query<{ username: string; officer_id: string; department_id: string; item_id: string | null }>(
        `SELECT u.username, o.id AS officer_id, o.department_id,
                (SELECT i.id FROM inspection_item i WHERE i.department_id = o.department_id AND i.published ORDER BY i.code LIMIT 1) AS item_id
           FROM officer o JOIN app_user u ON u.id = o.user_id WHERE u.username IN ('officer1', 'officer2', 'officer3', 'officer4') ORDER BY u.username`,
      )
    ).rows,
  );
  const staff: Staff[] = [];
  for (const lead of rows.filter((r) => r.username === 'officer1' || r.username === 'officer3')) {
    const mate = rows.find((r) => r.department_id === lead.department_id && r.username !== lead.username);
    if (!mate || !lead.item_id) continue;
    staff.push({ username: lead.username, cookie: await login(base, lead.username), officerIds: [lead.officer_id, mate.officer_id], itemIds: [lead.item_id] });
  }
  if (!staff.length) throw new Error('no demo officers with items found (is the demo seeded?)');
  return staff;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A seeded PRNG (mulberry32) so a chaos run can be replayed with --seed. */
export function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (a: number, b: number) => a + Math.floor(next() * (b - a + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}
export type Rng = ReturnType<typeof random>;
