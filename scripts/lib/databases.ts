/**
 * A throwaway PostgreSQL database on a server where databases may be created (tests on PostgreSQL, browser
 * journeys, benchmarks): its URL, and `drop` to remove it whatever still holds a connection to it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ThrowawayPostgres {
  url: string;
  drop(): Promise<void>;
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createThrowawayPostgres(serverUrl: string, prefix: string): Promise<ThrowawayPostgres> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
