/**
 * EXPLAIN (ANALYZE, BUFFERS) of the hot queries at scale. The queries are not copied here: the operations
 * themselves run (supervision dashboard, part A figures, enterprise file, inspection list of an enterprise,
 * credit status, scan) on a Drizzle instance whose logger records each statement with its parameters; every
 * distinct SELECT is then explained with the same parameters.
 */
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from '../../src/schema.js';
import type { Database, Db } from '../../src/platform/db/client.js';
import type { Actor, Ctx } from '../../src/platform/policy/actor.js';
import { installParts } from '../../src/parts.js';
import { supervisionFigures, figuresQuery } from '../../src/supervision/figures.js';
import { inspectionFigures } from '../../src/inspections/figures.js';
import { getEnterpriseFile } from '../../src/enterprises/get-enterprise-file.js';
import { listInspections } from '../../src/inspections/list-inspections.js';
import { scanCode } from '../../src/inspections/scan-code.js';
import { ScanCache } from '../../src/inspections/scan-cache.js';
import { Keyring } from '../../src/codes/keyring.js';
import type { AppDeps } from '../../src/platform/http/types.js';
import { embeddedPipelined } from '../../src/platform/db/pipeline.js';


export interface Explained {
  operation: string;
  ms: number;
  sql: string;
  plan: string;
}

export async function explainHotQueries(databaseUrl: string, busy: { uscc: string }, code: string | undefined): Promise<Explained[]> {
  installParts(); // every part's sections of the enterprise file
  pg.types.setTypeParser(1082, (v: string) => v);
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  let captured: { sql: string; params: unknown[] }[] = [];
  const db = drizzle(pool, { schema, logger: { logQuery: (sql, params) => captured.push({ sql, params }) } }) as unknown as Db;
  const userActor = async (username: string): Promise<Actor> => {
    const r = await pool.query<{ id: string; display_name: string; role: string; department_id: string | null; team_id: string | null; enterprise_id: string | null; officer_id: string | null }>(
      `SELECT u.id, u.display_name, u.role, u.department_id, u.team_id, u.enterprise_id, o.id AS officer_id FROM app_user u LEFT JOIN officer o ON o.user_id = u.id WHERE u.username = $1`,
      [username],
    );
    const u = r.rows[0];
    if (!u) throw new Error(`no user ${username}`);
    return { kind: 'user', userId: u.id, username, displayName: u.display_name, role: u.role as 'supervisor', departmentId: u.department_id, teamId: u.team_id, officerId: u.officer_id, enterpriseId: u.enterprise_id };
  };
  const now = new Date();
  const ctxOf = (actor: Actor): Ctx => ({ actor, requestId: 'bench-explain', locale: 'zh-CN', ip: null, now });
  const supervisor = await userActor('supervisor');
  const database: Database = {
    db,
    kind: 'postgres',
    query: async (text, params = []) => {
      captured.push({ sql: text, params });
      return (await pool.query(text, params)).rows as never[];
    },
    migrate: async () => undefined,
    listen: async () => async () => undefined,
    pipelined: embeddedPipelined(db),
    distributed: async () => false,
    close: async () => undefined,
  };
  const keyring = new Keyring(db, 'ed25519');
  await keyring.load(now);
  const deps = { database, keyring, clock: () => now, scanCache: new ScanCache() } as unknown as AppDeps;

  const operations: [string, () => Promise<unknown>][] = [
    ['supervision dashboard (no range)', () => supervisionFigures(db, ctxOf(supervisor), figuresQuery.parse({}))],
    ['part A figures (no range)', () => inspectionFigures(db, supervisor, {}, now)],
    ['enterprise file of the busiest enterprise', () => getEnterpriseFile(db, ctxOf(supervisor), busy.uscc)],
    ['inspection list of the busiest enterprise', () => listInspections(db, supervisor, { enterpriseUscc: busy.uscc, page: 1, pageSize: 20 })],
  ];
  try {
    const credit = await userActor('credit');
    const { creditStatus } = await import('../../src/credit/credit-status.js');
    operations.push(['credit status of the busiest enterprise', () => creditStatus(db, ctxOf(credit), busy.uscc)]);
  } catch {
    /* no credit part */
  }
  if (code) operations.push(['scan of a generated code', () => scanCode(deps, code, now)]);

  const out: Explained[] = [];
  const seen = new Set<string>();
  try {
    for (const [operation, run] of operations) {
      captured = [];
      const t0 = performance.now();
      await run();
      const ms = performance.now() - t0;
      for (const q of captured) {
        if (!/^\s*(select|with)\b/i.test(q.sql) || seen.has(q.sql)) continue;
        seen.add(q.sql);
        const r = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
        out.push({ operation, ms, sql: q.sql, plan: r.rows.map((x) => x['QUERY PLAN']).join('\n') });
      }
    }
  } finally {
    await pool.end();
  }
  return out;
}

/** The slowest statements first, as markdown. */
export function explainMarkdown(list: Explained[]): string {
  const time = (e: Explained) => Number(/Execution Time: ([\d.]+) ms/.exec(e.plan)?.[1] ?? 0);
  const sorted = [...list].sort((a, b) => time(b) - time(a));
  return [
    '## EXPLAIN (ANALYZE, BUFFERS) of the hot queries',
    '',
    '| operation (whole operation ms) | statement execution ms | statement |',
    '|---|---|---|',
    ...sorted.map((e) => `| ${e.operation} (${e.ms.toFixed(0)}) | ${time(e).toFixed(1)} | \`${e.sql.replace(/\s+/g, ' ').slice(0, 120).replace(/\|/g, '\\|')}…\` |`),
    '',
    ...sorted.flatMap((e) => [`### ${e.operation} — ${time(e).toFixed(1)} ms`, '', '```sql', e.sql.trim(), '```', '', '```', e.plan, '```', '']),
  ].join('\n');
}
