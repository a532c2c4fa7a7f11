/**
 * Prototype of the supervision dashboard on incremental aggregates, measured on the same data as the live one.
 *
 * The proposal (not wired into the application — see the report): small tables kept by the writing transaction
 * itself (apply / join / revoke an inspection, raise / handle a signal), like the audit row:
 *   inspection_day_figures (day, department_id, slot) → visits, lead_visits   visits per China day and department
 *       (`lead_visits` counts each visit once, for totals; `slot` 0–7 spreads concurrent issuance over 8 rows);
 *   inspection_enterprise_figures (enterprise_id) → n, first, last        repeat-inspection heat, top enterprises
 *       (the row is under the A3 enterprise lock already: no new contention);
 *   inspection_enterprise_department_figures (enterprise_id, department_id) → n   enterprises per department;
 *   signal_day_figures (day, kind, department_id) → n, open              signals by kind, open, trends;
 *   inspection_heat (bucket) → enterprises, inspection_department_enterprises (department_id) → enterprises:
 *       counters that move only when an enterprise's count goes 0 → 1 or crosses 2, 3, 4.
 * Reads are a handful of GROUPING SETS passes over tables whose size is bounded by days × departments, not by
 * the number of inspections.
 * Here they are built once from the base tables in a scratch schema (what a back-fill job would do), then the
 * dashboard's whole-history figures are read from them and timed.
 */
import pg from 'pg';
import { summarise, type Measured } from '../lib/stats.js';

const SCHEMA = 'bench_agg';

const BUILD = [
  `DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`,
  `CREATE SCHEMA ${SCHEMA}`,
  `CREATE TABLE ${SCHEMA}.inspection_day_figures AS
     SELECT (i.window_start AT TIME ZONE 'Asia/Shanghai')::date AS day, d AS department_id, (hashtext(i.enterprise_id::text) & 7)::smallint AS slot,
            count(*)::int AS visits, (count(*) FILTER (WHERE d = i.lead_department_id))::int AS lead_visits
       FROM inspection i, unnest(i.department_ids) d WHERE i.status <> 'revoked' GROUP BY 1, 2, 3`,
  `ALTER TABLE ${SCHEMA}.inspection_day_figures ADD PRIMARY KEY (day, department_id, slot)`,
  `CREATE TABLE ${SCHEMA}.inspection_enterprise_figures AS
     SELECT enterprise_id, count(*)::int AS n, min(window_start) AS first, max(window_start) AS last FROM inspection WHERE status <> 'revoked' GROUP BY 1`,
  `ALTER TABLE ${SCHEMA}.inspection_enterprise_figures ADD PRIMARY KEY (enterprise_id)`,
  `CREATE INDEX ON ${SCHEMA}.inspection_enterprise_figures (n DESC)`,
  `CREATE TABLE ${SCHEMA}.inspection_enterprise_department_figures AS
     SELECT i.enterprise_id, d AS department_id, count(*)::int AS n FROM inspection i, unnest(i.department_ids) d WHERE i.status <> 'revoked' GROUP BY 1, 2`,
  `ALTER TABLE ${SCHEMA}.inspection_enterprise_department_figures ADD PRIMARY KEY (enterprise_id, department_id)`,
  // Enterprises per department and the heat histogram change only when a row goes 0 → 1 or crosses 1/2/3/4:
  // kept as counters too (one row per department / bucket, sharded like the day figures).
  `CREATE TABLE ${SCHEMA}.inspection_department_enterprises AS SELECT department_id, count(*)::int AS enterprises FROM ${SCHEMA}.inspection_enterprise_department_figures GROUP BY 1`,
  `CREATE TABLE ${SCHEMA}.inspection_heat AS SELECT CASE WHEN n >= 4 THEN '4+' ELSE n::text END AS bucket, count(*)::int AS enterprises FROM ${SCHEMA}.inspection_enterprise_figures GROUP BY 1`,
  `CREATE TABLE ${SCHEMA}.signal_day_figures AS
     SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, kind, department_id, count(*)::int AS n, (count(*) FILTER (WHERE status = 'open'))::int AS open
       FROM supervision_signal GROUP BY 1, 2, 3`,
  `ANALYZE ${SCHEMA}.inspection_day_figures`,
  `ANALYZE ${SCHEMA}.inspection_enterprise_figures`,
  `ANALYZE ${SCHEMA}.inspection_enterprise_department_figures`,
  `ANALYZE ${SCHEMA}.signal_day_figures`,
];

/** The dashboard's inspection and signal figures over the whole history, from the aggregates (cases stay live: small). */
const READ = [
  // Totals, per department, trend and department trend in one pass (GROUPING SETS).
  `SELECT to_char(date_trunc('month', f.day), 'YYYY-MM-DD') AS p, f.department_id, sum(f.visits)::int AS visits, sum(f.lead_visits)::int AS lead_visits,
          GROUPING(to_char(date_trunc('month', f.day), 'YYYY-MM-DD'), f.department_id) AS g
     FROM ${SCHEMA}.inspection_day_figures f
    GROUP BY GROUPING SETS ((), (f.department_id), (to_char(date_trunc('month', f.day), 'YYYY-MM-DD')), (to_char(date_trunc('month', f.day), 'YYYY-MM-DD'), f.department_id))`,
  `SELECT d.id, d.name, e.enterprises FROM department d LEFT JOIN ${SCHEMA}.inspection_department_enterprises e ON e.department_id = d.id`,
  // Heat, and enterprises inspected = the sum of the heat buckets.
  `SELECT bucket, enterprises FROM ${SCHEMA}.inspection_heat ORDER BY 1`,
  `SELECT e.id, e.name, e.uscc, t.n, t.first, t.last,
          (SELECT count(*) FROM ${SCHEMA}.inspection_enterprise_department_figures x WHERE x.enterprise_id = t.enterprise_id)::int AS departments
     FROM (SELECT * FROM ${SCHEMA}.inspection_enterprise_figures ORDER BY n DESC LIMIT 10) t JOIN enterprise e ON e.id = t.enterprise_id ORDER BY t.n DESC, e.name`,
  `SELECT s.kind, to_char(date_trunc('month', s.day), 'YYYY-MM-DD') AS p, sum(s.n)::int AS n, sum(s.open)::int AS open,
          GROUPING(s.kind, to_char(date_trunc('month', s.day), 'YYYY-MM-DD')) AS g
     FROM ${SCHEMA}.signal_day_figures s GROUP BY GROUPING SETS ((s.kind), (to_char(date_trunc('month', s.day), 'YYYY-MM-DD')))`,
];

export interface AggregateFigures {
  buildSeconds: number;
  rows: Record<string, number>;
  read: Measured;
}

export async function benchDashboardAggregates(databaseUrl: string, opts: { runs: number; keep?: boolean }): Promise<AggregateFigures> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(`SET work_mem = '256MB'`);
    const t0 = performance.now();
    for (const q of BUILD) await c.query(q);
    const buildSeconds = (performance.now() - t0) / 1000;
    const rows: Record<string, number> = {};
    for (const t of ['inspection_day_figures', 'inspection_enterprise_figures', 'inspection_enterprise_department_figures', 'signal_day_figures']) {
      rows[t] = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${SCHEMA}.${t}`)).rows[0]!.n);
    }
    const times: number[] = [];
    for (let r = 0; r < opts.runs + 1; r++) {
      const t = performance.now();
      for (const q of READ) await c.query(q);
      if (r > 0) times.push(performance.now() - t); // the first run warms the cache
    }
    if (!opts.keep) await c.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
    return { buildSeconds, rows, read: summarise(times, 0, times.reduce((a, b) => a + b, 0) / 1000) };
  } finally {
    await c.end();
  }
}
