import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { asc, eq, sql } from 'drizzle-orm';
import { testDatabase, onPostgres } from '../../../test/support/database.js';
import { officerRequest } from '../../../test/support/ctx.js';
import { openDatabase, rows, type Database, type Db, type Tx } from '../db/client.js';
import { recordAudit } from './record.js';
import { auditLog } from './schema.js';
import { GENESIS_HASH, auditRowHash } from './canonical.js';
import { AUDIT_SEAL_LOCK, sealAllPending, sealAuditLog } from './seal.js';
import { verifyAuditChain, type AuditChainReport } from './verify.js';

const BASE = Date.parse('2026-11-27T02:00:00Z');

/**
 * `writers` concurrent loops of single-act transactions (every fifth writes two audit rows); `at` is jittered so
 * stamping order, commit order and sealing order all differ. Returns the number of audit rows written.
 */
async function writeConcurrently(db: Db, writers: number, perWriter: number, tag: string): Promise<number> {
  let written = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i++) {
        const n = w * perWriter + i;
        const at = new Date(BASE + n * 7 + Math.floor(Math.random() * 500));
        await db.transaction(async (tx) => {
          await recordAudit(tx, officerRequest(at, n), {
            action: 'inspection.update',
            targetType: 'inspection',
            targetId: `I-${tag}-${n}`,
            detail: { tag, writer: w, i, note: `第${n}次`, nested: { z: [n, null, true], a: 'x' } },
          });
          if (i % 3 === 0) await sleep(Math.floor(Math.random() * 3));
          if (n % 5 === 0)
            await recordAudit(tx, officerRequest(at, n), {
              action: 'enterprise.view',
              targetType: 'enterprise',
              targetId: `E-${n}`,
              outcome: 'denied',
            });
        });
        written += n % 5 === 0 ? 2 : 1;
      }
    }),
  );
  return written;
}

/** Seals in small batches while `work` runs, then drains. Returns everything the sealer sealed. */
async function sealWhile(db: Db, work: Promise<unknown>, batch = 40): Promise<number> {
  let done = false;
  let sealed = 0;
  const loop = (async () => {
    while (!done) {
      sealed += await sealAuditLog(db, { batch });
      await sleep(2);
    }
  })();
  try {
    await work;
  } finally {
    done = true;
    await loop;
  }
  return sealed + (await sealAllPending(db, { batch }));
}

const bySeq = async (db: Db | Tx, seq: number) => {
  const [row] = await db.select().from(auditLog).where(eq(auditLog.seq, seq));
  if (!row) throw new Error(`no row at seq ${seq}`);
  return row;
};

class Rollback extends Error {}

/** The newest seq: every test here leaves the whole log sealed, so this is also the number of rows. */
async function headSeq(db: Db): Promise<number> {
  const [row] = await rows<{ head: number | null }>(db, sql`SELECT max(seq)::int AS head FROM audit_log`);
  return row?.head ?? 0;
}

/**
 * Applies `tamper` in a transaction, verifies inside it, then rolls everything back — and checks that the
 * untouched chain verifies again afterwards (the attack was rolled back, not left behind).
 */
async function verifyAfter(db: Db, tamper: (tx: Tx) => Promise<void>): Promise<AuditChainReport> {
  const head = await headSeq(db);
  let report: AuditChainReport | undefined;
  await db
    .transaction(async (tx) => {
      await tamper(tx);
      report = await verifyAuditChain(tx, { pageSize: 37 });
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  expect(await verifyAuditChain(db)).toEqual({ ok: true, sealed: head, unsealed: 0 });
  return report!;
}

const chainStats = (db: Db) =>
  rows<{ n: number; seqs: number; min: number; max: number; prevs: number; unsealed: number }>(
    db,
    sql`SELECT count(*)::int AS n, count(DISTINCT seq)::int AS seqs, min(seq)::int AS min, max(seq)::int AS max,
               count(DISTINCT prev_hash)::int AS prevs, count(*) FILTER (WHERE seq IS NULL)::int AS unsealed
          FROM audit_log`,
  );

it('verifies an empty chain', async () => {
  // A database of its own: the chain the tests below share is never empty.
  const empty = await testDatabase();
  try {
    expect(await sealAuditLog(empty.db)).toBe(0);
    expect(await verifyAuditChain(empty.db)).toEqual({ ok: true, sealed: 0, unsealed: 0 });
  } finally {
    await empty.close();
  }
});

describe('audit chain: seal and verify', () => {
  let database: Database & { url?: string };
  let db: Db;
  /** 8 writers' rows sealed while they were written: seqs 1…444, the chain every test here reads or extends. */
  let bulk: { written: number; sealed: number; head: number };

  beforeAll(async () => {
    database = await testDatabase();
    db = database.db;
    let written = 0;
    const sealed = await sealWhile(
      db,
      writeConcurrently(db, 8, 40, 'a').then((n) => (written = n)),
    );
    bulk = { written, sealed, head: await headSeq(db) };
  });
  afterAll(async () => {
    await database.close();
  });

  it('seals a few hundred rows written by concurrent transactions into one gapless chain that verifies', async () => {
    const { written, sealed } = bulk;
    expect(written).toBe(8 * 40 + 64);
    expect(sealed).toBe(written);
    // Other tests may append after them, but the writers' rows were seqs 1…written when the sealer drained.
    expect(bulk.head).toBe(written);
    const [tagged] = await rows<{ n: number; max: number }>(
      db,
      sql`SELECT count(*)::int AS n, max(seq)::int AS max FROM audit_log WHERE target_id LIKE 'I-a-%'`,
    );
    expect(tagged!.n).toBe(8 * 40);
    expect(tagged!.max).toBeLessThanOrEqual(written);

    const total = await headSeq(db);
    expect(total).toBeGreaterThanOrEqual(written);
    const [stats] = await chainStats(db);
    expect(stats).toEqual({ n: total, seqs: total, min: 1, max: total, prevs: total, unsealed: 0 });
    expect((await bySeq(db, 1)).prevHash).toBe(GENESIS_HASH);

    const sealedRows = await db.select().from(auditLog).orderBy(asc(auditLog.seq));
    let prev = GENESIS_HASH;
    for (const r of sealedRows) {
      expect(r.prevHash).toBe(prev);
      expect(r.hash).toBe(auditRowHash(prev, r));
      prev = r.hash!;
    }

    expect(await verifyAuditChain(db)).toEqual({ ok: true, sealed: total, unsealed: 0 });
    expect(await verifyAuditChain(db, { pageSize: 7 })).toEqual({ ok: true, sealed: total, unsealed: 0 });
    expect(await verifyAuditChain(db, { fromSeq: 101, pageSize: 50 })).toEqual({
      ok: true,
      sealed: total - 100,
      unsealed: 0,
    });
  });

  it('appends later rows after the head, counts unsealed rows, and seals in batches', async () => {
    const total = await headSeq(db);
    const head = await bySeq(db, total);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, sealed: total, unsealed: 0 });
    for (let i = 0; i < 12; i++)
      await recordAudit(db, officerRequest(new Date(BASE - 60_000 + i), 1000 + i), { action: 'auth.login' });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, sealed: total, unsealed: 12 });
    expect(await sealAuditLog(db, { batch: 5 })).toBe(5);
    expect(await sealAllPending(db, { batch: 5 })).toBe(7);
    // Stamped a minute before everything else, yet sealed after it: the chain is the order of sealing.
    expect((await bySeq(db, head.seq! + 1)).prevHash).toBe(head.hash);
    expect((await bySeq(db, head.seq! + 1)).at.toISOString()).toBe(new Date(BASE - 60_000).toISOString());
    expect(await verifyAuditChain(db)).toEqual({ ok: true, sealed: total + 12, unsealed: 0 });
  });

  describe('detects tampering at the right row', () => {
    it.each([
      {
        what: 'a sealed row edited after sealing → hash-mismatch at that row',
        statements: [
          sql`UPDATE audit_log SET detail = jsonb_set(coalesce(detail, '{}'), '{note}', '"改过"') WHERE seq = 120`,
        ],
        victimSeq: 120,
        firstBroken: { seq: 120, reason: 'hash-mismatch' },
        sealed: 119,
      },
      {
        what: 'any single column edited, even the timestamp by one millisecond → hash-mismatch',
        statements: [sql`UPDATE audit_log SET at = at + interval '1 millisecond' WHERE seq = 7`],
        victimSeq: 7,
        firstBroken: { seq: 7, reason: 'hash-mismatch' },
        sealed: 6,
      },
      {
        what: 'a middle row deleted → seq-gap at the next row',
        statements: [sql`DELETE FROM audit_log WHERE seq = 200`],
        victimSeq: 201,
        firstBroken: { seq: 201, reason: 'seq-gap' },
        sealed: 199,
      },
      {
        what: 'a middle row deleted and the later seqs renumbered → prev-hash-mismatch at the row after it',
        statements: [
          sql`DELETE FROM audit_log WHERE seq = 200`,
          sql`UPDATE audit_log SET seq = -seq WHERE seq > 200`,
          sql`UPDATE audit_log SET seq = -seq - 1 WHERE seq < 0`,
        ],
        victimSeq: 201,
        firstBroken: { seq: 200, reason: 'prev-hash-mismatch' },
        sealed: 199,
      },
    ])('$what', async ({ statements, victimSeq, firstBroken, sealed }) => {
      // the row the report must name, by its seq before the tampering
      const victim = await bySeq(db, victimSeq);
      const report = await verifyAfter(db, async (tx) => {
        for (const statement of statements) await tx.execute(statement);
      });
      expect(report).toEqual({ ok: false, sealed, unsealed: 0, firstBroken: { ...firstBroken, id: victim.id } });
    });

    it('two rows swapped by their seq → prev-hash-mismatch at the first of them', async () => {
      const [a, b] = [await bySeq(db, 50), await bySeq(db, 51)];
      const report = await verifyAfter(db, async (tx) => {
        await tx.execute(sql`UPDATE audit_log SET seq = -1 WHERE seq = 50`);
        await tx.execute(sql`UPDATE audit_log SET seq = 50 WHERE seq = 51`);
        await tx.execute(sql`UPDATE audit_log SET seq = 51 WHERE seq = -1`);
      });
      expect(report.firstBroken).toEqual({ seq: 50, id: b.id, reason: 'prev-hash-mismatch' });
      expect(a.id).not.toBe(b.id);
    });

    it('two rows swapped by their content (chain columns left in place) → hash-mismatch at the first of them', async () => {
      const a = await bySeq(db, 80);
      const report = await verifyAfter(db, async (tx) => {
        await tx.execute(sql`
          UPDATE audit_log AS a
             SET at = b.at, actor_id = b.actor_id, actor_name = b.actor_name, action = b.action,
                 target_type = b.target_type, target_id = b.target_id, request_id = b.request_id,
                 outcome = b.outcome, detail = b.detail
            FROM audit_log AS b
           WHERE (a.seq = 80 AND b.seq = 81) OR (a.seq = 81 AND b.seq = 80)`);
      });
      expect(report.firstBroken).toEqual({ seq: 80, id: a.id, reason: 'hash-mismatch' });
    });

    it('a row edited with its hash forged (the next row left alone) → prev-hash-mismatch at the next row', async () => {
      const next = await bySeq(db, 151);
      const report = await verifyAfter(db, async (tx) => {
        const victim = await bySeq(tx, 150);
        const detail = { ...victim.detail, note: '伪造' };
        await tx
          .update(auditLog)
          .set({ detail, hash: auditRowHash(victim.prevHash!, { ...victim, detail }) })
          .where(eq(auditLog.seq, 150));
      });
      expect(report).toEqual({
        ok: false,
        sealed: 150,
        unsealed: 0,
        firstBroken: { seq: 151, id: next.id, reason: 'prev-hash-mismatch' },
      });
    });

    it('a forged hash with the next prev_hash patched too → hash-mismatch at the next row', async () => {
      const next = await bySeq(db, 151);
      const report = await verifyAfter(db, async (tx) => {
        const victim = await bySeq(tx, 150);
        const hash = auditRowHash(victim.prevHash!, { ...victim, outcome: 'failed' });
        await tx.update(auditLog).set({ outcome: 'failed', hash }).where(eq(auditLog.seq, 150));
        await tx.update(auditLog).set({ prevHash: hash }).where(eq(auditLog.seq, 151));
      });
      expect(report.firstBroken).toEqual({ seq: 151, id: next.id, reason: 'hash-mismatch' });
    });

    it('the newest row moved far ahead → seq-gap at it', async () => {
      const total = await headSeq(db);
      const report = await verifyAfter(db, async (tx) => {
        await tx.execute(sql`UPDATE audit_log SET seq = seq + 1000000 WHERE seq = ${total}`);
      });
      const head = await bySeq(db, total);
      expect(report.firstBroken).toEqual({ seq: total + 1_000_000, id: head.id, reason: 'seq-gap' });
    });

    it('verifying from the middle anchors on the row before, and sees breaks after it', async () => {
      const victim = await bySeq(db, 300);
      const report = await verifyAfter(db, async (tx) => {
        await tx.execute(sql`UPDATE audit_log SET actor_name = 'someone-else' WHERE seq = 300`);
      });
      expect(report.firstBroken).toEqual({ seq: 300, id: victim.id, reason: 'hash-mismatch' });
      let fromMiddle: AuditChainReport | undefined;
      await db
        .transaction(async (tx) => {
          await tx.execute(sql`UPDATE audit_log SET hash = repeat('f', 64) WHERE seq = 259`);
          fromMiddle = await verifyAuditChain(tx, { fromSeq: 260 });
          throw new Rollback();
        })
        .catch((e: unknown) => {
          if (!(e instanceof Rollback)) throw e;
        });
      expect(fromMiddle?.firstBroken).toMatchObject({ seq: 260, reason: 'prev-hash-mismatch' });
    });
  });

  describe.runIf(onPostgres())('on PostgreSQL', () => {
    it('a slow transaction that commits after later rows were sealed simply gets a later seq', async () => {
      let inserted!: () => void;
      const insertedP = new Promise<void>((r) => (inserted = r));
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const before = await headSeq(db);
      const slow = db.transaction(async (tx) => {
        await recordAudit(tx, officerRequest(new Date(BASE - 3_600_000), 9999), {
          action: 'slow.act',
          targetId: 'slow',
        });
        inserted();
        await gate;
      });
      await insertedP;
      const fast = await writeConcurrently(db, 4, 10, 'fast');
      expect(await sealAllPending(db)).toBe(fast); // the uncommitted row is invisible, so not sealed, and nobody waited
      release();
      await slow;
      expect(await sealAllPending(db)).toBe(1);
      const total = before + fast + 1;
      const [slowRow] = await db.select().from(auditLog).where(eq(auditLog.targetId, 'slow'));
      expect(slowRow!.seq).toBe(total);
      expect(await verifyAuditChain(db)).toEqual({ ok: true, sealed: total, unsealed: 0 });
    });

    it('a sealer returns 0 at once while another holds the lock', async () => {
      await recordAudit(db, officerRequest(new Date(BASE), 1), { action: 'locked.test' });
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      try {
        await other.query('SELECT pg_advisory_lock($1)', [AUDIT_SEAL_LOCK]);
        const t0 = Date.now();
        expect(await sealAuditLog(db)).toBe(0);
        expect(Date.now() - t0).toBeLessThan(2000);
        await other.query('SELECT pg_advisory_unlock($1)', [AUDIT_SEAL_LOCK]);
        expect(await sealAuditLog(db)).toBe(1);
      } finally {
        await other.end();
      }
    });

    it('two sealers on separate connection pools, racing concurrent writers, never fork the chain', async () => {
      const before = await headSeq(db);
      const second = await openDatabase({ databaseUrl: database.url, poolSize: 4 });
      try {
        let done = false;
        const counts = { first: 0, second: 0, contended: 0 };
        const sealer = (d: Db, key: 'first' | 'second') =>
          (async () => {
            while (!done) {
              const n = await sealAuditLog(d, { batch: 25 });
              counts[key] += n;
              if (n === 0) counts.contended += 1;
              await sleep(Math.floor(Math.random() * 2));
            }
          })();
        const loops = [sealer(db, 'first'), sealer(second.db, 'second')];
        const written = await writeConcurrently(db, 10, 30, 'race');
        done = true;
        await Promise.all(loops);
        const drained = (await sealAllPending(db)) + (await sealAllPending(second.db));
        expect(counts.first + counts.second + drained).toBe(written); // every row sealed exactly once
        const total = before + written;

        const [stats] = await chainStats(db);
        expect(stats).toEqual({ n: total, seqs: total, min: 1, max: total, prevs: total, unsealed: 0 });
        expect(await verifyAuditChain(second.db)).toEqual({ ok: true, sealed: total, unsealed: 0 });
      } finally {
        await second.close();
      }
    });
  });
});
