/**
 * Transactions of raw statements sent in steps, for the hot write paths (code issuance): every statement of one
 * step leaves in one write and is answered in one round trip (PostgreSQL's pipelining), instead of one round
 * trip and one socket write per statement. A named statement is prepared once per connection (parsed and
 * planned once). PostgreSQL runs pipelined statements one after another, each with its own snapshot, so a read
 * sent behind a row lock sees what the lock's previous holder committed, as if it had been sent after it.
 */
import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Db, DbOrTx } from './client.js';

/** One statement: `$1 …` parameters; a `name` makes it a prepared statement (its text must never vary). */
export interface Statement {
  name?: string;
  text: string;
  values: unknown[];
}

export interface PipelineTx {
  /** Sends these statements together and returns each one's rows (throws the first statement's error). */
  send(statements: Statement[]): Promise<Record<string, unknown>[][]>;
  /** Sends these statements together with the commit: the transaction ends with them. */
  sendAndCommit(statements: Statement[]): Promise<Record<string, unknown>[][]>;
  /** The same transaction through the query builder, for operations that take one (one round trip a statement). */
  db(): DbOrTx;
}

export type Pipelined = <T>(work: (tx: PipelineTx) => Promise<T>) => Promise<T>;

/**
 * Several writes as one statement — the first ones as data-modifying CTEs named `name`, then `last` — so they cost
 * one parse, bind and execute instead of one each. They all run on one snapshot: a later one reads an earlier
 * one's rows only through its name (`RETURNING` them). Parameters are renumbered; a prepared statement's `name`
 * is given to the whole.
 */
export function asOneStatement(name: string, ctes: { name: string; statement: Statement }[], last: Statement): Statement {
  const values = [...ctes.flatMap((c) => c.statement.values), ...last.values];
  // The renumbered text is made once per distinct set of texts (a hot path's are fixed): a regular expression
  // over a few kilobytes of SQL on every call cost the code issuance ~13 µs of the server's event loop.
  const key = `${name}\0${ctes.map((c) => `${c.name}\0${c.statement.values.length}\0${c.statement.text}`).join('\0')}\0${last.text}`;
  let text = combinedTexts.get(key);
  if (text === undefined) {
    let offset = 0;
    const shifted = (st: Statement) => {
      const from = offset;
      offset += st.values.length;
      return st.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + from}`);
    };
    const withs = ctes.map((c) => `${c.name} AS (${shifted(c.statement)})`);
    text = `WITH ${withs.join(',\n')}\n${shifted(last)}`;
    if (combinedTexts.size >= MAX_COMBINED_TEXTS) combinedTexts.clear();
    combinedTexts.set(key, text);
  }
  return { name, text, values };
}

const combinedTexts = new Map<string, string>();
/** A bound on the memo (callers whose texts vary would otherwise grow it without end). */
const MAX_COMBINED_TEXTS = 256;

/** A statement as a query-builder fragment (`$n` → bound parameter), to run it through Drizzle. */
export function statementSql(s: Statement): SQL {
  const parts = s.text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  for (let i = 0; i < parts.length; i++) {
    chunks.push(i % 2 === 0 ? sql.raw(parts[i]!) : sql`${s.values[Number(parts[i]) - 1]}`);
  }
  return sql.join(chunks);
}

/** Runs one statement through the query builder (outside a pipelined transaction) and returns its rows. */
export async function runStatement(db: DbOrTx, s: Statement): Promise<Record<string, unknown>[]> {
  const r = (await db.execute(statementSql(s))) as unknown as { rows: Record<string, unknown>[] };
  return r.rows;
}

/** On the embedded database: one statement after another in a query-builder transaction (one connection anyway). */
export function embeddedPipelined(db: Db): Pipelined {
  return (work) =>
    db.transaction(async (tx) => {
      const send = async (statements: Statement[]) => {
        const out: Record<string, unknown>[][] = [];
        for (const s of statements) out.push(await runStatement(tx, s));
        return out;
      };
      return work({ send, sendAndCommit: send, db: () => tx });
    });
}

/**
 * On PostgreSQL: a pool of connections in pipeline mode (pg's `pipeline` option) kept for these transactions.
 * `BEGIN` leaves with the first step; `COMMIT` with the last (`sendAndCommit`) or after `work`; `ROLLBACK` when
 * `work` throws.
 */
export function postgresPipelined(pool: pg.Pool, drizzleOf: (client: pg.PoolClient) => Db): Pipelined {
  return async (work) => {
    const client = await pool.connect();
    let begun = false;
    let ended = false;
    let broken: Error | undefined;
    const send = async (statements: Statement[], commit = false) => {
      if (ended) throw new Error('the transaction has ended');
      const all: Statement[] = [...(begun ? [] : [{ text: 'BEGIN', values: [] }]), ...statements, ...(commit ? [{ text: 'COMMIT', values: [] }] : [])];
      const skip = begun ? 0 : 1;
      begun = true;
      if (commit) ended = true;
      // Every statement into one socket write: pipeline mode writes each at once, the cork gathers them.
      const stream = (client as unknown as { connection: { stream: NodeJS.WritableStream & { cork(): void; uncork(): void } } }).connection.stream;
      stream.cork();
      let pending: Promise<pg.QueryResult>[];
      try {
        pending = all.map((s) => client.query(s.values.length || s.name ? { name: s.name, text: s.text, values: s.values } : s.text));
      } finally {
        stream.uncork();
      }
      const settled = await Promise.allSettled(pending);
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed) {
        // After a failure the statements behind it were refused (the transaction is aborted); a COMMIT sent along rolled back.
        throw failed.reason;
      }
      return settled.slice(skip, commit ? -1 : undefined).map((r) => (r as PromiseFulfilledResult<pg.QueryResult>).value.rows as Record<string, unknown>[]);
    };
    let viaBuilder: Db | undefined;
    const tx: PipelineTx = {
      send: (s) => send(s),
      sendAndCommit: (s) => send(s, true),
      db: () => {
        if (ended) throw new Error('the transaction has ended');
        if (!begun) {
          begun = true;
          // Written at once (pipeline mode), so before anything sent through the builder; its failure fails those.
          client.query('BEGIN').catch(() => undefined);
        }
        return (viaBuilder ??= drizzleOf(client));
      },
    };
    try {
      const out = await work(tx);
      if (!ended) await send([], true);
      return out;
    } catch (err) {
      // (A failed sendAndCommit needs none: its COMMIT, behind the failure, answered ROLLBACK.)
      if (begun && !ended) await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw err;
    } finally {
      client.release(broken);
    }
  };
}
