/**
 * Tests of the distributed layout (test/citus): whether the test server is a Citus coordinator, and the statements
 * an operation sends with the plans Citus makes for them.
 */
import pg from 'pg';

/** Why the Citus tests cannot run here, or undefined when TEST_DATABASE_URL names a Citus coordinator. */
export async function citusSkipReason(): Promise<string | undefined> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return 'no TEST_DATABASE_URL: the Citus tests need a Citus coordinator (scripts/citus/up.sh prints one)';
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`);
    return rows.length ? undefined : 'TEST_DATABASE_URL is not a Citus coordinator (no citus extension); scripts/citus/up.sh starts one';
  } finally {
    await client.end();
  }
}

export interface Statement {
  text: string;
  values: unknown[];
}

/** Every statement sent by any `pg` client of this process while `run` runs (the pool's clients included). */
export async function recordStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === 'string') statements.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const q = first as { text: string; values?: unknown[] };
      statements.push({ text: q.text, values: q.values ?? (Array.isArray(second) ? second : []) });
    }
    return original.apply(this, args);
  };
  try {
    return { result: await run(), statements };
  } finally {
    proto.query = original;
  }
}

/** The reads among statements (SELECT or WITH … SELECT, locks included), without transaction control. */
export const reads = (statements: Statement[]): Statement[] => statements.filter((s) => /^\s*(select|with)\b/i.test(s.text) && !/^\s*select\s+(pg_|set_config)/i.test(s.text));

/** Citus's plan of a statement, as text (EXPLAIN with the statement's own parameters). */
export async function explain(url: string, s: Statement): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${s.text}`, s.values);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

/**
 * Whether a plan runs on one shard at most: a plan without Citus's scan reads only the coordinator's own tables;
 * one with it must be a single task (a router plan). Sub-plans Citus runs first count too.
 */
export function singleShard(plan: string): boolean {
  const counts = [...plan.matchAll(/Task Count: (\d+)/g)].map((m) => Number(m[1]));
  return counts.every((n) => n <= 1);
}
