import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import { users } from '../../src/platform/auth/schema.js';
import { testApp, type TestApp } from '../support/app.js';
import { seedRevisitWork } from '../support/revisit-work.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { QUESTIONNAIRES, indicatorCodes } from '../../src/revisits/rules/questionnaire.js';

let t: TestApp;
let sup: string;
let officer1: string;
let officer1Team: string;
beforeAll(async () => {
  t = await testApp({ enterpriseCount: 40 });
  await seedRevisitWork(t, { perTeam: 5, at: new Date('2026-08-03T01:00:00Z') });
  sup = await t.login('supervisor');
  officer1 = await t.login('officer1');
  const [u] = await t.database.db.select().from(users).where(eq(users.username, 'officer1'));
  officer1Team = u!.teamId!;
  const draw = await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie: sup }, payload: { period: '2026H2', seed: 'work-test' } });
  expect(draw.statusCode).toBe(201);
});
afterAll(async () => t?.close());

const allYes = () => Object.fromEntries(indicatorCodes(QUESTIONNAIRES[0]!).map((c) => [c, 'yes']));
type Row = { id: string; workTeamId: string; assignedTeamId: string; status: string; enterpriseUscc: string };

async function list(cookie: string, query = ''): Promise<Row[]> {
  const r = await t.app.inject({ url: `/api/revisits${query}`, headers: { cookie } });
  expect(r.statusCode).toBe(200);
  return r.json().items;
}

/** Two pending revisits handed to officer1's team by the supervisor (never its own work). */
async function handToOfficer1(n: number): Promise<Row[]> {
  const rows = (await list(sup, '?status=pending')).filter((r) => r.workTeamId !== officer1Team).slice(0, n);
  for (const r of rows) {
    const own = await t.app.inject({ method: 'POST', url: `/api/revisits/${r.id}/assign`, headers: { cookie: sup }, payload: { teamId: r.workTeamId } });
    expect(own.statusCode).toBe(422);
    expect(own.json().code).toBe('revisit-own-team');
    const ok = await t.app.inject({ method: 'POST', url: `/api/revisits/${r.id}/assign`, headers: { cookie: sup }, payload: { teamId: officer1Team } });
    expect(ok.statusCode).toBe(200);
  }
  return rows;
}

// One round's story in its steps: the figures, the follow-up and the audit read the two revisits recorded before them.
describe('revisits: staff by phone, the enterprise online, the supervisor follows (G1, G3, G6)', { shuffle: false }, () => {
  it('the staff see only their team’s revisits, record one by phone with the questionnaire; problems come from “no” answers', async () => {
    expect(officer1Team).toBeTruthy();
    const [r] = await handToOfficer1(1);
    const mine = await list(officer1);
    expect(mine.length).toBeGreaterThan(0);
    for (const m of mine) {
      expect(m.assignedTeamId).toBe(officer1Team);
      expect(m.workTeamId).not.toBe(officer1Team);
    }
    const officer3 = await t.login('officer3');
    expect((await t.app.inject({ url: `/api/revisits/${r!.id}`, headers: { cookie: officer3 } })).statusCode).toBe(404);
    const firm = await t.login('enterprise1');
    expect((await t.app.inject({ url: '/api/revisits', headers: { cookie: firm } })).statusCode).toBe(403);

    const detail = (await t.app.inject({ url: `/api/revisits/${r!.id}`, headers: { cookie: officer1 } })).json();
    expect(detail.questionnaire.standards).toHaveLength(8);
    expect(detail.questionnaire.phoneScript.zh).toContain('回访');
    expect(detail.enterprise.uscc).toBe(r!.enterpriseUscc);

    const answers = { ...allYes(), 'S3.1': 'no' };
    const noCall = await t.app.inject({ method: 'POST', url: `/api/revisits/${r!.id}/record`, headers: { cookie: officer1 }, payload: { channel: 'phone', answers, satisfied: false } });
    expect(noCall.statusCode).toBe(422);
    expect(noCall.json().code).toBe('revisit-call-required');
    const partial = await t.app.inject({ method: 'POST', url: `/api/revisits/${r!.id}/record`, headers: { cookie: officer1 }, payload: { channel: 'on-site', answers: { 'S1.1': 'yes' }, satisfied: true } });
    expect(partial.json().code).toBe('revisit-answers-incomplete');
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/revisits/${r!.id}/record`,
      headers: { cookie: officer1 },
      payload: { channel: 'phone', answers, satisfied: false, comment: '检查人员接受了企业宴请', problems: ['检查后未告知结果'], call: { phone: '0553-1234567', contact: '王经理', outcome: 'reached', minutes: 6 } },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ id: r!.id, status: 'done', problems: 2 });
    const again = await t.app.inject({ method: 'POST', url: `/api/revisits/${r!.id}/record`, headers: { cookie: officer1 }, payload: { channel: 'on-site', answers, satisfied: true } });
    expect(again.statusCode).toBe(409);
  });

  it('the enterprise answers online through a signed one-time link, without signing in', async () => {
    const [r] = await handToOfficer1(1);
    const issued = await t.app.inject({ method: 'POST', url: `/api/revisits/${r!.id}/link`, headers: { cookie: officer1 } });
    expect(issued.statusCode).toBe(201);
    const { token, url } = issued.json();
    expect(url).toContain(`/r/${token}`);
    const open = await t.app.inject({ url: `/api/revisits/online/${token}` });
    expect(open.statusCode).toBe(200);
    expect(open.json().questionnaire.standards).toHaveLength(8);
    // Altered: refused, the same way as used or unknown.
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect((await t.app.inject({ url: `/api/revisits/online/${tampered}` })).statusCode).toBe(404);
    const forged = token.replace(/^[0-9a-f]/, (c: string) => (c === '0' ? '1' : '0'));
    expect((await t.app.inject({ url: `/api/revisits/online/${forged}` })).json().code).toBe('revisit-link-invalid');
    const submit = await t.app.inject({ method: 'POST', url: `/api/revisits/online/${token}`, payload: { answers: allYes(), satisfied: true, comment: '执法人员很规范' } });
    expect(submit.statusCode).toBe(200);
    const reuse = await t.app.inject({ method: 'POST', url: `/api/revisits/online/${token}`, payload: { answers: allYes(), satisfied: false } });
    expect(reuse.statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/revisits/online/${token}` })).statusCode).toBe(404);
    const detail = (await t.app.inject({ url: `/api/revisits/${r!.id}`, headers: { cookie: sup } })).json();
    expect(detail).toMatchObject({ status: 'done', channel: 'online', satisfied: true });
  });

  it('figures move; the supervisor follows a problem up; next round’s ratio rises for the weaker team', async () => {
    const f = (await t.app.inject({ url: '/api/revisits/figures?period=2026H2', headers: { cookie: sup } })).json();
    expect(f.done).toBe(2);
    expect(f.enterprisesRevisited).toBeGreaterThanOrEqual(1);
    expect(f.satisfaction).toBe(0.5);
    expect(f.problems).toEqual({ found: 2, followedUp: 0 });
    expect(f.byChannel).toEqual({ phone: 1, online: 1 });
    expect(f.byStandard.find((s: { code: string }) => s.code === 'S3').rate).toBeLessThan(1);
    expect(f.trend.find((x: { period: string }) => x.period === '2026H2').revisited).toBe(2);

    const done = (await list(sup, '?status=done')).find((r) => r.status === 'done' && (r as unknown as { problems: number }).problems === 2)!;
    const fu = await t.app.inject({ method: 'POST', url: `/api/revisits/${done.id}/problems/1/follow-up`, headers: { cookie: sup }, payload: { note: '已转督办，责令整改' } });
    expect(fu.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/api/revisits/${done.id}/problems/9/follow-up`, headers: { cookie: sup }, payload: { note: 'x' } })).statusCode).toBe(404);
    const f2 = (await t.app.inject({ url: '/api/revisits/figures?period=2026H2', headers: { cookie: sup } })).json();
    expect(f2.problems.followedUp).toBe(1);

    const ratios = (await t.app.inject({ url: '/api/revisits/ratios?period=2027H1', headers: { cookie: sup } })).json();
    expect(ratios.basedOn).toBe('2026H2');
    const weak = ratios.items.find((x: { teamId: string }) => x.teamId === done.workTeamId);
    expect(weak.ratio).toBeGreaterThan(0.2);
    expect(weak.reasons.map((x: { code: string }) => x.code)).toContain('many-problems');
  });

  it('audits every write', async () => {
    const actions = ['revisit.draw', 'revisit.assign', 'revisit.record', 'revisit.issue-link', 'revisit.answer-online', 'revisit.follow-up'];
    const found = await t.database.db.select({ action: auditLog.action }).from(auditLog).where(inArray(auditLog.action, actions));
    expect(new Set(found.map((a) => a.action))).toEqual(new Set(actions));
  });
});

describe('revisits: the watch list (G6)', () => {
  it('the watch list explains every score by its parts and exports as Excel', async () => {
    const w = await t.app.inject({ url: '/api/revisits/watch-list?period=2026H2', headers: { cookie: sup } });
    expect(w.statusCode).toBe(200);
    const list = w.json();
    expect(list.enterprises.length).toBeGreaterThan(0);
    expect(list.teams.length).toBeGreaterThan(0);
    for (const row of [...list.enterprises, ...list.teams]) {
      expect(row.parts.length).toBeGreaterThan(0);
      const sum = row.parts.reduce((n: number, p: { points: number; count: number; weight: number }) => {
        expect(p.points).toBeCloseTo(p.count * p.weight, 5);
        return n + p.points;
      }, 0);
      expect(row.score).toBeCloseTo(sum, 5);
    }
    expect(list.enterprises.some((e: { parts: { code: string }[] }) => e.parts.some((p) => p.code === 'complaints'))).toBe(true);
    const x = await t.app.inject({ url: '/api/revisits/watch-list/export?period=2026H2', headers: { cookie: sup } });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(list.enterprises.length + 1);
    expect(String(sheet.getRow(2).getCell(5).value)).toContain('=');
    expect((await t.app.inject({ url: '/api/revisits/watch-list', headers: { cookie: officer1 } })).statusCode).toBe(403);
    const exports = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'revisit.export-watch-list'));
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ actorName: 'supervisor', outcome: 'ok' });
  });
});
