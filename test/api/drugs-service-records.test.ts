/**
 * D4 inspection service records (extra hour, on-site teaching; the enterprise reads them with its inspection),
 * D5 explained decisions (beside the penalty, with the ways to challenge and their last days), D6 回头看 forms
 * (send, fill in once, responses and return rate) and typical cases in numbered batches (drafts never public),
 * and the figures of these.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { departmentByCode, enterpriseOf, makeItem, officerIdOf } from '../support/fixtures.js';
import { notifications } from '../../src/notifications/schema.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { decisionExplanations, followupForms, followupSurveys, serviceRecords, typicalCaseBatches } from '../../src/drugs/schema.js';

let t: TestApp;
let officer: string;
let ent2: string;
let ent1: string;
let uscc2: string;

const NOW = '2026-11-27T02:00:00Z';
const inject = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await testApp({ now: NOW });
  officer = await t.login('officer5');
  ent2 = await t.login('enterprise2');
  ent1 = await t.login('enterprise1');
  uscc2 = (await enterpriseOf(t, 'enterprise2')).uscc;
});
afterAll(() => t?.close());

// One visit's service records in their steps: recorded, refused where they must be, then read by the enterprise.
describe('D4 inspection service records', { shuffle: false }, () => {
  let inspectionId: string;
  let laterId: string;

  beforeAll(async () => {
    const item = await makeItem(t, 'WH-YJ', { name: '药品零售质量管理检查' });
    const officers = [await officerIdOf(t, 'officer5'), await officerIdOf(t, 'officer6')];
    const now = Date.parse(NOW);
    const apply = (kind: 'planned' | 'triggered', startMs: number) =>
      inject('POST', '/api/inspections', officer, {
        enterpriseUscc: uscc2,
        kind,
        ...(kind === 'triggered' ? { trigger: 'complaint' } : {}),
        itemIds: [item],
        officerIds: officers,
        window: {
          start: new Date(startMs).toISOString(),
          end: new Date(startMs + 2 * 86_400_000).toISOString(),
        },
      });
    const visit = await apply('planned', now);
    expect(visit.statusCode, visit.body).toBe(201);
    inspectionId = visit.json().id;
    const later = await apply('triggered', now + 3 * 86_400_000);
    expect(later.statusCode, later.body).toBe(201);
    laterId = later.json().id;
  });

  it('the officer records the extra hour (questions and answers) and on-site teaching against the visit; audited; the enterprise is told', async () => {
    const extra = await inject('POST', '/api/service-records', officer, {
      inspectionId,
      kind: 'extra-hour',
      topic: '处方药销售与执业药师在岗',
      minutes: 60,
      questions: [
        {
          question: '执业药师临时外出时能否销售处方药？',
          answer: '不能。执业药师不在岗时应挂牌告知并停止销售处方药。',
        },
        { question: '温湿度记录需要保存多久？', answer: '不少于 5 年。' },
      ],
    });
    expect(extra.statusCode, extra.body).toBe(201);
    const teaching = await inject('POST', '/api/service-records', officer, {
      inspectionId,
      kind: 'on-site-teaching',
      topic: '阴凉区温湿度调控',
      content: '现场演示温湿度监测系统的报警设置与记录导出。',
      attendees: 4,
    });
    expect(teaching.statusCode, teaching.body).toBe(201);

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'drugs.service.record'), eq(auditLog.targetId, inspectionId)));
    expect(audit).toHaveLength(2);
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'service-extra-hour'), eq(notifications.targetId, inspectionId)));
    expect(told.length).toBeGreaterThan(0);
  });

  it('refuses a visit not yet begun (409), a record without its substance (422), other departments and the enterprise (403)', async () => {
    const early = await inject('POST', '/api/service-records', officer, {
      inspectionId: laterId,
      kind: 'extra-hour',
      topic: 'x',
      questions: [{ question: 'q', answer: 'a' }],
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('service-before-visit');
    const noQuestions = await inject('POST', '/api/service-records', officer, {
      inspectionId,
      kind: 'extra-hour',
      topic: 'x',
    });
    expect(noQuestions.json().code).toBe('service-questions-required');
    const noContent = await inject('POST', '/api/service-records', officer, {
      inspectionId,
      kind: 'on-site-teaching',
      topic: 'x',
    });
    expect(noContent.json().code).toBe('service-content-required');
    const market = await inject('POST', '/api/service-records', await t.login('officer1'), {
      inspectionId,
      kind: 'on-site-teaching',
      topic: 'x',
      content: 'y',
    });
    expect(market.statusCode).toBe(403);
    const byEnterprise = await inject('POST', '/api/service-records', ent2, {
      inspectionId,
      kind: 'on-site-teaching',
      topic: 'x',
      content: 'y',
    });
    expect(byEnterprise.statusCode).toBe(403);
  });

  it('the enterprise sees them with its inspection, read-only; another enterprise cannot', async () => {
    const own = await inject('GET', `/api/service-records?inspectionId=${inspectionId}`, ent2);
    expect(own.statusCode, own.body).toBe(200);
    const items = own.json().items as {
      kind: string;
      questions: unknown[];
      recordedByName: string;
      enterpriseUscc: string;
    }[];
    expect(items.map((i) => i.kind).sort()).toEqual(['extra-hour', 'on-site-teaching']);
    expect(items.find((i) => i.kind === 'extra-hour')!.questions).toHaveLength(2);
    expect(items[0]!.recordedByName).toBe('吴卫东');
    expect(items[0]!.enterpriseUscc).toBe(uscc2);
    const all = await inject('GET', '/api/service-records', ent2);
    expect(all.json().items).toHaveLength(2);
    const other = await inject('GET', `/api/service-records?inspectionId=${inspectionId}`, ent1);
    expect(other.statusCode).toBe(404);
    expect((await inject('GET', '/api/service-records', ent1)).json().items).toHaveLength(0);
  });
});

// One decision's story in its steps: listed unexplained, then explained, then changed.
describe('D5 explained decisions', { shuffle: false }, () => {
  let penaltyId: string;
  let marketPenaltyId: string;

  beforeAll(async () => {
    const credit = await t.login('credit');
    const drug = await departmentByCode(t, 'WH-YJ');
    const market = await departmentByCode(t, 'WH-SCJG');
    const p = await inject('POST', '/api/credit/penalties', credit, {
      subjectUscc: uscc2,
      decisionNo: '芜药监罚〔2026〕31号',
      departmentId: drug.id,
      decisionDate: '2026-11-20',
      kinds: ['fine'],
      fineAmount: 20000,
    });
    expect(p.statusCode, p.body).toBe(201);
    penaltyId = p.json().id;
    const m = await inject('POST', '/api/credit/penalties', credit, {
      subjectUscc: uscc2,
      decisionNo: '芜市监罚〔2026〕77号',
      departmentId: market.id,
      decisionDate: '2026-11-20',
      kinds: ['fine'],
      fineAmount: 3000,
    });
    marketPenaltyId = m.json().id;
  });

  const explanation = {
    facts: '2026年10月12日检查发现，当事人在执业药师不在岗的情况下销售处方药头孢克肟分散片3盒。',
    provision: '《药品经营和使用质量监督管理办法》第六十八条',
    standard: '《安徽省药品监督管理行政处罚裁量基准》一般情形：处一万元以上三万元以下罚款',
    discretion: '当事人初次违法、主动改正，按一般情形从轻，罚款二万元。',
    servedOn: '2026-11-23',
    reviewBody: '芜湖市人民政府',
    court: '芜湖市镜湖区人民法院',
  };

  it('the department lists its decisions; none is explained yet, and the enterprise finds no explanation (404)', async () => {
    const list = await inject('GET', '/api/decision-explanations', officer);
    expect(list.statusCode, list.body).toBe(200);
    const mine = list.json().items.find((i: { penaltyId: string }) => i.penaltyId === penaltyId);
    expect(mine).toMatchObject({ decisionNo: '芜药监罚〔2026〕31号', explainedAt: null });
    expect(
      list.json().items.find((i: { penaltyId: string }) => i.penaltyId === marketPenaltyId),
    ).toBeUndefined();
    const none = await inject('GET', `/api/decision-explanations/${penaltyId}`, ent2);
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe('explanation-not-found');
  });

  it('previews, then states facts, provision, standard, discretion and the ways to challenge with their last days (行政复议法第二十条, 行政诉讼法第四十六条)', async () => {
    const preview = await inject(
      'GET',
      `/api/decision-explanations/${penaltyId}/challenge?servedOn=2026-11-23`,
      officer,
    );
    expect(preview.statusCode, preview.body).toBe(200);
    // 60 days after 2026-11-23 is Friday 2027-01-22; 6 months after is Sunday 2027-05-23 → Monday 2027-05-24.
    expect(preview.json()).toMatchObject({
      knownOn: '2026-11-23',
      review: { lastDay: '2027-01-22' },
      litigation: { lastDay: '2027-05-24' },
    });

    const put = await inject('PUT', `/api/decision-explanations/${penaltyId}`, officer, explanation);
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().created).toBe(true);

    const got = await inject('GET', `/api/decision-explanations/${penaltyId}`, ent2);
    expect(got.statusCode, got.body).toBe(200);
    expect(got.json()).toMatchObject({
      decisionNo: '芜药监罚〔2026〕31号',
      decisionDate: '2026-11-20',
      facts: explanation.facts,
      provision: explanation.provision,
      standard: explanation.standard,
      discretion: explanation.discretion,
      reviewBody: '芜湖市人民政府',
      court: '芜湖市镜湖区人民法院',
      challenge: {
        knownOn: '2026-11-23',
        review: {
          days: 60,
          lastDay: '2027-01-22',
          daysLeft: 56,
          open: true,
          basis: '《中华人民共和国行政复议法》第二十条',
        },
        litigation: {
          months: 6,
          lastDay: '2027-05-24',
          open: true,
          basis: '《中华人民共和国行政诉讼法》第四十六条',
        },
      },
    });
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'decision-explained'), eq(notifications.targetId, penaltyId)));
    expect(told.length).toBeGreaterThan(0);
    const listed = await inject('GET', '/api/decision-explanations', officer);
    expect(
      listed.json().items.find((i: { penaltyId: string }) => i.penaltyId === penaltyId).explainedAt,
    ).toEqual(expect.any(String));
  });

  it('changes are audited; bad days are refused (422); other departments, other enterprises and enterprises writing are refused', async () => {
    const again = await inject('PUT', `/api/decision-explanations/${penaltyId}`, officer, {
      ...explanation,
      discretion: '从轻处罚。',
    });
    expect(again.json().created).toBe(false);
    const audit = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, penaltyId));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['drugs.decision.explain', 'drugs.decision.explanation-change']),
    );
    const before = await inject('PUT', `/api/decision-explanations/${penaltyId}`, officer, {
      ...explanation,
      servedOn: '2026-11-19',
    });
    expect(before.json().code).toBe('explanation-served-before');
    const future = await inject('PUT', `/api/decision-explanations/${penaltyId}`, officer, {
      ...explanation,
      servedOn: '2026-12-01',
    });
    expect(future.json().code).toBe('explanation-served-future');
    const market = await inject('PUT', `/api/decision-explanations/${marketPenaltyId}`, officer, explanation);
    expect(market.statusCode).toBe(404);
    const marketAdmin = await inject(
      'PUT',
      `/api/decision-explanations/${marketPenaltyId}`,
      await t.login('market_admin'),
      explanation,
    );
    expect(marketAdmin.statusCode).toBe(403);
    // Its list is a read: empty for a department that does not regulate drugs (the menu page shows no error).
    const marketList = await inject('GET', '/api/decision-explanations', await t.login('market_admin'));
    expect(marketList.statusCode).toBe(200);
    expect(marketList.json()).toEqual({ total: 0, items: [] });
    expect((await inject('GET', `/api/decision-explanations/${penaltyId}`, ent1)).statusCode).toBe(404);
    expect(
      (await inject('PUT', `/api/decision-explanations/${penaltyId}`, ent2, explanation)).statusCode,
    ).toBe(403);
  });
});

// One form's story in its steps: the enterprise answers the form sent in the first, the department then reads it.
describe('D6 回头看 forms', { shuffle: false }, () => {
  let surveyId: string;

  beforeAll(async () => {
    const set = await inject('POST', '/api/rectifications', officer, {
      enterpriseUscc: uscc2,
      sourceType: 'case',
      sourceId: 'C-9',
      items: [{ title: '药品陈列不规范', requirement: '处方药与非处方药分区陈列', deadline: '2026-12-10' }],
    });
    const [id] = set.json().ids as string[];
    await inject('POST', `/api/rectifications/${id}/progress`, ent2, { note: '已分区陈列' });
    const ver = await inject('POST', `/api/rectifications/${id}/verify`, officer, {
      passed: true,
      note: '现场核查通过',
    });
    expect(ver.json().status).toBe('closed');
  });

  const questions = [
    { text: '整改措施目前是否仍在落实？', kind: 'choice', options: ['是', '否'] },
    { text: '您对监管服务还有哪些意见建议？', kind: 'text' },
  ];

  it('the department previews and sends a form to enterprises with closed rectification items', async () => {
    const preview = await inject('POST', '/api/followup-surveys/preview', officer, {
      target: { closedRectifications: true },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().sample.map((s: { uscc: string }) => s.uscc)).toContain(uscc2);
    const sent = await inject('POST', '/api/followup-surveys', officer, {
      subject: '2026年药品零售整改回头看',
      questions,
      target: { closedRectifications: true },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().recipients).toBe(preview.json().recipients);
    surveyId = sent.json().id;
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'followup-form'), eq(notifications.targetId, surveyId)));
    expect(told.length).toBeGreaterThan(0);
    expect(
      (await inject('POST', '/api/followup-surveys', officer, { subject: 's', questions, target: {} })).json()
        .code,
    ).toBe('followup-no-recipients');
    expect(
      (
        await inject('POST', '/api/followup-surveys', officer, {
          subject: 's',
          questions,
          target: { enterpriseUsccs: ['91340200MA2NXXXX0X'] },
        })
      ).json().code,
    ).toBe('followup-unknown-enterprise');
    expect(
      (
        await inject('POST', '/api/followup-surveys', ent2, {
          subject: 's',
          questions,
          target: { enterpriseUsccs: [uscc2] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('the enterprise fills it in once (one answer per question, a choice among its options); others cannot see it', async () => {
    const mine = await inject('GET', '/api/followup-forms', ent2);
    expect(mine.statusCode, mine.body).toBe(200);
    const form = mine.json().items[0];
    expect(form).toMatchObject({
      subject: '2026年药品零售整改回头看',
      answeredAt: null,
      departmentName: expect.any(String),
    });
    const url = `/api/followup-forms/${form.id}/answers`;
    expect((await inject('POST', url, ent2, { answers: ['是'] })).json()).toMatchObject({
      code: 'followup-answers',
    });
    expect((await inject('POST', url, ent2, { answers: ['也许', '无'] })).json()).toMatchObject({
      code: 'followup-answer-option',
    });
    const ok = await inject('POST', url, ent2, { answers: ['是', '希望多开展现场教学'] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      answers: ['是', '希望多开展现场教学'],
      answeredAt: expect.any(String),
    });
    expect((await inject('POST', url, ent2, { answers: ['否', 'x'] })).statusCode).toBe(409);
    expect((await inject('GET', `/api/followup-forms/${form.id}`, ent1)).statusCode).toBe(404);
    expect((await inject('POST', url, ent1, { answers: ['否', 'x'] })).statusCode).toBe(404);
  });

  it('the department sees the responses and the return rate', async () => {
    const list = await inject('GET', '/api/followup-surveys', officer);
    expect(list.statusCode, list.body).toBe(200);
    const s = list.json().items.find((i: { id: string }) => i.id === surveyId);
    expect(s.answered).toBe(1);
    expect(s.returnRate).toBeCloseTo(1 / s.sent, 10);
    const one = await inject('GET', `/api/followup-surveys/${surveyId}`, officer);
    expect(one.json().responses.find((r: { uscc: string }) => r.uscc === uscc2).answers).toEqual([
      '是',
      '希望多开展现场教学',
    ]);
    expect(
      (await inject('GET', `/api/followup-surveys/${surveyId}`, await t.login('officer1'))).statusCode,
    ).toBe(404);
  });
});

describe('D6 typical cases in numbered batches', () => {
  const batch = {
    title: '药品安全典型案例',
    cases: [
      {
        title: '某药房销售劣药案',
        facts: '当事人销售的维生素C片经检验含量不合格。',
        decision: '没收违法所得并处罚款。',
        basis: '《中华人民共和国药品管理法》第一百一十七条',
        lesson: '购进药品应严格验收。',
      },
      {
        title: '某诊所使用过期医疗器械案',
        facts: '当事人使用过期一次性输液器。',
        decision: '没收过期器械，罚款。',
        lesson: '定期清点效期。',
      },
    ],
  };

  it('a draft is invisible to the public; publishing numbers it as the next batch of the year; then it is fixed', async () => {
    const draft = await inject('POST', '/api/typical-cases', officer, batch);
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().id as string;
    const publicBefore = await inject('GET', '/api/public/typical-cases');
    expect(publicBefore.statusCode).toBe(200);
    expect(publicBefore.json().items.map((b: { id: string }) => b.id)).not.toContain(id);
    expect((await inject('GET', `/api/public/typical-cases/${id}`)).statusCode).toBe(404);

    const changed = await inject('PUT', `/api/typical-cases/${id}`, officer, {
      ...batch,
      title: '2026年药品安全典型案例',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const published = await inject('POST', `/api/typical-cases/${id}/publish`, officer);
    expect(published.statusCode, published.body).toBe(200);
    // The demo published the department's first batch of 2026.
    expect(published.json()).toEqual({ id, year: 2026, batchNo: 2 });

    const after = await inject('GET', `/api/public/typical-cases/${id}`);
    expect(after.statusCode).toBe(200);
    expect(after.json()).toMatchObject({
      batchNo: 2,
      year: 2026,
      title: '2026年药品安全典型案例',
      cases: [{ title: '某药房销售劣药案' }, { title: '某诊所使用过期医疗器械案' }],
    });
    expect((await inject('PUT', `/api/typical-cases/${id}`, officer, batch)).statusCode).toBe(409);
    expect((await inject('POST', `/api/typical-cases/${id}/publish`, officer)).statusCode).toBe(409);
    expect((await inject('POST', '/api/typical-cases', ent2, batch)).statusCode).toBe(403);
    const staff = await inject('GET', '/api/typical-cases', officer);
    expect(staff.json().items.find((b: { id: string }) => b.id === id)).toMatchObject({
      published: true,
      batchNo: 2,
    });
  });
});

describe('D figures', () => {
  // The other blocks of this file write the rows in any order, so the figures are checked against the rows
  // themselves, counted here with the query builder, and against what this file is known to have written.
  it('count service records, explanations, forms with their return rate and published cases from the rows', async () => {
    const { db } = t.database;
    const records = await db.select().from(serviceRecords);
    const forms = await db.select().from(followupForms);
    const batches = (await db.select().from(typicalCaseBatches)).filter((b) => b.published);
    const f = await inject('GET', '/api/drugs/service-figures', officer);
    expect(f.statusCode, f.body).toBe(200);
    const answered = forms.filter((x) => x.answeredAt !== null).length;
    expect(f.json()).toMatchObject({
      extraHours: records.filter((r) => r.kind === 'extra-hour').length,
      teachings: records.filter((r) => r.kind === 'on-site-teaching').length,
      questionsAnswered: records.reduce((n, r) => n + (r.questions as unknown[]).length, 0),
      enterprisesServed: new Set(records.map((r) => r.enterpriseId)).size,
      decisionsExplained: (await db.select().from(decisionExplanations)).length,
      surveys: (await db.select().from(followupSurveys)).length,
      formsSent: forms.length,
      formsAnswered: answered,
      caseBatchesPublished: batches.length,
      casesPublished: batches.reduce((n, b) => n + (b.cases as unknown[]).length, 0),
    });
    expect(f.json().returnRate).toBe(forms.length ? answered / forms.length : null);
    expect((await inject('GET', '/api/drugs/service-figures', ent2)).statusCode).toBe(403);
  });
});
