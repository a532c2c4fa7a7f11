/**
 * H4 bench — does the audit chain cap write throughput?
 *
 * Three phases of `seconds` each, in one run (interleaved in ~1 s slices), `clients` concurrent loops of
 * single-row write transactions:
 *   baseline    INSERT one row into a scratch table
 *   withAudit   the same plus one audit row (recordAudit, in the same transaction)
 *   withSealer  the same as withAudit while the sealer runs flat out beside the writers
 * ratio = withSealerPerSec / withAuditPerSec: near 1 means sealing costs writers nothing (no global chain lock);
 * auditOverhead = withAuditPerSec / baselinePerSec is the price of the audit row itself.
 *
 * Alone: `npx tsx bench/audit-throughput.ts [--seconds 10] [--clients 16]` against DATABASE_URL (the embedded
 * in-memory database when unset). The scratch table is dropped at the end; the audit rows written stay, sealed.
 */
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import { newId } from '../src/platform/db/ids.js';
import { systemCtx } from '../src/platform/policy/actor.js';
import { recordAudit } from '../src/platform/audit/record.js';
import { sealAllPending, sealAuditLog } from '../src/platform/audit/seal.js';

export interface AuditThroughputResult {
  name: string;
  database: Database['kind'];
  clients: number;
  seconds: number;
  baselinePerSec: number;
  withAuditPerSec: number;
  withSealerPerSec: number;
  /** withSealerPerSec / withAuditPerSec. */
  ratio: number;
  /** withAuditPerSec / baselinePerSec. */
  auditOverhead: number;
  /** Rows the sealer sealed during the withSealer phase, per second (≈ withSealerPerSec when it keeps up). */
  sealedPerSec: number;
  /** Most unsealed audit rows left at the end of a withSealer slice (the sealer keeping up leaves a few). */
  backlogAtEnd: number;
}

const SCRATCH = 'bench_audit_scratch';
const round = (n: number) => Math.round(n * 10) / 10;

export async function benchAuditThroughput(
  database: Database,
  opts: { seconds: number; clients: number },
): Promise<AuditThroughputResult> {
  const { db } = database;
  const clients = Math.max(1, Math.floor(opts.clients));
  const ms = Math.max(0.2, opts.seconds) * 1000;
  await db.execute(
    sql.raw(
      `CREATE TABLE IF NOT EXISTS ${SCRATCH} (id uuid PRIMARY KEY, at timestamptz NOT NULL, client int NOT NULL, payload jsonb)`,
    ),
  );

  const write = async (client: number, audited: boolean) => {
    const now = new Date();
    const id = newId();
    await db.transaction(async (tx) => {
      await tx.execute(
        sql`INSERT INTO ${sql.raw(SCRATCH)} (id, at, client, payload) VALUES (${id}, ${now}, ${client}, ${JSON.stringify({ step: 'bench', client })}::jsonb)`,
      );
      if (audited) {
        await recordAudit(tx, systemCtx('bench', now), {
          action: 'bench.write',
          targetType: 'bench',
          targetId: id,
          detail: { client },
        });
      }
    });
  };

  // Writes completed so far, and at most one waiter for a count of them (the embedded sealer's pause, below).
  let completed = 0;
  let waiter: { at: number; resolve: () => void } | undefined;

  /** Runs `clients` write loops for `duration` ms; returns the transactions committed and the time taken. */
  const phase = async (audited: boolean, duration: number): Promise<{ done: number; elapsed: number }> => {
    const started = performance.now();
    const deadline = started + duration;
    let done = 0;
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        while (performance.now() < deadline) {
          await write(c, audited);
          done += 1;
          completed += 1;
          if (waiter && completed >= waiter.at) {
            waiter.resolve();
            waiter = undefined;
          }
        }
      }),
    );
    return { done, elapsed: performance.now() - started };
  };

  /** The same loops with the sealer running flat out beside them (from a fully sealed chain, as in steady state). */
  const phaseWithSealer = async (duration: number) => {
    await sealAllPending(db);
    let running = true;
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    let sealed = 0;
    const sealer = (async () => {
      while (running) {
        const n = await sealAuditLog(db);
        sealed += n;
        if (database.kind === 'embedded') {
          // PGlite settles its promises as microtasks, so busy writers would starve any timer: pause for a number
          // of writes instead, so it seals in batches of about that size.
          await Promise.race([
            new Promise<void>((r) => (waiter = { at: completed + 250, resolve: r })),
            stopped,
          ]);
        } else if (n === 0) {
          await sleep(5);
        }
      }
    })();
    try {
      const r = await phase(true, duration);
      return { ...r, sealed };
    } finally {
      running = false;
      stop();
      await sealer;
    }
  };

  type Kind = 'baseline' | 'audit' | 'sealer';
  const totals: Record<Kind, { done: number; elapsed: number }> = {
    baseline: { done: 0, elapsed: 0 },
    audit: { done: 0, elapsed: 0 },
    sealer: { done: 0, elapsed: 0 },
  };
  let sealed = 0;
  let backlogAtEnd = 0;
  try {
    await phase(true, Math.min(1000, ms / 4)); // warm the pool, the plans and the caches

    // The phases alternate in slices of about a second, the order rotating each round, so drift in the machine's
    // load or the tables' size weighs on all three alike.
    const rounds = Math.max(1, Math.round(ms / 1000));
    const slice = ms / rounds;
    const orders: Kind[][] = [
      ['baseline', 'audit', 'sealer'],
      ['audit', 'sealer', 'baseline'],
      ['sealer', 'baseline', 'audit'],
    ];
    for (let r = 0; r < rounds; r++) {
      for (const kind of orders[r % orders.length]!) {
        if (kind === 'sealer') {
          const res = await phaseWithSealer(slice);
          sealed += res.sealed;
          const [backlog] = await database.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM audit_log WHERE seq IS NULL',
          );
          backlogAtEnd = Math.max(backlogAtEnd, Number(backlog?.n ?? 0));
          totals.sealer.done += res.done;
          totals.sealer.elapsed += res.elapsed;
        } else {
          const res = await phase(kind === 'audit', slice);
          totals[kind].done += res.done;
          totals[kind].elapsed += res.elapsed;
        }
      }
    }
    await sealAllPending(db);

    const perSec = (k: Kind) => totals[k].done / (totals[k].elapsed / 1000);
    const baselinePerSec = perSec('baseline');
    const withAuditPerSec = perSec('audit');
    const withSealerPerSec = perSec('sealer');
    const sealedPerSec = sealed / (totals.sealer.elapsed / 1000);

    return {
      name: 'audit-throughput',
      database: database.kind,
      clients,
      seconds: ms / 1000,
      baselinePerSec: round(baselinePerSec),
      withAuditPerSec: round(withAuditPerSec),
      withSealerPerSec: round(withSealerPerSec),
      ratio: Math.round((withSealerPerSec / withAuditPerSec) * 1000) / 1000,
      auditOverhead: Math.round((withAuditPerSec / baselinePerSec) * 1000) / 1000,
      sealedPerSec: round(sealedPerSec),
      backlogAtEnd,
    };
  } finally {
    await db.execute(sql.raw(`DROP TABLE IF EXISTS ${SCRATCH}`));
  }
}

function numberArg(name: string, fallback: number): number {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  const raw = i >= 0 ? argv[i + 1] : process.env[`BENCH_${name.toUpperCase()}`];
  const n = Number(raw);
  return raw !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
}

async function main() {
  const seconds = numberArg('seconds', 10);
  const clients = numberArg('clients', 16);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (!databaseUrl)
    console.error('DATABASE_URL is not set: measuring the embedded in-memory database (one connection).');
  const database = await openDatabase({ databaseUrl, poolSize: clients + 2 });
  try {
    await database.migrate();
    const result = await benchAuditThroughput(database, { seconds, clients });
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
