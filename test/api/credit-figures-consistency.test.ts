/**
 * Issue 16, item 9 "done when": every figure on the credit figures page (信用统计) is consistent with the others —
 * a subset never exceeds its set — on the demo data, in the year shown and the year before, and on a hand-made
 * history whose numbers are worked out here. The case that broke it: subjects spared 多头修复 counted over every
 * year's deliveries while "subjects repaired" counted this year's repairs only, so spared exceeded repaired.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, departmentByCode } from '../support/fixtures.js';
import { handMadeCredit } from '../support/credit-history.js';
import { newId } from '../../src/platform/db/ids.js';
import { outbox } from '../../src/platform/outbox/schema.js';
import { penaltyRecords } from '../../src/credit/schema.js';
import { REPAIR_TOPIC } from '../../src/credit/deliveries.js';

interface Side {
  subjects: number;
  records: number;
  automatic: number;
  onApplication: number;
}
interface Figures {
  year: number;
  repaired: Side & { previousYear: Side; subjectsYoY: number | null; recordsYoY: number | null };
  publicityStopped: { subjects: number; records: number; previousYear: { subjects: number; records: number } };
  review: { decided: number; averageHours: number | null; averageWorkingDays: number | null; decidedLate: number; pending: number; awaitingProof: number; overdue: number };
  deliveries: { platform: string; status: string; count: number }[];
  multiPlatformSpared: { subjects: number; records: number };
  activeRecords: number;
}

/** Every relation between the figures the page shows side by side. */
function expectConsistent(f: Figures, label: string) {
  const sides: [string, Side][] = [
    ['this year', f.repaired],
    ['the year before', f.repaired.previousYear],
  ];
  for (const [name, s] of sides) {
    // A subject repaired has at least one record repaired; each record is repaired one way.
    expect(s.subjects, `${label}: subjects repaired ≤ records repaired (${name})`).toBeLessThanOrEqual(s.records);
    expect(s.automatic + s.onApplication, `${label}: automatic + on application = records repaired (${name})`).toBe(s.records);
    expect(s.subjects === 0, `${label}: no subject repaired exactly when no record was (${name})`).toBe(s.records === 0);
  }
  const spared = f.multiPlatformSpared;
  expect(spared.subjects, `${label}: subjects spared 多头修复 ≤ subjects repaired`).toBeLessThanOrEqual(f.repaired.subjects);
  expect(spared.records, `${label}: records spared ≤ records repaired`).toBeLessThanOrEqual(f.repaired.records);
  expect(spared.subjects, `${label}: subjects spared ≤ records spared`).toBeLessThanOrEqual(spared.records);
  // Each record spared reached two platforms or more, each a delivered delivery.
  const delivered = f.deliveries.filter((d) => d.status === 'delivered').reduce((n, d) => n + d.count, 0);
  expect(delivered, `${label}: deliveries delivered ≥ 2 × records spared`).toBeGreaterThanOrEqual(2 * spared.records);
  for (const stop of [f.publicityStopped, f.publicityStopped.previousYear]) {
    expect(stop.subjects, `${label}: subjects whose publicity stopped ≤ their records`).toBeLessThanOrEqual(stop.records);
  }
  expect(f.review.decidedLate, `${label}: decided late ≤ decided`).toBeLessThanOrEqual(f.review.decided);
  expect(f.review.overdue, `${label}: overdue ≤ pending`).toBeLessThanOrEqual(f.review.pending);
  expect(f.review.averageHours === null, `${label}: an average review time exactly when something was decided`).toBe(f.review.decided === 0);
  const yoy = (now: number, before: number) => (before > 0 ? Math.round(((now - before) / before) * 1000) / 10 : null);
  expect(f.repaired.subjectsYoY, `${label}: subjects year on year`).toBe(yoy(f.repaired.subjects, f.repaired.previousYear.subjects));
  expect(f.repaired.recordsYoY, `${label}: records year on year`).toBe(yoy(f.repaired.records, f.repaired.previousYear.records));
  // One row per platform and status that has deliveries: none empty, none twice.
  expect(f.deliveries.every((d) => Number.isInteger(d.count) && d.count > 0), `${label}: no empty delivery group`).toBe(true);
  expect(new Set(f.deliveries.map((d) => `${d.platform}/${d.status}`)).size, `${label}: each platform and status once`).toBe(f.deliveries.length);
  expect(Number.isInteger(f.activeRecords), `${label}: active records counted`).toBe(true);
}

let t: TestApp;
let credit: string;
const figures = async (year?: number): Promise<Figures> => {
  const res = await t.app.inject({ url: `/api/credit/figures${year ? `?year=${year}` : ''}`, headers: { cookie: credit } });
  expect(res.statusCode).toBe(200);
  return res.json() as Figures;
};

beforeAll(async () => {
  // The demo city as `npm start` seeds it, with its history of repairs and deliveries, on 27 November 2026.
  t = await testApp({ history: true });
  credit = await t.login('credit');
});
afterAll(async () => t?.close());

describe('credit figures are consistent with each other', () => {
  it('on the demo data, this year and the years before', async () => {
    const f = await figures();
    expect(f.repaired.records).toBeGreaterThan(0);
    expect(f.multiPlatformSpared.subjects).toBeGreaterThan(0);
    expectConsistent(f, `demo ${f.year}`);
    for (const year of [f.year - 1, f.year - 2]) expectConsistent(await figures(year), `demo ${year}`);
  });

  it('on a hand-made history: only this year’s repairs that reached two platforms count as spared', async () => {
    const base = await figures(2026);
    const cn = (s: string) => new Date(`${s}+08:00`);
    const market = (await departmentByCode(t, 'WH-SCJG')).id;
    const firm = await anyEnterprise(t, 0);
    const credit = await handMadeCredit(t, { tag: 'FIGS', label: '核对', firm, departmentId: market });
    const [s1, s2, s3] = [await credit.subject(1), await credit.subject(2), await credit.subject(3)] as [string, string, string];
    const lastYear = credit.penalty(s1, { repairedAt: '2025-06-01T10:00:00', how: 'automatic' }); // repaired a year ago, reached all three platforms
    const twoPlatforms = credit.penalty(s2, { repairedAt: '2026-05-01T10:00:00', how: 'application', autoRepair: false }); // this year, two platforms: spared
    const onePlatform = credit.penalty(s3, { repairedAt: '2026-07-01T10:00:00', how: 'automatic' }); // this year, one platform delivered, one dead: not spared
    const published = credit.penalty(s3); // still published: its (stop) messages are no repair
    await t.database.db.insert(penaltyRecords).values([lastYear, twoPlatforms, onePlatform, published]);
    const message = (recordId: string, platform: string, status: 'delivered' | 'dead' | 'pending', action = 'repair') => ({
      id: newId(),
      topic: REPAIR_TOPIC,
      destination: platform,
      idempotencyKey: `figures-check:${recordId}:${platform}:${action}`,
      payload: { action, recordId },
      status,
      nextAttemptAt: cn('2026-07-01T10:00:00'),
      createdAt: cn('2026-07-01T10:00:00'),
      deliveredAt: status === 'delivered' ? cn('2026-07-01T10:05:00') : null,
    });
    await t.database.db.insert(outbox).values([
      ...['credit-china', 'gsxt', 'industry'].map((p) => message(lastYear.id, p, 'delivered')),
      message(twoPlatforms.id, 'credit-china', 'delivered'),
      message(twoPlatforms.id, 'gsxt', 'delivered'),
      message(twoPlatforms.id, 'industry', 'pending'),
      message(onePlatform.id, 'credit-china', 'delivered'),
      message(onePlatform.id, 'gsxt', 'dead'),
      message(published.id, 'credit-china', 'delivered', 'stop-publicity'),
      message(published.id, 'gsxt', 'delivered', 'stop-publicity'),
    ]);

    const f = await figures(2026);
    expectConsistent(f, 'hand-made 2026');
    expectConsistent(await figures(2025), 'hand-made 2025');
    // This year: s2 and s3 repaired (one record each); only s2's repair reached two platforms.
    expect(f.repaired.subjects - base.repaired.subjects).toBe(2);
    expect(f.repaired.records - base.repaired.records).toBe(2);
    expect(f.multiPlatformSpared.subjects - base.multiPlatformSpared.subjects).toBe(1);
    expect(f.multiPlatformSpared.records - base.multiPlatformSpared.records).toBe(1);
    // A year ago, the same stretch: s1's repair, spared in 2025's figures and not in 2026's.
    expect(f.repaired.previousYear.records - base.repaired.previousYear.records).toBe(1);
    const delivered = (x: Figures) => x.deliveries.filter((d) => d.status === 'delivered').reduce((n, d) => n + d.count, 0);
    expect(delivered(f) - delivered(base)).toBe(8);
  });
});
