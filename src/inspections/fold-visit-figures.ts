import { sql } from 'drizzle-orm';
import { rows, type Db, type Tx } from '../platform/db/client.js';
import { foldRollup } from '../platform/rollup/fold.js';
import { ALL_SCOPE } from './figures-schema.js';

export const VISIT_FIGURES_ROLLUP = 'inspection-figures';

const COUNTERS = ['total', 'revoked', 'done', 'issued', 'unrecorded', 'joint', 'avoided', 'over_frequency', 'late', 'planned', 'backfilled', 'evaluations', 'satisfied'] as const;

/**
 * One change's share of each day counter (`c` a change row): the same definitions as the live count
 * (day-figures.ts) and `qq_figures_rebuild()`, times the change's sign.
 */
const DAY_SHARES = sql.raw(`
  sum(c.sign)::int AS total,
  sum(CASE WHEN c.status = 'revoked' THEN c.sign ELSE 0 END)::int AS revoked,
  sum(CASE WHEN c.status = 'done' THEN c.sign ELSE 0 END)::int AS done,
  sum(CASE WHEN c.status = 'issued' THEN c.sign ELSE 0 END)::int AS issued,
  sum(CASE WHEN c.status = 'issued' AND c.unrecorded THEN c.sign ELSE 0 END)::int AS unrecorded,
  sum(CASE WHEN c.status <> 'revoked' AND cardinality(c.department_ids) > 1 THEN c.sign ELSE 0 END)::int AS joint,
  sum(CASE WHEN c.status <> 'revoked' THEN c.sign * (cardinality(c.department_ids) - 1) ELSE 0 END)::int AS avoided,
  sum(CASE WHEN c.over_frequency THEN c.sign ELSE 0 END)::int AS over_frequency,
  sum(CASE WHEN c.result_late THEN c.sign ELSE 0 END)::int AS late,
  sum(CASE WHEN c.status <> 'revoked' AND c.kind = 'planned' THEN c.sign ELSE 0 END)::int AS planned,
  sum(CASE WHEN c.backfilled THEN c.sign ELSE 0 END)::int AS backfilled,
  sum(CASE WHEN c.overall IS NOT NULL THEN c.sign ELSE 0 END)::int AS evaluations,
  sum(CASE WHEN c.overall >= 4 THEN c.sign ELSE 0 END)::int AS satisfied`);

type DayDelta = { day: string; department_id: string; head: boolean; slot: number } & Record<(typeof COUNTERS)[number], number>;
type EnterpriseDelta = { enterprise_id: string; scope: string; slot: number; n: number };

const bucketOf = (n: number) => Math.min(n, 4);

/** The scopes a visit counts in (`alias` a row with `department_ids`): the province and each of its departments, once. */
const scopesOf = (alias: string) =>
  sql.raw(`CROSS JOIN LATERAL (SELECT '${ALL_SCOPE}'::uuid UNION SELECT x FROM unnest(${alias}.department_ids) x) s(scope)`);

/**
 * H2 — folds the committed visit changes into the dashboards' aggregates (job `figures-rollup`): claims them by
 * deleting them, then adds their sums with `INSERT … ON CONFLICT DO UPDATE` — day rows, visits per enterprise and
 * scope, and the heat buckets the enterprises leave and enter — all in the rollup's one transaction. A visit counts
 * per enterprise from its window's start (a code issued ahead is no visit yet): a change whose visit state starts
 * at or after `now` waits in `inspection_figure_pending`, and each fold takes in the pending changes whose start
 * has passed. Each statement touches one kind of table and the sums travel through here, so the same fold runs on
 * PGlite, on PostgreSQL and on a Citus cluster (the change rows and the enterprise figures on the shards, the day
 * and heat rows on the coordinator). Returns how many change rows it folded and how many pending ones it took in.
 */
export async function foldVisitFigures(db: Db, now: Date): Promise<{ changes: number; started: number }> {
  return foldRollup(db, VISIT_FIGURES_ROLLUP, now, async (tx) => {
    const started = await takeStarted(tx, now);
    const [claimed] = await rows<{ changes: number; days: DayDelta[]; enterprises: EnterpriseDelta[]; ahead: Pending[] }>(
      tx,
      sql`WITH c AS (DELETE FROM inspection_figure_change RETURNING *),
          days AS (
            SELECT c.day, u.d AS department_id, u.d = c.department_ids[1] AS head, qq_figures_slot(c.enterprise_id) AS slot, ${DAY_SHARES}
            FROM c CROSS JOIN LATERAL unnest(c.department_ids) u(d)
            GROUP BY 1, 2, 3, 4),
          enterprises AS (
            SELECT c.enterprise_id, s.scope, qq_figures_slot(c.enterprise_id) AS slot, sum(c.sign)::int AS n
            FROM c ${scopesOf('c')}
            WHERE c.status <> 'revoked' AND (c.starts_at IS NULL OR c.starts_at < ${now})
            GROUP BY 1, 2, 3 HAVING sum(c.sign) <> 0),
          ahead AS (
            SELECT c.enterprise_id, c.id, c.sign, c.starts_at, c.department_ids FROM c
            WHERE c.status <> 'revoked' AND c.starts_at >= ${now})
        SELECT (SELECT count(*) FROM c)::int AS changes,
          (SELECT coalesce(jsonb_agg(d), '[]'::jsonb) FROM days d) AS days,
          (SELECT coalesce(jsonb_agg(e), '[]'::jsonb) FROM enterprises e) AS enterprises,
          (SELECT coalesce(jsonb_agg(a), '[]'::jsonb) FROM ahead a) AS ahead`,
    );
    const changes = claimed?.changes ?? 0;
    if (changes === 0 && started.count === 0) return { changes: 0, started: 0 };
    if (claimed) {
      await addDays(tx, claimed.days);
      await holdUntilStart(tx, claimed.ahead);
    }
    await addEnterprises(tx, sumDeltas([...started.deltas, ...(claimed?.enterprises ?? [])]));
    return { changes, started: started.count };
  });
}

type Pending = { enterprise_id: string; id: string; sign: number; starts_at: string; department_ids: string[] };

/** Changes whose visit has not started by the fold wait, per enterprise, until it has. */
async function holdUntilStart(tx: Tx, ahead: Pending[]) {
  if (!ahead.length) return;
  await tx.execute(sql`INSERT INTO inspection_figure_pending (enterprise_id, id, sign, starts_at, department_ids)
    SELECT enterprise_id, id, sign, starts_at, department_ids
    FROM jsonb_to_recordset(${JSON.stringify(ahead)}::jsonb) AS x(enterprise_id uuid, id uuid, sign smallint, starts_at timestamptz, department_ids uuid[])`);
}

/** Claims the pending changes whose visit has started by `now` (deleting them): their sums per enterprise and scope. */
async function takeStarted(tx: Tx, now: Date): Promise<{ count: number; deltas: EnterpriseDelta[] }> {
  const [taken] = await rows<{ count: number; deltas: EnterpriseDelta[] }>(
    tx,
    sql`WITH p AS (DELETE FROM inspection_figure_pending WHERE starts_at < ${now} RETURNING enterprise_id, sign, department_ids),
        deltas AS (
          SELECT p.enterprise_id, s.scope, qq_figures_slot(p.enterprise_id) AS slot, sum(p.sign)::int AS n
          FROM p ${scopesOf('p')}
          GROUP BY 1, 2, 3 HAVING sum(p.sign) <> 0)
      SELECT (SELECT count(*) FROM p)::int AS count, (SELECT coalesce(jsonb_agg(d), '[]'::jsonb) FROM deltas d) AS deltas`,
  );
  return taken ?? { count: 0, deltas: [] };
}

/** Deltas of the same enterprise and scope added up (those that cancel out dropped). */
function sumDeltas(deltas: EnterpriseDelta[]): EnterpriseDelta[] {
  const sums = new Map<string, EnterpriseDelta>();
  for (const d of deltas) {
    const key = `${d.enterprise_id}/${d.scope}`;
    const s = sums.get(key);
    if (s) s.n += d.n;
    else sums.set(key, { ...d });
  }
  return [...sums.values()].filter((d) => d.n !== 0);
}

async function addDays(tx: Tx, days: DayDelta[]) {
  const moved = days.filter((d) => COUNTERS.some((c) => d[c] !== 0));
  if (!moved.length) return;
  const cols = COUNTERS.join(', ');
  await tx.execute(sql`INSERT INTO inspection_day_figures AS f (day, department_id, head, slot, ${sql.raw(cols)})
    SELECT day, department_id, head, slot, ${sql.raw(cols)}
    FROM jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) AS x(day date, department_id uuid, head boolean, slot smallint, ${sql.raw(COUNTERS.map((c) => `${c} integer`).join(', '))})
    ORDER BY day, department_id, head, slot
    ON CONFLICT (day, department_id, head, slot) DO UPDATE SET ${sql.raw(COUNTERS.map((c) => `${c} = f.${c} + excluded.${c}`).join(', '))}`);
}

/** Visits per enterprise and scope move by their sums; each enterprise that changes bucket moves the heat rows. */
async function addEnterprises(tx: Tx, deltas: EnterpriseDelta[]) {
  if (!deltas.length) return;
  const ids = [...new Set(deltas.map((d) => d.enterprise_id))];
  const before = new Map(
    (
      await rows<{ enterprise_id: string; scope: string; n: number }>(
        tx,
        sql`SELECT enterprise_id, scope, n FROM inspection_enterprise_figures
            WHERE enterprise_id IN (SELECT x::uuid FROM jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) x)`,
      )
    ).map((r) => [`${r.enterprise_id}/${r.scope}`, r.n]),
  );
  await tx.execute(sql`INSERT INTO inspection_enterprise_figures AS f (enterprise_id, scope, n)
    SELECT enterprise_id, scope, n FROM jsonb_to_recordset(${JSON.stringify(deltas)}::jsonb) AS x(enterprise_id uuid, scope uuid, n integer)
    ON CONFLICT (enterprise_id, scope) DO UPDATE SET n = f.n + excluded.n`);
  const heat = new Map<string, { scope: string; bucket: number; slot: number; enterprises: number }>();
  const move = (scope: string, bucket: number, slot: number, by: number) => {
    const key = `${scope}/${bucket}/${slot}`;
    const h = heat.get(key) ?? { scope, bucket, slot, enterprises: 0 };
    h.enterprises += by;
    heat.set(key, h);
  };
  for (const d of deltas) {
    const was = before.get(`${d.enterprise_id}/${d.scope}`) ?? 0;
    const is = was + d.n;
    if (bucketOf(was) === bucketOf(is)) continue;
    if (was > 0) move(d.scope, bucketOf(was), d.slot, -1);
    if (is > 0) move(d.scope, bucketOf(is), d.slot, 1);
  }
  const moved = [...heat.values()].filter((h) => h.enterprises !== 0);
  if (!moved.length) return;
  await tx.execute(sql`INSERT INTO inspection_heat_figures AS h (scope, bucket, slot, enterprises)
    SELECT scope, bucket, slot, enterprises FROM jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) AS x(scope uuid, bucket smallint, slot smallint, enterprises integer)
    ORDER BY scope, bucket, slot
    ON CONFLICT (scope, bucket, slot) DO UPDATE SET enterprises = h.enterprises + excluded.enterprises`);
}
