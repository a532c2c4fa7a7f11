/**
 * A throwaway PostgreSQL database on a server where databases may be created (tests on PostgreSQL, browser
 * journeys, benchmarks): its URL, and `drop` to remove it whatever still holds a connection to it.
 * On a Citus coordinator (the server's database has the `citus` extension) the database is made on every node
 * of the cluster, with Citus in each and the workers registered, so the migrations distribute the layout there.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ThrowawayPostgres {
  url: string;
  drop(): Promise<void>;
}

async function onServer<T = Record<string, unknown>>(serverUrl: string, ...statements: string[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    let rows: T[] = [];
    for (const statement of statements) rows = (await client.query(statement)).rows as T[];
    return rows;
  } finally {
    await client.end();
  }
}

const withDatabase = (serverUrl: string, name: string, host?: string, port?: number): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (host !== undefined) url.hostname = host;
  if (port !== undefined) url.port = String(port);
  return url.toString();
};

/** The advisory lock serialising databases joining a Citus cluster (any constant; this is "qq-join"). */
const CLUSTER_JOIN_LOCK = 0x71716a6e;

interface CitusNode {
  nodename: string;
  nodeport: number;
  groupid: number;
}

/** The cluster's nodes when `serverUrl` is a Citus coordinator, else `undefined`. */
async function citusNodes(serverUrl: string): Promise<CitusNode[] | undefined> {
  const [citus] = await onServer(serverUrl, `SELECT 1 FROM pg_extension WHERE extname = 'citus'`);
  if (!citus) return undefined;
  return onServer<CitusNode>(serverUrl, `SELECT nodename, nodeport, groupid FROM pg_dist_node WHERE noderole = 'primary' ORDER BY groupid`);
}

export async function createThrowawayPostgres(serverUrl: string, prefix: string): Promise<ThrowawayPostgres> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const nodes = await citusNodes(serverUrl);
  const workers = (nodes ?? []).filter((n) => n.groupid !== 0);
  const drop = async () => {
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    for (const w of workers) await onServer(withDatabase(serverUrl, 'postgres', w.nodename, w.nodeport), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  if (nodes) {
    // One database at a time joins the cluster: registering the workers syncs Citus's metadata to them, roles
    // included, and two syncs at once update the same shared catalog row on a worker ("tuple concurrently updated"
    // there, "failure on connection marked as essential" here — seen in CI with two test files starting together).
    // The lock is held by a session of the coordinator's own database, which every caller connects to.
    const lock = new pg.Client({ connectionString: serverUrl });
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [CLUSTER_JOIN_LOCK]);
    try {
      for (const w of workers) {
        await onServer(withDatabase(serverUrl, 'postgres', w.nodename, w.nodeport), `CREATE DATABASE ${name}`);
        await onServer(withDatabase(serverUrl, name, w.nodename, w.nodeport), 'CREATE EXTENSION citus');
      }
      const coordinator = nodes.find((n) => n.groupid === 0);
      const host = new URL(serverUrl);
      await onServer(
        url,
        'CREATE EXTENSION citus',
        `SELECT citus_set_coordinator_host('${coordinator?.nodename ?? host.hostname}', ${coordinator?.nodeport ?? Number(host.port || 5432)})`,
        ...workers.map((w) => `SELECT citus_add_node('${w.nodename}', ${w.nodeport})`),
      );
    } catch (err) {
      await drop().catch(() => undefined);
      throw err;
    } finally {
      await lock.end();
    }
  }
  return { url, drop };
}
