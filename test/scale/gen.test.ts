import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, onPostgres } from '../support/database.js';
import { generate } from '../../scripts/gen/run.js';
import type { Database } from '../../src/platform/db/client.js';
import { systemCtx } from '../../src/platform/policy/actor.js';
import { sendExpiryReminders } from '../../src/drugs/send-expiry-reminders.js';
import { changingVisit } from '../../src/inspections/visit-changes.js';
import { foldVisitFigures } from '../../src/inspections/index.js';

/**
 * The province generator at a small size on PostgreSQL (it writes with COPY through pg): deterministic rows
 * that pass its own self-check, and dashboard aggregates equal to the live counts — the load rebuilds them
 * set-based; later writes reach them through change rows and the rollup.
 */
describe.runIf(onPostgres())('npm run gen (PostgreSQL)', () => {
  let db: Database & { url?: string };
  let summary: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    db = await testDatabase();
    summary = await generate({
      enterprises: 1500,
      inspections: 12_000,
      penalties: 1200,
      licences: 300,
      seed: 7,
      databaseUrl: db.url!,
      now: new Date('2026-11-27T00:00:00+08:00'),
      workers: 2,
      reset: false,
      log: () => undefined,
    });
  }, 240_000);
  afterAll(async () => db?.close());

  it('writes the sizes asked, every sampled code verifies and no enterprise breaks A3', () => {
    expect(summary.counts.enterprise).toBe(1500);
    expect(summary.counts.inspection).toBe(12_000);
    expect(summary.check.codesVerified).toBe(summary.check.codesSampled);
    expect(summary.check.a3Violations).toBe(0);
  });

  it('the dashboard aggregates hold every visit (codes ahead of the load’s now wait for their window), no trigger is left off, and a later revocation folds in', async () => {
    const [a] = await db.query<{ total: number; visits: number; n: number; ahead: number; evaluations: number }>(
      `SELECT (SELECT sum(total) FROM inspection_day_figures WHERE head)::int AS total,
              (SELECT sum(n) FROM inspection_enterprise_figures WHERE scope = '00000000-0000-0000-0000-000000000000')::int AS visits,
              (SELECT count(*) FROM inspection WHERE status <> 'revoked' AND window_start < '2026-11-27T00:00:00+08:00')::int AS n,
              (SELECT count(*) FROM inspection_figure_pending)::int AS ahead,
              (SELECT sum(evaluations) FROM inspection_day_figures)::int AS evaluations`,
    );
    expect(a!.total).toBe(12_000);
    expect(a!.visits).toBe(a!.n);
    expect(a!.ahead).toBeGreaterThan(0);
    expect(a!.evaluations).toBeGreaterThan(0);
    const [off] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'`,
    );
    expect(off!.n).toBe(0);
    // After the load, a write moves the figures as in the running product: between its change rows, then a fold.
    const [visit] = await db.query<{ enterpriseId: string; id: string }>(`SELECT enterprise_id AS "enterpriseId", id FROM inspection WHERE status = 'done' ORDER BY id LIMIT 1`);
    await changingVisit(db.db, visit!, () => db.query(`UPDATE inspection SET status = 'revoked' WHERE enterprise_id = $1 AND id = $2`, [visit!.enterpriseId, visit!.id]));
    await foldVisitFigures(db.db, new Date('2026-11-27T00:00:10+08:00'));
    const [b] = await db.query<{ visits: number }>(
      `SELECT sum(n)::int AS visits FROM inspection_enterprise_figures WHERE scope = '00000000-0000-0000-0000-000000000000'`,
    );
    expect(b!.visits).toBe(a!.n - 1);
  });

  it('writes the licences asked with their number rows, and the reminder sweep reminds exactly the ones in a window', async () => {
    expect(summary.counts.drug_licence).toBe(300);
    expect(summary.counts.drug_licence_number).toBe(300);
    const [due] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM drug_licence
        WHERE status IN ('valid', 'suspended') AND valid_until BETWEEN DATE '2026-11-27' AND DATE '2026-11-27' + 180`,
    );
    expect(due!.n).toBeGreaterThan(0);
    const swept = await sendExpiryReminders(db.db, systemCtx('gen-test', new Date('2026-11-27T02:00:00Z')));
    expect(swept.reminded).toBe(due!.n);
  });
});
