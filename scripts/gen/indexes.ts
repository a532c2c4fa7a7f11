/**
 * Secondary indexes and key constraints of the bulk tables are dropped before the load and rebuilt after it
 * (a sorted build is far cheaper than ten million incremental inserts). The definitions are kept in a small
 * table until the rebuild is done, so an interrupted run can be repaired with `npm run gen -- --rebuild-indexes`.
 */
import type pg from 'pg';

export interface IndexDef {
  name: string;
  table: string;
  /** CREATE INDEX … or, for a key, ALTER TABLE … ADD CONSTRAINT … */
  create: string;
  drop: string;
  bytes: number;
}

const KEEP = '_gen_dropped_index';

export async function indexesOf(client: pg.ClientBase, tables: string[]): Promise<IndexDef[]> {
  const r = await client.query<{ name: string; table: string; def: string; conname: string | null; condef: string | null }>(
    `SELECT ic.relname AS name, t.relname AS table, pg_get_indexdef(i.indexrelid) AS def, c.conname, pg_get_constraintdef(c.oid) AS condef
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.contype IN ('p', 'u') AND c.conrelid = t.oid
      WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1)`,
    [tables],
  );
  return r.rows.map((x) => ({
    name: x.name,
    table: x.table,
    create: x.conname ? `ALTER TABLE "${x.table}" ADD CONSTRAINT "${x.conname}" ${x.condef}` : x.def,
    drop: x.conname ? `ALTER TABLE "${x.table}" DROP CONSTRAINT "${x.conname}"` : `DROP INDEX "${x.name}"`,
    bytes: 0,
  }));
}

export async function dropIndexes(client: pg.ClientBase, tables: string[]): Promise<IndexDef[]> {
  const defs = await indexesOf(client, tables);
  await client.query(`CREATE TABLE IF NOT EXISTS ${KEEP} (name text PRIMARY KEY, tbl text NOT NULL, create_sql text NOT NULL)`);
  for (const d of defs) {
    await client.query(`INSERT INTO ${KEEP} (name, tbl, create_sql) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING`, [d.name, d.table, d.create]);
    await client.query(d.drop);
  }
  return defs;
}

/** Rebuilds what `dropIndexes` recorded, `parallel` at a time, biggest tables first; returns seconds per index. */
export async function rebuildIndexes(connect: () => Promise<pg.Client>, parallel: number, log: (s: string) => void): Promise<Record<string, number>> {
  const admin = await connect();
  const exists = await admin.query<{ t: string | null }>(`SELECT to_regclass('${KEEP}')::text AS t`);
  if (!exists.rows[0]?.t) {
    await admin.end();
    return {};
  }
  const todo = (
    await admin.query<{ name: string; tbl: string; create_sql: string; size: string }>(
      `SELECT k.name, k.tbl, k.create_sql, pg_total_relation_size(('public.' || quote_ident(k.tbl))::regclass)::text AS size FROM ${KEEP} k ORDER BY 4 DESC, k.create_sql LIKE 'ALTER%' DESC, k.name`,
    )
  ).rows;
  const timings: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, parallel) }, async () => {
      const c = await connect();
      try {
        await c.query(`SET maintenance_work_mem = '512MB'`);
        await c.query('SET max_parallel_maintenance_workers = 0');
        for (;;) {
          const d = todo[next++];
          if (!d) break;
          const t0 = performance.now();
          const present = await c.query(`SELECT 1 FROM pg_class WHERE relname = $1 AND relnamespace = 'public'::regnamespace`, [d.name]);
          if (!present.rowCount) await c.query(d.create_sql);
          await c.query(`DELETE FROM ${KEEP} WHERE name = $1`, [d.name]);
          timings[d.name] = (performance.now() - t0) / 1000;
          log(`  index ${d.name} (${d.tbl}) ${timings[d.name]!.toFixed(1)} s`);
        }
      } finally {
        await c.end();
      }
    }),
  );
  await admin.query(`DROP TABLE IF EXISTS ${KEEP}`);
  await admin.end();
  return timings;
}
