import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { projectRoot } from '../config/project-root.js';
import { distributeLayout, isCitus } from './citus-layout.js';
import { onceRetried } from './memo.js';
import { embeddedPipelined, postgresPipelined, type Pipelined } from './pipeline.js';

/**
 * The one database type the code sees, whichever driver is behind it. No schema is attached (the code writes SQL
 * with the query builder, not relational queries), so the platform knows no part's tables.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction handle has the same query surface. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'embedded' | 'postgres';
  /** Raw SQL with positional parameters ($1 …), rows as plain objects. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[], name?: string): Promise<T[]>;
  /**
   * Applies pending migrations; safe when several instances start at once (advisory lock on PostgreSQL). On a
   * Citus coordinator it then distributes the tables (src/platform/db/citus-layout.ts).
   */
  migrate(): Promise<void>;
  /**
   * Receives the notifications of a channel (`pg_notify`, delivered when the sending transaction commits), on a
   * connection of its own. `onGap` runs when notifications may have been missed (the connection dropped and is
   * being re-established): whoever caches on the strength of them must forget. Returns the unsubscribe.
   */
  listen(channel: string, onMessage: (payload: string) => void, onGap: () => void): Promise<() => Promise<void>>;
  /** A transaction of raw statements sent in steps, each step one round trip (hot write paths: pipeline.ts). */
  pipelined: Pipelined;
  /**
   * Whether the tables are distributed (a Citus coordinator, asked once): a hot path that would otherwise lock or
   * write rows of differently distributed tables in one statement takes its router-shaped form there.
   */
  distributed(): Promise<boolean>;
  /** The embedded database's files as one image (PGlite `dumpDataDir`), to open another copy from (`image`). */
  image?(): Promise<Blob>;
  close(): Promise<void>;
}

const migrationsFolder = () => path.join(projectRoot(), 'migrations');
/** Arbitrary constant naming the migration lock. */
const MIGRATION_LOCK = 72_026_001;

export async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * PostgreSQL when `databaseUrl` names a server, else the embedded PGlite: kept in `dataDir`, or in memory — started
 * from `image` (an earlier database's `image()`, e.g. one already migrated) when one is given.
 */
export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; poolSize?: number; image?: Blob }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 20);
  return openEmbedded(opts.dataDir, opts.image);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // DATE columns as plain 'YYYY-MM-DD' strings, never shifted by the process time zone.
  pg.default.types.setTypeParser(1082, (v: string) => v);
  pg.default.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new pg.default.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000 });
  // A dropped connection (database restart) must not crash the process: idle clients report on the pool,
  // checked-out ones (inside a transaction) on themselves; the query in flight fails, the pool reconnects.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzle(pool) as unknown as Db;
  const isDistributed = onceRetried(() => isCitus(async (text) => (await pool.query(text)).rows));
  // The pipelined transactions' own connections (pg's pipeline mode), opened when first used. Their statements
  // are the hot paths' prepared ones, whose plans do not depend on the values: planned once per connection
  // (generic plans) instead of again for every execution, which PostgreSQL would otherwise choose for some of
  // them. Not on Citus, whose router planning needs the values.
  let opened: InstanceType<typeof pg.default.Pool> | undefined;
  const pipelinedOn = onceRetried(async () => {
    const options = (await isDistributed()) ? {} : { options: '-c plan_cache_mode=force_generic_plan' };
    const p = new pg.default.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000, pipeline: true, ...options } as import('pg').PoolConfig);
    p.on('error', () => undefined);
    p.on('connect', (client) => client.on('error', () => undefined));
    opened = p;
    return postgresPipelined(p, (client) => drizzle(client) as unknown as Db);
  });
  return {
    db,
    kind: 'postgres',
    pipelined: async (work) => (await pipelinedOn())(work),
    distributed: isDistributed,
    async query(text, params = [], name) {
      // A name makes it a prepared statement on each connection: parsed and planned once (hot paths).
      const r = await pool.query(name ? { name, text, values: params } : { text, values: params });
      return r.rows;
    },
    async migrate() {
      const { migrate } = await import('drizzle-orm/node-postgres/migrator');
      const client = new pg.default.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
        // On a Citus coordinator: distribute what is not yet (a no-op elsewhere).
        await distributeLayout(async (text, params) => (await client.query(text, params)).rows);
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        await client.end();
      }
    },
    listen: (channel, onMessage, onGap) => listenPostgres(pg.default, url, channel, onMessage, onGap),
    async close() {
      await pool.end();
      await pipelinedOn.current()?.catch(() => undefined);
      await opened?.end();
    },
  };
}

async function openEmbedded(dataDir?: string, image?: Blob): Promise<Database> {
  const { PGlite, types } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (dataDir) fs.mkdirSync(path.resolve(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir ? path.resolve(dataDir) : undefined, {
    parsers: { [types.DATE]: (v: string) => v, [types.INT8]: (v: string) => Number(v) },
    ...(image ? { loadDataDir: image } : {}),
  });
  const db = drizzle(client) as unknown as Db;
  return {
    db,
    kind: 'embedded',
    pipelined: embeddedPipelined(db),
    distributed: async () => false,
    async query(text, params = []) {
      const r = await client.query(text, params);
      return r.rows as never[];
    },
    async migrate() {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
    },
    async listen(channel, onMessage) {
      // One process, one connection: nothing is ever missed, so no gap.
      const unlisten = await client.listen(channel, onMessage);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    async image() {
      return client.dumpDataDir('none');
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

/**
 * LISTEN on a dedicated connection. A drop reports the gap and reconnects (every 0.5 s until it succeeds) until
 * unsubscribed; the first connection's failure is the caller's.
 */
async function listenPostgres(
  pg: typeof import('pg').default,
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onGap: () => void,
): Promise<() => Promise<void>> {
  let client: import('pg').Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const reconnect = () => {
    if (stopped) return;
    onGap();
    retry = setTimeout(() => void connect().catch(reconnect), 500);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel === channel) onMessage(n.payload ?? '');
    });
    c.on('error', () => undefined);
    try {
      await c.connect();
      await c.query(`LISTEN ${c.escapeIdentifier(channel)}`);
    } catch (err) {
      await c.end().catch(() => undefined);
      throw err;
    }
    if (stopped) return void (await c.end().catch(() => undefined));
    client = c;
    c.on('end', () => {
      if (client === c) client = undefined;
      reconnect();
    });
    // Whatever was sent while no connection listened is unknown.
    onGap();
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
