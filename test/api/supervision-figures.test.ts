import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, departmentByCode } from '../support/fixtures.js';
import { countInsertedVisits } from '../support/figures.js';
import { newId } from '../../src/platform/db/ids.js';
import { supervisionCases } from '../../src/supervision/schema.js';
import { inspections } from '../../src/inspections/schema.js';
import type { CaseSource, CaseStatus } from '../../src/supervision/schema.js';

/**
 * B3 — the figures on a hand-built fixture (March–April 2026, apart from the demo data), checked against the
 * hand computation:
 *
 *   case  dept     source               opened (China)  due (end of)  answered      closed        on time
 *   M1    market   hotline              03-02 09:00     03-09         03-05 09:00   03-06         yes   72 h
 *   M2    market   code-monitoring      03-10 09:00     03-17         03-20 09:00   03-21         no   240 h
 *   M3    market   manual               04-01 01:00     04-08         04-03 01:00   04-10         yes   48 h  (answered in time, closed later)
 *   M4    market   hotline              04-13 09:00     04-20         —             —             open, overdue
 *   E1    ecology  enterprise-feedback  03-03 09:00     03-10         03-04 09:00   03-04         yes   24 h
 *   E2    ecology  superior             04-14 09:00     04-21         04-15 09:00   —             answered
 *
 *   closed 4, on time 3 → 75 %; market 2 of 3, ecology 1 of 1; average handling (72+240+48+24)/4 = 96 h.
 */
let t: TestApp;
let sup: string, officer1: string, firm: string;
let market: string, ecology: string;

const cn = (local: string) => new Date(`${local}+08:00`);
const H = 3_600_000;

/** Signs the demo accounts in, in order. */
const signInAs = async <const N extends readonly string[]>(names: N) =>
  (await Promise.all(names.map((u) => t.login(u)))) as { -readonly [K in keyof N]: string };
beforeAll(async () => {
  t = await testApp();
  [sup, officer1, firm] = await signInAs(['supervisor', 'officer1', 'enterprise1'] as const);
  market = (await departmentByCode(t, 'WH-SCJG')).id;
  ecology = (await departmentByCode(t, 'WH-STHJ')).id;
  const opener = newId();
  const row = (
    no: string,
    departmentId: string,
    source: CaseSource,
    opened: string,
    dueDay: string,
    status: CaseStatus,
    answered?: string,
    closed?: string,
    onTime?: boolean,
  ) => ({
    id: newId(),
    caseNo: `FX-${no}`,
    source,
    signalKinds: [],
    departmentId,
    title: `测试督办 ${no}`,
    instructions: '测试',
    workingDays: 5,
    openedAt: cn(opened),
    openedBy: opener,
    dueDay,
    dueAt: cn(`${dueDay}T23:59:59.999`),
    status,
    answeredAt: answered ? cn(answered) : null,
    answerCount: answered ? 1 : 0,
    completedAt: closed && answered ? cn(answered) : null,
    closedAt: closed ? cn(closed) : null,
    closedOnTime: closed ? (onTime ?? null) : null,
    updatedAt: cn(opened),
  });
  await t.database.db
    .insert(supervisionCases)
    .values([
      row(
        'M1',
        market,
        'hotline',
        '2026-03-02T09:00:00',
        '2026-03-09',
        'closed',
        '2026-03-05T09:00:00',
        '2026-03-06T10:00:00',
        true,
      ),
      row(
        'M2',
        market,
        'code-monitoring',
        '2026-03-10T09:00:00',
        '2026-03-17',
        'closed',
        '2026-03-20T09:00:00',
        '2026-03-21T10:00:00',
        false,
      ),
      row(
        'M3',
        market,
        'manual',
        '2026-04-01T01:00:00',
        '2026-04-08',
        'closed',
        '2026-04-03T01:00:00',
        '2026-04-10T10:00:00',
        true,
      ),
      row('M4', market, 'hotline', '2026-04-13T09:00:00', '2026-04-20', 'open'),
      row(
        'E1',
        ecology,
        'enterprise-feedback',
        '2026-03-03T09:00:00',
        '2026-03-10',
        'closed',
        '2026-03-04T09:00:00',
        '2026-03-04T15:00:00',
        true,
      ),
      row('E2', ecology, 'superior', '2026-04-14T09:00:00', '2026-04-21', 'answered', '2026-04-15T09:00:00'),
    ]);

  // Inspections: X four times (two market, one ecology, one joint), Y twice (market), Z once (ecology); one revoked, not counted.
  const [x, y, z] = [await anyEnterprise(t, 30), await anyEnterprise(t, 31), await anyEnterprise(t, 32)];
  const visit = (
    enterpriseId: string,
    depts: string[],
    start: string,
    status: 'issued' | 'done' | 'revoked' = 'done',
  ) => ({
    id: newId(),
    enterpriseId,
    kind: 'planned' as const,
    leadDepartmentId: depts[0]!,
    departmentIds: depts,
    itemIds: [],
    officerIds: [],
    windowStart: cn(start),
    windowEnd: new Date(cn(start).getTime() + 4 * H),
    status,
    code: `TEST-${newId()}`,
    appliedBy: opener,
    approvedBy: opener,
    resultDueAt: new Date(cn(start).getTime() + 48 * H),
    ruleSetId: 'part-a',
    ruleSetVersion: 1,
    createdAt: cn(start),
  });
  const visits = await t.database.db
    .insert(inspections)
    .values([
      visit(x.id, [market], '2026-03-02T09:00:00'),
      visit(x.id, [market], '2026-03-09T09:00:00'),
      visit(x.id, [ecology], '2026-03-16T09:00:00'),
      visit(x.id, [market, ecology], '2026-03-23T09:00:00'),
      visit(x.id, [market], '2026-03-24T09:00:00', 'revoked'),
      visit(y.id, [market], '2026-04-06T09:00:00'),
      visit(y.id, [market], '2026-04-20T09:00:00'),
      visit(z.id, [ecology], '2026-04-21T09:00:00'),
    ])
    .returning({ enterpriseId: inspections.enterpriseId, id: inspections.id });
  await countInsertedVisits(t, visits);
});
afterAll(async () => t?.close());

const RANGE = 'from=2026-03-01T00:00:00%2B08:00&to=2026-05-01T00:00:00%2B08:00';
const figures = async (cookie: string, q = '') => {
  const r = await t.app.inject({ url: `/api/supervision/figures?${RANGE}${q}`, headers: { cookie } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

describe('supervision figures (B3)', () => {
  it('on-time completion rate and handling time equal the hand computation', async () => {
    const f = await figures(sup);
    expect(f.cases).toMatchObject({
      total: 6,
      closed: 4,
      closedOnTime: 3,
      onTimeRate: 0.75,
      averageHandlingHours: 96,
      overdue: 1,
    });
    expect(f.cases.byStatus).toEqual({ open: 1, answered: 1, returned: 0, closed: 4 });
    expect(f.cases.bySource).toEqual({
      'code-monitoring': 1,
      'enterprise-feedback': 1,
      hotline: 2,
      superior: 1,
      manual: 1,
    });
    const dept = (id: string) =>
      f.cases.byDepartment.find((d: { departmentId: string }) => d.departmentId === id);
    expect(dept(market)).toMatchObject({
      total: 4,
      closed: 3,
      closedOnTime: 2,
      onTimeRate: 2 / 3,
      overdue: 1,
      averageHandlingHours: 120,
    });
    expect(dept(ecology)).toMatchObject({
      total: 2,
      closed: 1,
      closedOnTime: 1,
      onTimeRate: 1,
      overdue: 0,
      averageHandlingHours: 24,
    });
  });

  it('trends by month and by week, in China time', async () => {
    const month = (await figures(sup)).trend;
    expect(month).toEqual([
      {
        period: '2026-03-01',
        casesOpened: 3,
        casesClosed: 3,
        casesClosedOnTime: 2,
        signals: 0,
        inspections: 4,
      },
      {
        period: '2026-04-01',
        casesOpened: 3,
        casesClosed: 1,
        casesClosedOnTime: 1,
        signals: 0,
        inspections: 3,
      },
    ]);
    const week = (await figures(sup, '&granularity=week')).trend;
    // Monday 2 March holds M1 and E1; M3 opened at 01:00 on 1 April China time (still 31 March in UTC).
    expect(week.find((w: { period: string }) => w.period === '2026-03-02')).toMatchObject({
      casesOpened: 2,
      inspections: 1,
    });
    expect(week.find((w: { period: string }) => w.period === '2026-03-30')).toMatchObject({ casesOpened: 1 });
  });

  it('inspections per department and per enterprise: repeat-inspection heat and the top enterprises', async () => {
    const i = (await figures(sup)).inspections;
    expect(i).toMatchObject({
      total: 7,
      enterprisesInspected: 3,
      perEnterprise: { '1': 1, '2': 1, '3': 0, '4+': 1 },
      repeatEnterprises: 2,
    });
    const per = (id: string) => i.perDepartment.find((d: { departmentId: string }) => d.departmentId === id);
    expect(per(market)).toMatchObject({ inspections: 5, enterprises: 2 });
    expect(per(ecology)).toMatchObject({ inspections: 3, enterprises: 2 });
    expect(
      i.topEnterprises.map((e: { inspections: number; departments: number }) => [
        e.inspections,
        e.departments,
      ]),
    ).toEqual([
      [4, 2],
      [2, 1],
      [1, 1],
    ]);
    expect(i.topEnterprises[0].byPeriod).toEqual({ '2026-03-01': 4 });
    expect(i.topEnterprises[1].byPeriod).toEqual({ '2026-04-01': 2 });
    expect(i.perDepartmentTrend).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ period: '2026-03-01', departmentId: market, inspections: 3 }),
        expect.objectContaining({ period: '2026-04-01', departmentId: market, inspections: 2 }),
      ]),
    );
  });

  it('filters by department; a department user sees only its own, an enterprise nothing', async () => {
    const eco = await figures(sup, `&departmentId=${ecology}`);
    expect(eco.cases).toMatchObject({ total: 2, closed: 1, onTimeRate: 1 });
    expect(eco.inspections).toMatchObject({ total: 3 });
    const own = await figures(officer1, `&departmentId=${ecology}`);
    expect(own.range.departmentId).toBe(market);
    expect(own.cases).toMatchObject({ total: 4, closed: 3, closedOnTime: 2 });
    expect(
      (await t.app.inject({ url: `/api/supervision/figures?${RANGE}`, headers: { cookie: firm } }))
        .statusCode,
    ).toBe(403);
  });

  it('exports the figures to Excel', async () => {
    const r = await t.app.inject({
      url: `/api/supervision/figures/export?${RANGE}`,
      headers: { cookie: sup },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('概览')!;
    const value = (label: string) => {
      let v: unknown;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) v = row.getCell(2).value;
      });
      return v;
    };
    expect(value('期限内办结率')).toBe(0.75);
    expect(value('平均办理时长（小时）')).toBe(96);
    expect(value('督办件总数')).toBe(6);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '概览',
      '按来源',
      '按状态',
      '按部门',
      '督办线索',
      '趋势',
      '重复检查分布',
      '检查最多的企业',
      '重复检查热度',
    ]);
  });
});
