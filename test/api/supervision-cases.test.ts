import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { catchUpFigures } from '../support/figures.js';
import { departmentByCode, enterpriseOf, makeItem, officerIdOf } from '../support/fixtures.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { outbox } from '../../src/platform/outbox/schema.js';
import { deliverDue } from '../../src/platform/outbox/deliver-due.js';
import { hotlineTickets } from '../../src/hotline/schema.js';
import { loggedNotifications } from '../../src/notifications/senders.js';
import { storedFiles } from '../../src/files/schema.js';
import { DAY } from '../support/time.js';
import { multipart, type FormPart } from '../support/multipart.js';

/** B2 — cases (督办件): open from a signal, answer with evidence, return, answer again, close; policy; deadlines. */
let t: TestApp;
let sup: string,
  officer1: string,
  officer2: string,
  officer3: string,
  marketAdmin: string,
  ecologyAdmin: string,
  firm: string,
  admin: string;
let market: string, ecology: string;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('evidence-photo'),
]);
const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
const del = (url: string, cookie: string) => t.app.inject({ method: 'DELETE', url, headers: { cookie } });
const post = (url: string, cookie: string, payload?: unknown) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const answer = (id: string, cookie: string, text: string, files: FormPart[] = []) => {
  const m = multipart([{ name: 'text', data: text }, ...files]);
  return t.app.inject({
    method: 'POST',
    url: `/api/supervision/cases/${id}/answer`,
    headers: { cookie, ...m.headers },
    payload: m.payload,
  });
};
const figures = async () => {
  await catchUpFigures(t);
  return (await get('/api/supervision/figures', sup)).json();
};

/** Signs the demo accounts in, in order. */
const signInAs = async <const N extends readonly string[]>(names: N) =>
  (await Promise.all(names.map((u) => t.login(u)))) as { -readonly [K in keyof N]: string };
/** Sessions time out when idle: after moving the clock, everyone signs in again. */
async function signIn() {
  [sup, officer1, officer2, officer3, marketAdmin, ecologyAdmin, firm, admin] = await signInAs([
    'supervisor',
    'officer1',
    'officer2',
    'officer3',
    'market_admin',
    'ecology_admin',
    'enterprise1',
    'admin',
  ] as const);
}
async function advance(ms: number) {
  t.clock.advance(ms);
  await signIn();
}
async function setClock(iso: string | Date) {
  t.clock.set(iso);
  await signIn();
}

beforeAll(async () => {
  t = await testApp();
  await signIn();
  market = (await departmentByCode(t, 'WH-SCJG')).id;
  ecology = (await departmentByCode(t, 'WH-STHJ')).id;
});
afterAll(async () => t?.close());
// Tests run in any order: each starts at the file's clock, whatever the one before set it to.
const START = new Date('2026-11-27T02:00:00Z').getTime();
afterEach(async () => {
  if (t && t.clock.now.getTime() !== START) await setClock(new Date(START));
});

describe('the case flow', () => {
  it('open from a complaint signal → the department answers with a file → returned → answered again → closed → the figures move', async () => {
    // An enterprise complains about a visit (A8): a signal, no human step.
    const e = await enterpriseOf(t, 'enterprise1');
    const item = await makeItem(t, 'WH-SCJG');
    const [o1, o2] = [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')];
    const start = new Date(t.clock.now.getTime() - 3_600_000);
    const visit = await post('/api/inspections', officer1, {
      enterpriseUscc: e.uscc,
      kind: 'triggered',
      trigger: 'complaint',
      itemIds: [item],
      officerIds: [o1, o2],
      window: { start: start.toISOString(), end: new Date(start.getTime() + 6 * 3_600_000).toISOString() },
    });
    expect(visit.statusCode).toBe(201);
    expect(
      (
        await post(`/api/inspections/${visit.json().id}/complaint`, firm, {
          category: 'misconduct',
          content: '检查人员态度粗暴，未说明检查依据',
        })
      ).statusCode,
    ).toBe(201);
    const signal = (await get(`/api/supervision/signals?kind=complaint&enterpriseUscc=${e.uscc}`, sup)).json()
      .items[0];
    expect(signal).toMatchObject({ status: 'open', source: 'enterprise-feedback', departmentId: market });

    const before = await figures();

    // The supervisor opens a case from it: the department is the signal's, the deadline 5 working days on.
    const opened = await post('/api/supervision/cases', sup, {
      signalIds: [signal.id],
      instructions: '请核查检查人员执法行为是否规范，并向企业反馈。',
      workingDays: 5,
    });
    expect(opened.statusCode).toBe(201);
    const c = opened.json();
    expect(c).toMatchObject({ departmentId: market, status: 'open', dueDay: '2026-12-04' }); // Fri 27 Nov + 5 working days
    expect(c.caseNo).toMatch(/^DB2026-\d{5}$/);

    // The department is told (in-app); the signal is linked.
    const note = (await get('/api/notifications', officer1)).json();
    expect(
      note.items.find(
        (n: { kind: string; targetId: string }) => n.kind === 'case-opened' && n.targetId === c.id,
      ),
    ).toMatchObject({ text: expect.stringContaining(c.caseNo) });
    expect(
      (await get(`/api/supervision/signals?kind=complaint&enterpriseUscc=${e.uscc}`, sup)).json().items[0],
    ).toMatchObject({ status: 'case-opened', caseId: c.id });

    // Only the department answers; the supervisor cannot, another department does not even see it.
    expect((await answer(c.id, sup, '越权反馈')).statusCode).toBe(403);
    expect((await answer(c.id, officer3, '越权反馈')).statusCode).toBe(404);
    expect((await answer(c.id, officer1, '')).statusCode).toBe(422);
    // An executable is not evidence.
    expect(
      (
        await answer(c.id, officer1, '已核查', [
          {
            name: 'file',
            filename: 'x.exe',
            contentType: 'application/octet-stream',
            data: Buffer.from('MZ\x90\x00binary'),
          },
        ])
      ).statusCode,
    ).toBe(415);

    await advance(DAY);
    const a1 = await answer(c.id, officer1, '已约谈相关执法人员，并向企业当面说明检查依据。', [
      { name: 'file', filename: '约谈记录.png', contentType: 'image/png', data: PNG },
    ]);
    expect(a1.statusCode).toBe(200);
    expect(a1.json()).toMatchObject({ status: 'answered', files: [expect.any(String)] });
    const fileId = a1.json().files[0];
    // Answered twice? Not until returned.
    expect((await answer(c.id, officer2, '补充')).statusCode).toBe(409);

    // The supervisor was told, and returns it with reasons.
    expect(
      (await get('/api/notifications?unread=true', sup))
        .json()
        .items.some(
          (n: { kind: string; targetId: string }) => n.kind === 'case-answered' && n.targetId === c.id,
        ),
    ).toBe(true);
    expect(
      (await post(`/api/supervision/cases/${c.id}/return`, officer1, { reason: '自己退回' })).statusCode,
    ).toBe(403);
    await advance(3_600_000);
    const returned = await post(`/api/supervision/cases/${c.id}/return`, sup, {
      reason: '请补充对执法人员的处理结果和整改措施',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().status).toBe('returned');
    expect((await post(`/api/supervision/cases/${c.id}/close`, sup, {})).statusCode).toBe(409);

    // Answered again, by the department administrator (JSON, no file), then closed.
    await advance(DAY);
    const a2 = await t.app.inject({
      method: 'POST',
      url: `/api/supervision/cases/${c.id}/answer`,
      headers: { cookie: marketAdmin },
      payload: { text: '已对相关执法人员批评教育，并组织全队开展规范执法培训。' },
    });
    expect(a2.statusCode).toBe(200);
    await advance(3_600_000);
    const closed = await post(`/api/supervision/cases/${c.id}/close`, sup, { comment: '同意办结' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedOnTime: true });

    // The full timeline, every step audited.
    const full = (await get(`/api/supervision/cases/${c.id}`, sup)).json();
    expect(full.timeline.map((s: { kind: string }) => s.kind)).toEqual([
      'opened',
      'answered',
      'returned',
      'answered',
      'closed',
    ]);
    expect(full.timeline[1]).toMatchObject({
      actor: { type: 'user', name: '张建国' },
      files: [{ id: fileId, filename: '约谈记录.png', mime: 'image/png' }],
    });
    expect(full.timeline[2].text).toBe('请补充对执法人员的处理结果和整改措施');
    expect(full.signals.map((s: { id: string }) => s.id)).toEqual([signal.id]);
    expect(full).toMatchObject({
      status: 'closed',
      answerCount: 2,
      returnCount: 1,
      closedOnTime: true,
      enterprise: { uscc: e.uscc },
    });
    const actions = (
      await t.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.targetType, 'supervision-case'), eq(auditLog.targetId, c.id)))
    ).map((r) => r.action);
    expect(actions.sort()).toEqual(
      [
        'supervision.case.answer',
        'supervision.case.answer',
        'supervision.case.close',
        'supervision.case.open',
        'supervision.case.return',
      ].sort(),
    );

    // The evidence file: stored with the case, readable in scope only.
    const [stored] = await t.database.db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
    expect(stored).toMatchObject({
      ownerType: 'supervision-case',
      ownerId: c.id,
      enterpriseId: e.id,
      mime: 'image/png',
    });
    const dl = await get(`/api/supervision/cases/${c.id}/files/${fileId}`, officer2);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PNG)).toBe(true);
    expect((await get(`/api/supervision/cases/${c.id}/files/${fileId}`, officer3)).statusCode).toBe(404);

    // The figures moved: one more case, closed, on time, from enterprise feedback, at the market department.
    const after = await figures();
    expect(after.cases.total).toBe(before.cases.total + 1);
    expect(after.cases.closed).toBe(before.cases.closed + 1);
    expect(after.cases.closedOnTime).toBe(before.cases.closedOnTime + 1);
    expect(after.cases.bySource['enterprise-feedback']).toBe(
      before.cases.bySource['enterprise-feedback'] + 1,
    );
    expect(after.cases.onTimeRate).toBe(after.cases.closedOnTime / after.cases.closed);
    const dept = (f: { cases: { byDepartment: { departmentId: string; closed: number }[] } }) =>
      f.cases.byDepartment.find((d) => d.departmentId === market)?.closed ?? 0;
    expect(dept(after)).toBe(dept(before) + 1);
    // The enterprise file shows the case to staff, not to the enterprise.
    const file = await get(`/api/enterprises/${e.uscc}`, sup);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.json().sections.supervision.map((x: { id: string }) => x.id)).toContain(c.id);
    expect((await get(`/api/enterprises/${e.uscc}`, firm)).json().sections.supervision).toEqual([]);
  });
});

describe('who sees and answers which case', () => {
  let marketCase: string, ecologyCase: string;
  beforeAll(async () => {
    const m = await post('/api/supervision/cases', sup, {
      departmentId: market,
      title: '上级交办：食品抽检不规范问题',
      instructions: '请自查并反馈',
      source: 'superior',
    });
    const e = await post('/api/supervision/cases', sup, {
      departmentId: ecology,
      title: '12345 反映环保检查频繁',
      instructions: '请核查检查频次并反馈',
    });
    expect([m.statusCode, e.statusCode]).toEqual([201, 201]);
    marketCase = m.json().id;
    ecologyCase = e.json().id;
  });

  it('department users see and answer only their own department’s cases; the supervisor sees all', async () => {
    const ids = async (cookie: string) =>
      ((await get('/api/supervision/cases?pageSize=200', cookie)).json().items as { id: string }[]).map(
        (c) => c.id,
      );
    const supSees = await ids(sup);
    expect(supSees).toEqual(expect.arrayContaining([marketCase, ecologyCase]));
    expect(await ids(officer1)).toContain(marketCase);
    expect(await ids(officer1)).not.toContain(ecologyCase);
    expect(await ids(ecologyAdmin)).toContain(ecologyCase);
    expect(await ids(ecologyAdmin)).not.toContain(marketCase);
    expect((await ids(admin)).length).toBe(supSees.length);
    const list1 = (await get('/api/supervision/cases?pageSize=200', officer1)).json().items as {
      department: { id: string };
    }[];
    expect(list1.every((c) => c.department.id === market)).toBe(true);
    // A department filter does not widen a department user's scope.
    expect(
      await ids(officer1)
        .then(() => get(`/api/supervision/cases?departmentId=${ecology}`, officer1))
        .then((r) => r.json().total),
    ).toBe(0);

    expect((await get(`/api/supervision/cases/${ecologyCase}`, officer1)).statusCode).toBe(404);
    expect((await get(`/api/supervision/cases/${marketCase}`, officer1)).statusCode).toBe(200);
    expect((await answer(ecologyCase, officer1, '越权反馈')).statusCode).toBe(404);
    expect((await answer(marketCase, ecologyAdmin, '越权反馈')).statusCode).toBe(404);
    expect((await answer(ecologyCase, ecologyAdmin, '已核查，检查频次符合规定。')).statusCode).toBe(200);
    // A refusal by the policy layer is audited.
    const denied = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.outcome, 'denied'), eq(auditLog.role, 'officer')));
    expect(denied.length).toBeGreaterThan(0);
  });

  it('an enterprise sees no case, and cannot open one; only the supervisor opens, returns and closes', async () => {
    expect((await get('/api/supervision/cases', firm)).statusCode).toBe(403);
    expect((await get(`/api/supervision/cases/${marketCase}`, firm)).statusCode).toBe(403);
    expect((await get('/api/supervision/figures', firm)).statusCode).toBe(403);
    expect(
      (
        await post('/api/supervision/cases', firm, {
          departmentId: market,
          title: '企业自行督办',
          instructions: '请处理',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await post('/api/supervision/cases', officer1, {
          departmentId: market,
          title: '执法人员督办',
          instructions: '请处理',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await post('/api/supervision/cases', admin, {
          departmentId: market,
          title: '管理员督办',
          instructions: '请处理',
        })
      ).statusCode,
    ).toBe(403);
    expect((await post(`/api/supervision/cases/${ecologyCase}/close`, admin, {})).statusCode).toBe(403);
    expect((await post(`/api/supervision/cases/${ecologyCase}/close`, ecologyAdmin, {})).statusCode).toBe(
      403,
    );
    const key = await t.app.inject({
      url: '/api/supervision/cases',
      headers: { 'x-api-key': 'qinqing-demo-key' },
    });
    expect(key.statusCode).toBe(403);
  });

  it('a case by hand needs a department and a title', async () => {
    const r = await post('/api/supervision/cases', sup, { instructions: '请处理' });
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('case-department-required');
    const r2 = await post('/api/supervision/cases', sup, { departmentId: market, instructions: '请处理' });
    expect(r2.json().code).toBe('case-title-required');
  });
});

describe('deadlines on the working-day calendar, reminders and escalation', () => {
  it('counts working days across the 2026 National Day holiday and the adjusted working Saturday', async () => {
    const saved = t.clock.now;
    await setClock('2026-09-29T02:00:00Z'); // Tuesday 29 September, 10:00 in China
    const five = await post('/api/supervision/cases', sup, {
      departmentId: market,
      title: '国庆前督办',
      instructions: '请核查',
      workingDays: 5,
    });
    expect(five.json()).toMatchObject({ dueDay: '2026-10-12', dueAt: '2026-10-12T15:59:59.999Z' });
    const four = await post('/api/supervision/cases', sup, {
      departmentId: market,
      title: '国庆前督办（调休日到期）',
      instructions: '请核查',
      workingDays: 4,
    });
    expect(four.json().dueDay).toBe('2026-10-10'); // the adjusted working Saturday
    const preview = (await get('/api/calendar/deadline?from=2026-09-29&workingDays=2', officer1)).json();
    expect(preview).toMatchObject({ due: '2026-10-08' });
    await setClock(saved);
  });

  it('reminds the department once before the deadline, escalates once when overdue (job supervision-deadlines), by SMS too', async () => {
    // officer2 gets SMS.
    const contact = await t.app.inject({
      method: 'PUT',
      url: '/api/notifications/contacts/sms',
      headers: { cookie: officer2 },
      payload: { address: '13900000002' },
    });
    expect(contact.statusCode).toBe(200);
    await setClock('2026-12-01T01:00:00Z'); // Tuesday
    const c = (
      await post('/api/supervision/cases', sup, {
        departmentId: market,
        title: '期限提醒测试',
        instructions: '请按期反馈',
        workingDays: 2,
      })
    ).json();
    expect(c.dueDay).toBe('2026-12-03');
    const run = async () => {
      const r = await post('/api/admin/jobs/supervision-deadlines/run', admin);
      expect(r.statusCode).toBe(200);
      expect(r.json().status).toBe('succeeded');
      return r.json().result as { reminded: number; escalated: number };
    };
    const kinds = async () =>
      ((await get(`/api/supervision/cases/${c.id}`, sup)).json().timeline as { kind: string }[]).map(
        (e) => e.kind,
      );

    await run(); // other cases of this file are handled here; this one has two working days left: not yet
    expect(await kinds()).toEqual(['opened']);
    expect(await run()).toEqual({ reminded: 0, escalated: 0 }); // a second run finds nothing left to do
    await setClock('2026-12-02T01:00:00Z'); // one working day left
    expect(await run()).toEqual({ reminded: 1, escalated: 0 });
    expect(await run()).toEqual({ reminded: 0, escalated: 0 });
    expect(await kinds()).toEqual(['opened', 'reminded']);
    const reminders = (await get('/api/notifications', officer2))
      .json()
      .items.filter(
        (n: { kind: string; targetId: string }) => n.kind === 'case-reminder' && n.targetId === c.id,
      );
    expect(reminders).toHaveLength(1);

    await setClock('2026-12-04T01:00:00Z'); // past the end of 3 December
    expect(
      (await get(`/api/supervision/cases?overdue=true`, sup)).json().items.map((x: { id: string }) => x.id),
    ).toContain(c.id);
    expect((await run()).escalated).toBeGreaterThanOrEqual(1); // this one, and the demo's open case
    expect(await run()).toEqual({ reminded: 0, escalated: 0 });
    expect(await kinds()).toEqual(['opened', 'reminded', 'escalated']);
    expect(
      (await get('/api/notifications', sup))
        .json()
        .items.filter(
          (n: { kind: string; targetId: string }) => n.kind === 'case-escalated' && n.targetId === c.id,
        ),
    ).toHaveLength(1);

    // The outbox carries one SMS per notification of officer2, delivered by the log sender.
    const sms = await t.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.topic, 'notify.sms'), eq(outbox.destination, '13900000002')));
    const forCase = sms.filter((m) => String((m.payload as { text: string }).text).includes(c.caseNo));
    expect(forCase).toHaveLength(3); // opened, reminder, escalation
    await deliverDue(t.deps, 'test-worker', t.clock.now, { batch: 100 });
    const delivered = await t.database.db
      .select()
      .from(outbox)
      .where(
        inArray(
          outbox.id,
          forCase.map((m) => m.id),
        ),
      );
    expect(delivered.every((m) => m.status === 'delivered')).toBe(true);
    expect(
      loggedNotifications().filter((n) => n.to === '13900000002' && n.text.includes(c.caseNo)),
    ).toHaveLength(3);
    expect(
      await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'supervision.case.escalate'), eq(auditLog.targetId, c.id))),
    ).toHaveLength(1);
  });

  it('notifications are the reader’s own, and can be marked read', async () => {
    const mine = (await get('/api/notifications', officer1)).json();
    expect(mine.unread).toBeGreaterThan(0);
    const one = mine.items[0];
    expect((await post(`/api/notifications/${one.id}/read`, officer3)).statusCode).toBe(404);
    expect((await post(`/api/notifications/${one.id}/read`, officer1)).statusCode).toBe(204);
    expect((await get('/api/notifications', officer1)).json().unread).toBe(mine.unread - 1);
    expect((await post('/api/notifications/read-all', officer1)).json().updated).toBe(mine.unread - 1);
    expect((await get('/api/notifications?unread=true', officer1)).json().total).toBe(0);
    const en = (
      await t.app.inject({
        url: '/api/notifications',
        headers: { cookie: officer1, 'accept-language': 'en-US' },
      })
    ).json();
    expect(en.items[0].text).toMatch(/[A-Za-z]/);
  });
});

describe('the calendar is the administrator’s', () => {
  it('adds and removes entries (audited); deadlines follow', async () => {
    await setClock('2026-11-27T02:00:00Z'); // Friday
    const due = async () =>
      (await get('/api/calendar/deadline?from=2026-11-27&workingDays=1', sup)).json().due;
    expect(await due()).toBe('2026-11-30');
    expect(
      (await post('/api/calendar/days', sup, { day: '2026-11-30', kind: 'holiday', name: '测试假日' }))
        .statusCode,
    ).toBe(403);
    const add = await post('/api/calendar/days', admin, {
      day: '2026-11-30',
      kind: 'holiday',
      name: '测试假日',
    });
    expect(add.statusCode).toBe(201);
    expect(await due()).toBe('2026-12-01');
    const list = (await get('/api/calendar/days?year=2026', officer1)).json().items as {
      day: string;
      source: string;
      kind: string;
    }[];
    expect(list.find((d) => d.day === '2026-11-30')).toMatchObject({ source: 'admin', kind: 'holiday' });
    expect(list.find((d) => d.day === '2026-10-10')).toMatchObject({ source: 'official', kind: 'workday' });
    expect((await del('/api/calendar/days/2026-11-30', admin)).statusCode).toBe(204);
    expect(await due()).toBe('2026-11-30');
    // Removing an official entry: 10 October becomes an ordinary Saturday.
    expect((await del('/api/calendar/days/2026-10-10', admin)).statusCode).toBe(204);
    expect((await get('/api/calendar/deadline?from=2026-09-29&workingDays=4', sup)).json().due).toBe(
      '2026-10-12',
    );
    expect(
      (
        await post('/api/calendar/days', admin, {
          day: '2026-10-10',
          kind: 'workday',
          name: '国庆节调休上班',
        })
      ).statusCode,
    ).toBe(201);
    expect((await get('/api/calendar/deadline?from=2026-09-29&workingDays=4', sup)).json().due).toBe(
      '2026-10-10',
    );
    expect((await del('/api/calendar/days/2026-11-29', admin)).statusCode).toBe(404);
    expect(
      (await post('/api/calendar/days', admin, { day: '2026-02-30', kind: 'holiday', name: 'x' })).statusCode,
    ).toBe(422);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ['calendar.set', 'calendar.remove']));
    expect(audits.length).toBe(4);
    void hotlineTickets;
  });
});
