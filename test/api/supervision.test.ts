import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, departmentByCode, makeItem, officerIdOf } from '../support/fixtures.js';
import { raiseSignal } from '../../src/supervision/raise-signal.js';
import { signals } from '../../src/supervision/schema.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { win } from '../support/time.js';

/** B1 — the signal inbox: A9 alerts arrive with no human step, filters, counts, bulk dismiss and open-cases. */
let t: TestApp;
let sup: string, officer1: string, officer3: string, firm: string, admin: string;
let marketItem: string, ecologyItem: string;
let o1: string, o2: string, o3: string, o4: string;
let market: string, ecology: string;

const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
const post = (url: string, cookie: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });

/** Signs the demo accounts in, in order. */
const signInAs = async <const N extends readonly string[]>(names: N) =>
  (await Promise.all(names.map((u) => t.login(u)))) as { -readonly [K in keyof N]: string };
beforeAll(async () => {
  t = await testApp();
  [sup, officer1, officer3, firm, admin] = await signInAs([
    'supervisor',
    'officer1',
    'officer3',
    'enterprise1',
    'admin',
  ] as const);
  marketItem = await makeItem(t, 'WH-SCJG');
  ecologyItem = await makeItem(t, 'WH-STHJ');
  [o1, o2, o3, o4] = (await Promise.all(
    ['officer1', 'officer2', 'officer3', 'officer4'].map((u) => officerIdOf(t, u)),
  )) as [string, string, string, string];
  market = (await departmentByCode(t, 'WH-SCJG')).id;
  ecology = (await departmentByCode(t, 'WH-STHJ')).id;
});
afterAll(async () => t?.close());

describe('A9 — frequency alerts reach the inbox with no human step', () => {
  it('three inspections of one enterprise within 7 days raise one frequency-7d signal; a fourth raises no second', async () => {
    const e = await anyEnterprise(t, 10);
    const inbox = async () =>
      (await get(`/api/supervision/signals?enterpriseUscc=${e.uscc}&kind=frequency-7d`, sup)).json() as {
        items: Record<string, unknown>[];
        total: number;
      };
    const apply = (i: number, days: number) =>
      post('/api/inspections', i % 2 ? officer3 : officer1, {
        enterpriseUscc: e.uscc,
        kind: 'triggered',
        trigger: 'complaint',
        itemIds: [i % 2 ? ecologyItem : marketItem],
        officerIds: i % 2 ? [o3, o4] : [o1, o2],
        window: win(t, days),
      });
    const ids: string[] = [];
    for (const [i, days] of [0, 2, 4].entries()) {
      const r = await apply(i, days);
      expect(r.statusCode).toBe(201);
      ids.push(r.json().id);
      if (i < 2) expect((await inbox()).total).toBe(0);
    }
    const after3 = await inbox();
    expect(after3.total).toBe(1);
    const s = after3.items[0]!;
    expect(s).toMatchObject({
      kind: 'frequency-7d',
      source: 'code-monitoring',
      severity: 'high',
      status: 'open',
      enterprise: { id: e.id, uscc: e.uscc, file: `/api/enterprises/${e.uscc}` },
      inspection: { id: ids[2], link: `/api/inspections/${ids[2]}` },
      detail: { count: 3, days: 7, max: 2 },
    });
    // The contract's alerts endpoint shows the same signal, in the same shape.
    const alerts = (
      await get(`/api/supervision/alerts?enterpriseUscc=${e.uscc}&kind=frequency-7d`, sup)
    ).json();
    expect(alerts.total).toBe(1);
    expect(alerts.items[0]).toMatchObject({
      id: s.id,
      kind: 'frequency-7d',
      severity: 'high',
      status: 'open',
      inspectionId: ids[2],
      enterprise: { id: e.id },
    });

    const fourth = await apply(3, 5);
    expect(fourth.statusCode).toBe(201);
    expect((await inbox()).total).toBe(1);
    // The fourth visit in 30 days is another rule (A9, > 3 in 30 days): its own signal.
    const thirty = (
      await get(`/api/supervision/signals?enterpriseUscc=${e.uscc}&kind=frequency-30d`, sup)
    ).json();
    expect(thirty.total).toBe(1);
  });
});

describe('the inbox', () => {
  /**
   * Four signals of two enterprises (from the `index`-th), raised in August and September of `year`: each test
   * raises its own set, so that the tests pass in any order.
   */
  async function fourSignals(year: number, index: number) {
    const a = await anyEnterprise(t, index);
    const b = await anyEnterprise(t, index + 1);
    const raised: Record<'complaint' | 'rating' | 'late' | 'late2', string> = { complaint: '', rating: '', late: '', late2: '' };
    const db = t.database.db;
    const mk = async (key: keyof typeof raised, s: Omit<Parameters<typeof raiseSignal>[2], 'dedupeKey'>, day: string) => {
      const dedupeKey = `test:${year}:${key}`;
      expect(await raiseSignal(db, new Date(`${year}-${day}T02:00:00Z`), { ...s, dedupeKey })).toBe(true);
      const [row] = await db.select({ id: signals.id }).from(signals).where(eq(signals.dedupeKey, dedupeKey));
      raised[key] = row!.id;
    };
    await mk('complaint', { kind: 'complaint', severity: 'high', enterpriseId: a.id, departmentId: market, detail: { x: 1 } }, '08-05');
    await mk('rating', { kind: 'low-rating', severity: 'medium', enterpriseId: b.id, departmentId: ecology, detail: {} }, '08-20');
    await mk('late', { kind: 'late-result', severity: 'low', enterpriseId: a.id, departmentId: market, detail: {} }, '09-01');
    await mk('late2', { kind: 'late-result', severity: 'low', enterpriseId: b.id, departmentId: ecology, detail: {} }, '09-02');
    return { a, b, raised, range: `from=${year}-08-01T00:00:00Z&to=${year}-09-10T00:00:00Z` };
  }

  it('de-duplicates: the same cause raises one signal', async () => {
    const { a } = await fourSignals(2021, 20);
    const again = await raiseSignal(t.database.db, t.clock.now, {
      kind: 'complaint',
      severity: 'high',
      dedupeKey: 'test:2021:complaint',
      enterpriseId: a.id,
      detail: {},
    });
    expect(again).toBe(false);
    expect(
      await t.database.db.select().from(signals).where(eq(signals.dedupeKey, 'test:2021:complaint')),
    ).toHaveLength(1);
  });

  it('filters by kind, severity, department, enterprise, source and date range', async () => {
    const { a, b, raised, range } = await fourSignals(2022, 22);
    const ids = async (q: string) =>
      ((await get(`/api/supervision/signals?${q}`, sup)).json().items as { id: string }[])
        .map((s) => s.id)
        .sort();
    expect(await ids(`kind=late-result&${range}`)).toEqual(
      [raised.late, raised.late2].sort(),
    );
    expect(await ids(`severity=high&enterpriseUscc=${a.uscc}&${range}`)).toEqual([raised.complaint]);
    expect(await ids(`departmentId=${ecology}&${range}`)).toEqual(
      [raised.rating, raised.late2].sort(),
    );
    expect(await ids(`source=enterprise-feedback&${range}`)).toEqual(
      [raised.complaint, raised.rating].sort(),
    );
    expect(await ids(`enterpriseId=${b.id}&from=2022-08-15T00:00:00Z&to=2022-08-25T00:00:00Z`)).toEqual([
      raised.rating,
    ]);
    const bad = await get('/api/supervision/signals?kind=nonsense', sup);
    expect(bad.statusCode).toBe(422);
  });

  it('counts by kind, with the open ones', async () => {
    const { range } = await fourSignals(2023, 24);
    const c = (await get(`/api/supervision/signals/counts?${range}`, sup)).json();
    expect(c.byKind).toEqual({
      complaint: { total: 1, open: 1 },
      'low-rating': { total: 1, open: 1 },
      'late-result': { total: 2, open: 2 },
    });
    expect(c).toMatchObject({
      total: 4,
      open: 4,
      bySeverity: { high: 1, medium: 1, low: 2 },
      bySource: { 'enterprise-feedback': 2, 'code-monitoring': 2 },
    });
  });

  it('is for supervisors (and administrators to read): officers, enterprises and integration keys are refused', async () => {
    expect((await get('/api/supervision/signals', admin)).statusCode).toBe(200);
    expect((await get('/api/supervision/signals', officer1)).statusCode).toBe(403);
    expect((await get('/api/supervision/signals', firm)).statusCode).toBe(403);
    expect((await get('/api/supervision/alerts', firm)).statusCode).toBe(403);
    const key = await t.app.inject({
      url: '/api/supervision/signals',
      headers: { 'x-api-key': 'qinqing-demo-key' },
    });
    expect(key.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/supervision/signals' })).statusCode).toBe(401);
  });

  it('dismisses open signals in bulk with a reason (audited); handled ones are skipped', async () => {
    const { a, raised } = await fourSignals(2024, 26);
    const r = await post('/api/supervision/signals/dismiss', sup, {
      signalIds: [raised.late, raised.late2],
      reason: '系统时钟偏差导致，已核实按时上传',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ dismissed: [raised.late, raised.late2].sort(), skipped: [] });
    const row = (
      await get(`/api/supervision/signals?kind=late-result&status=dismissed&enterpriseUscc=${a.uscc}`, sup)
    ).json().items[0];
    expect(row).toMatchObject({
      id: raised.late,
      status: 'dismissed',
      dismissReason: '系统时钟偏差导致，已核实按时上传',
    });
    const again = await post('/api/supervision/signals/dismiss', sup, {
      signalIds: [raised.late],
      reason: '重复',
    });
    expect(again.json()).toMatchObject({
      dismissed: [],
      skipped: [{ id: raised.late, reason: 'dismissed' }],
    });
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'supervision.signal.dismiss'), eq(auditLog.targetId, raised.late!)));
    expect(audits).toHaveLength(1);
    expect(
      (
        await post('/api/supervision/signals/dismiss', officer1, {
          signalIds: [raised.rating],
          reason: '无关',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await post('/api/supervision/signals/dismiss', sup, { signalIds: [raised.rating], reason: '' }))
        .statusCode,
    ).toBe(422);
  });

  it('opens cases from several signals: all or none', async () => {
    const { raised, range } = await fourSignals(2025, 28);
    // Two departments and no department named: refused, and nothing changes.
    const mixed = await post('/api/supervision/signals/open-cases', sup, {
      signalIds: [raised.complaint, raised.rating],
      mode: 'together',
      instructions: '请核查并反馈',
    });
    expect(mixed.statusCode).toBe(422);
    expect(mixed.json().code).toBe('case-department-required');
    expect(
      (
        await get(
          `/api/supervision/signals?status=open&${range}`,
          sup,
        )
      ).json().total,
    ).toBe(4);

    const r = await post('/api/supervision/signals/open-cases', sup, {
      signalIds: [raised.complaint, raised.rating],
      mode: 'each',
      instructions: '请核查并在期限内反馈',
      workingDays: 5,
    });
    expect(r.statusCode).toBe(201);
    const cases = r.json().cases as { id: string; departmentId: string }[];
    expect(cases.map((c) => c.departmentId).sort()).toEqual([market, ecology].sort());
    const opened = (
      await get(
        `/api/supervision/signals?status=case-opened&${range}`,
        sup,
      )
    ).json().items as { id: string; caseId: string }[];
    expect(opened.map((s) => s.caseId).sort()).toEqual(cases.map((c) => c.id).sort());
    // Handled signals cannot make another case.
    const twice = await post('/api/supervision/cases', sup, {
      signalIds: [raised.complaint],
      instructions: '再次督办',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'signal-not-open', signalId: raised.complaint });
    const counts = (await get(`/api/supervision/signals/counts?${range}`, sup)).json();
    expect(counts).toMatchObject({ open: 2, byStatus: { 'case-opened': 2, open: 2 } });
  });
});
