/**
 * Issue #10 item 8 — the audit chain is anchored: seals signed with a key the database does not hold. An insider
 * with the database alone who edits a row and recomputes the SM3 chain to the head, or deletes the newest rows
 * (with or without their seals), is caught; without the anchor both attacks pass verification (shown first).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { asc, eq, gte, sql } from 'drizzle-orm';
import { testDatabase } from '../support/database.js';
import { openDatabase, type Database, type Db, type Tx } from '../../src/platform/db/client.js';
import type { Ctx } from '../../src/platform/policy/actor.js';
import { recordAudit } from '../../src/platform/audit/record.js';
import { auditLog, auditSeal } from '../../src/platform/audit/schema.js';
import { auditRowHash } from '../../src/platform/audit/canonical.js';
import { sealAllPending, sealAuditLog } from '../../src/platform/audit/seal.js';
import { verifyAuditChain, type AuditChainReport } from '../../src/platform/audit/verify.js';
import { officerRequest } from '../support/ctx.js';
import { fileAuditAnchor } from '../../src/platform/audit/anchor-file.js';
import type { AuditAnchor } from '../../src/platform/audit/anchor.js';

const BASE = Date.parse('2026-11-27T02:00:00Z');
const ctx = (n: number): Ctx => officerRequest(new Date(BASE + n * 1000), n);


async function write(db: Db, from: number, n: number) {
  for (let i = from; i < from + n; i++)
    await recordAudit(db, ctx(i), { action: 'penalty.view', targetType: 'penalty', targetId: `P-${i}`, detail: { i } });
}

class Rollback extends Error {}
async function verifyAfter(db: Db, anchor: AuditAnchor | undefined, tamper: (tx: Tx) => Promise<void>): Promise<AuditChainReport> {
  let report: AuditChainReport | undefined;
  await db
    .transaction(async (tx) => {
      await tamper(tx);
      report = await verifyAuditChain(tx, { anchor, pageSize: 33 });
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return report!;
}

/** The insider's rewrite: one row changed, every hash from it to the head recomputed so the chain links. */
async function rechainFrom(tx: Tx, seq: number) {
  const later = await tx.select().from(auditLog).where(gte(auditLog.seq, seq)).orderBy(asc(auditLog.seq));
  let prev = later[0]!.prevHash!;
  for (const [i, row] of later.entries()) {
    const content = i === 0 ? { ...row, detail: { i: -1, rewritten: '改写' } } : row;
    const hash = auditRowHash(prev, content);
    await tx.update(auditLog).set({ detail: content.detail, prevHash: prev, hash }).where(eq(auditLog.id, row.id));
    prev = hash;
  }
}

const tmpKey = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qq-anchor-')), 'audit-anchor', 'ed25519.pem');

describe('anchored audit chain (item 8)', () => {
  let database: Database;
  let db: Db;
  let anchor: AuditAnchor;
  let keyFile: string;

  beforeAll(async () => {
    database = await testDatabase();
    db = database.db;
    keyFile = tmpKey();
    anchor = fileAuditAnchor(keyFile);
    // 300 rows sealed in batches of 40: a signed seal per batch, the last at seq 300.
    await write(db, 0, 300);
    expect(await sealAllPending(db, { anchor, batch: 40 })).toBe(300);
  });
  afterAll(async () => {
    await database.close();
  });

  it('generates the Ed25519 key on first start as a private file outside the database, and reuses it', async () => {
    const mode = fs.statSync(keyFile).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(fs.readFileSync(keyFile, 'utf8')).toContain('BEGIN PRIVATE KEY');
    expect(fileAuditAnchor(keyFile).keyId).toBe(anchor.keyId);
    const seals = await db.select().from(auditSeal).orderBy(asc(auditSeal.seq));
    expect(seals.map((s) => s.seq)).toEqual([40, 80, 120, 160, 200, 240, 280, 300]);
    expect(seals.every((s) => s.keyId === anchor.keyId && anchor.verify(s))).toBe(true);
    // The database holds signatures, never key material.
    const dump = JSON.stringify(seals);
    expect(dump).not.toContain('PRIVATE KEY');
  });

  it('verifies every row against the last signed seal', async () => {
    const report = await verifyAuditChain(db, { anchor });
    expect(report).toMatchObject({ ok: true, sealed: 300, unsealed: 0, anchor: { seq: 300, keyId: anchor.keyId } });
  });

  it('(a) a row changed with the SM3 chain recomputed to the head: passes without the anchor, caught with it', async () => {
    expect(await verifyAfter(db, undefined, (tx) => rechainFrom(tx, 130))).toEqual({ ok: true, sealed: 300, unsealed: 0 });
    const caught = await verifyAfter(db, anchor, (tx) => rechainFrom(tx, 130));
    expect(caught).toMatchObject({ ok: false, firstBroken: { seq: 160, reason: 'seal-mismatch' } });
    expect(caught.sealed).toBe(159);
    // Deleting the seals the rewrite contradicts does not help: the newest seal is also kept outside the database.
    const stillCaught = await verifyAfter(db, anchor, async (tx) => {
      await rechainFrom(tx, 130);
      await tx.delete(auditSeal).where(gte(auditSeal.seq, 130));
    });
    expect(stillCaught).toMatchObject({ ok: false, firstBroken: { seq: 300, reason: 'seal-mismatch' } });
  });

  it('(b) the newest rows deleted: passes without the anchor, caught with it (also with their seals deleted)', async () => {
    const del = async (tx: Tx) => {
      await tx.execute(sql`DELETE FROM audit_log WHERE seq > 290`);
    };
    expect(await verifyAfter(db, undefined, del)).toEqual({ ok: true, sealed: 290, unsealed: 0 });
    expect(await verifyAfter(db, anchor, del)).toMatchObject({
      ok: false,
      firstBroken: { seq: 291, id: null, reason: 'sealed-rows-missing' },
    });
    const withSeals = await verifyAfter(db, anchor, async (tx) => {
      await tx.execute(sql`DELETE FROM audit_log WHERE seq > 250`);
      await tx.execute(sql`DELETE FROM audit_seal WHERE seq > 250`);
    });
    expect(withSeals).toMatchObject({ ok: false, firstBroken: { seq: 251, id: null, reason: 'sealed-rows-missing' } });
  });

  it('a seal cannot be forged or altered without the key; seals of another key vouch for nothing', async () => {
    const forged = await verifyAfter(db, anchor, async (tx) => {
      await tx.execute(sql`UPDATE audit_seal SET sealed_at = sealed_at + interval '1 second' WHERE seq = 200`);
    });
    expect(forged).toMatchObject({ ok: false, firstBroken: { seq: 200, reason: 'seal-forged' } });

    const other = fileAuditAnchor(tmpKey());
    const [head] = await db.select().from(auditLog).where(eq(auditLog.seq, 300));
    const alien = await other.sign({ chainId: (await db.select().from(auditLog).where(eq(auditLog.seq, 1)))[0]!.id, seq: 400, headHash: head!.hash!, rowCount: 400, sealedAt: new Date() });
    const report = await verifyAfter(db, anchor, async (tx) => {
      await tx.insert(auditSeal).values(alien);
    });
    expect(report).toMatchObject({ ok: true, sealed: 300, anchor: { seq: 300, untrustedSeals: 1 } });
  });

  it('rows chained after the last signed seal are reported as unsealed', async () => {
    // A chain of its own: the tests above count on the shared one staying at its 300 rows.
    const own = await testDatabase();
    try {
      await write(own.db, 0, 40);
      expect(await sealAllPending(own.db, { anchor, batch: 40 })).toBe(40);
      await write(own.db, 40, 12);
      // Chained by a sealer without the key (e.g. an old build): linked, but no seal vouches for them.
      expect(await sealAuditLog(own.db, { batch: 5 })).toBe(5);
      expect(await verifyAuditChain(own.db, { anchor })).toMatchObject({ ok: true, sealed: 40, unsealed: 12, anchor: { seq: 40 } });
      expect(await sealAllPending(own.db, { anchor })).toBe(7);
      expect(await verifyAuditChain(own.db, { anchor })).toMatchObject({ ok: true, sealed: 52, unsealed: 0, anchor: { seq: 52 } });
    } finally {
      await own.close();
    }
  });
});

describe('npm run audit:verify with the anchor key', () => {
  it('exits 0 on the intact chain and 1 naming sealed-rows-missing after the newest rows are deleted', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qq-verify-cli-'));
    const dataDir = path.join(dir, 'db');
    const keyFile = path.join(dir, 'anchor', 'ed25519.pem');
    const database = await openDatabase({ dataDir });
    await database.migrate();
    await write(database.db, 0, 30);
    await sealAllPending(database.db, { anchor: fileAuditAnchor(keyFile), batch: 10 });
    await database.close();
    const env = { ...process.env, DATA_DIR: dataDir, AUDIT_ANCHOR_KEY_FILE: keyFile, DATABASE_URL: '' };
    const cli = () =>
      promisify(execFile)('npx', ['tsx', 'src/platform/audit/verify-cli.ts'], { env }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    const ok = await cli();
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Last signed seal: seq 30');

    const again = await openDatabase({ dataDir });
    await again.db.execute(sql`DELETE FROM audit_log WHERE seq > 27`);
    await again.db.execute(sql`DELETE FROM audit_seal WHERE seq > 27`);
    await again.close();
    const broken = await cli();
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('BROKEN at seq 28');
    expect(broken.out).toContain('sealed-rows-missing');
  }, 120_000);
});
